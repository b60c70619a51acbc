import { BlockCache } from "./block-cache.js";
import type { UprDocument } from "../document/model.js";
import { reuseOf } from "../document/parser/incremental.js";
import { contentWords, Vocabulary } from "./recommendation-words.js";
import { recommendationItemIndexes } from "./recommendations.js";

/** Share of content words two recommendations must have in common to count as near-duplicates. */
const SIMILARITY = 0.8;
const MIN_WORDS = 4;
/** Words in more recommendations than this say little about which ones repeat each other. */
const MAX_POSTINGS = 50;

/**
 * A version of a draft parsed from the one before takes over its vocabulary with the items'
 * words, so the numbers of both agree; a draft parsed afresh starts a new one, and the words of
 * drafts long closed are not kept.
 */
const vocabularies = new WeakMap<UprDocument, Vocabulary>();

function vocabularyOf(document: UprDocument): Vocabulary {
  let vocabulary = vocabularies.get(document);
  if (!vocabulary) {
    const previous = reuseOf(document)?.previous;
    vocabulary = (previous && vocabularies.get(previous)) ?? new Vocabulary();
    vocabularies.set(document, vocabulary);
  }
  return vocabulary;
}

interface Verdicts {
  vocabulary: Vocabulary;
  /** Each item's content words, the arrays `itemWords` keeps per block. */
  words: number[][];
  /** For each word, the items that hold it, in item order. Replaced, never changed, for a new version. */
  postings: number[][];
  /** For each item, the index of the earlier item it nearly repeats, or -1. */
  earlier: Int32Array;
}

const verdicts = new WeakMap<UprDocument, Verdicts>();
/** An item's content words as numbers of the document's vocabulary: kept per item across edits elsewhere. */
const itemWords = new BlockCache((document, item) => contentWords(document.text, item.content.start, item.end, vocabularyOf(document)));
/** Beyond this many items with new words, judging every item again is as quick. */
const MAX_CHANGED_ITEMS = 8;
const NO_ITEMS: number[] = [];

/**
 * For each recommendation item in document order, the index of the first earlier item that shares
 * 80% of its content words with it, or -1. After an edit that leaves the number of items as it
 * was, only the items whose words changed are judged again, with the later items that share a
 * word with them while that word is still rare enough to count; the others keep their verdicts.
 */
export function nearDuplicates(document: UprDocument): Int32Array {
  let known = verdicts.get(document);
  if (!known) {
    const vocabulary = vocabularyOf(document);
    const words = Array.from(recommendationItemIndexes(document), (index) => itemWords.at(document, index));
    const previous = reuseOf(document)?.previous;
    const before = previous && verdicts.get(previous);
    known = (before && before.vocabulary === vocabulary && judgedAgain(before, words)) || judged(vocabulary, words);
    verdicts.set(document, known);
  }
  return known.earlier;
}

/** Every item judged. */
function judged(vocabulary: Vocabulary, words: number[][]): Verdicts {
  const postings: number[][] = [];
  words.forEach((set, index) => {
    for (const word of set) (postings[word] ??= []).push(index);
  });
  const earlier = new Int32Array(words.length);
  const scratch = scratchFor(words);
  for (let index = 0; index < words.length; index++) earlier[index] = nearDuplicateOf(index, words, postings, scratch);
  return { vocabulary, words, postings, earlier };
}

/** The verdicts of the version before, with the items whose words changed and those they may sway judged again; undefined when too much changed. */
function judgedAgain(before: Verdicts, words: number[][]): Verdicts | undefined {
  if (before.words.length !== words.length) return undefined;
  const changed: number[] = [];
  for (let index = 0; index < words.length; index++) {
    if (before.words[index] === words[index]) continue;
    if (changed.push(index) > MAX_CHANGED_ITEMS) return undefined;
  }
  if (changed.length === 0) return { ...before, words };
  const postings = before.postings.slice();
  for (const index of changed) {
    for (const word of before.words[index]) postings[word] = postings[word].filter((item) => item !== index);
    for (const word of words[index]) postings[word] = withItem(postings[word] ?? NO_ITEMS, index);
  }
  // A later item's verdict counts a word only while at most MAX_POSTINGS earlier items hold it.
  const again = new Set<number>(changed);
  for (const index of changed) {
    for (const list of [...before.words[index].map((word) => before.postings[word]), ...words[index].map((word) => postings[word])]) {
      const from = firstAfter(list, index);
      for (let at = from; at < list.length && at <= MAX_POSTINGS + 1; at++) again.add(list[at]);
    }
  }
  const earlier = before.earlier.slice();
  const scratch = scratchFor(words);
  for (const index of again) earlier[index] = nearDuplicateOf(index, words, postings, scratch);
  return { vocabulary: before.vocabulary, words, postings, earlier };
}

/** What judging an item counts with, made once for all the items of a version: shared words by item, and the items touched. */
interface Scratch {
  shared: Int32Array;
  touched: number[];
}

function scratchFor(words: number[][]): Scratch {
  return { shared: new Int32Array(words.length), touched: [] };
}

/** The first earlier item, in the order the shared words find them, that shares enough of its words with item `index`; -1 for none. */
function nearDuplicateOf(index: number, words: number[][], postings: number[][], { shared, touched }: Scratch): number {
  const set = words[index];
  if (set.length < MIN_WORDS) return -1;
  for (const word of set) {
    const list = postings[word];
    const count = firstAfter(list, index - 1);
    if (count > MAX_POSTINGS) continue;
    for (let at = 0; at < count; at++) if (shared[list[at]]++ === 0) touched.push(list[at]);
  }
  let found = -1;
  for (const other of touched) {
    const count = shared[other];
    shared[other] = 0;
    const size = words[other].length;
    if (found < 0 && size >= MIN_WORDS && count / (set.length + size - count) >= SIMILARITY) found = other;
  }
  touched.length = 0;
  return found;
}

/** The position in a sorted list of the first item after `index`. */
function firstAfter(list: number[], index: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid] <= index) low = mid + 1;
    else high = mid;
  }
  return low;
}

function withItem(list: number[], index: number): number[] {
  const at = firstAfter(list, index);
  return [...list.slice(0, at), index, ...list.slice(at)];
}
