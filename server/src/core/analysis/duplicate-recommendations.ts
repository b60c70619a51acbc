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
  /** For each item, the index of the earlier item it nearly repeats, or -1. */
  earlier: Int32Array;
}

const verdicts = new WeakMap<UprDocument, Verdicts>();
/** An item's content words as numbers of the document's vocabulary: kept per item across edits elsewhere. */
const itemWords = new BlockCache((document, item) => contentWords(document.text, item.content.start, item.end, vocabularyOf(document)));

/**
 * For each recommendation item in document order, the index of the first earlier item that shares
 * 80% of its content words with it, or -1. An item's verdict depends only on the items up to it,
 * so after an edit the verdicts before the first changed item are taken from the version before.
 */
export function nearDuplicates(document: UprDocument): Int32Array {
  const known = verdicts.get(document);
  if (known) return known.earlier;
  const vocabulary = vocabularyOf(document);
  const words = Array.from(recommendationItemIndexes(document), (index) => itemWords.at(document, index));
  const previous = reuseOf(document)?.previous;
  const before = previous && verdicts.get(previous);
  const usable = before && before.vocabulary === vocabulary ? before : undefined;
  let unchanged = 0;
  if (usable) while (unchanged < words.length && unchanged < usable.words.length && usable.words[unchanged] === words[unchanged]) unchanged++;
  const earlier =
    usable && unchanged === words.length && unchanged === usable.words.length ? usable.earlier : search(words, vocabulary.size, usable?.earlier, unchanged);
  verdicts.set(document, { vocabulary, words, earlier });
  return earlier;
}

/** The verdicts of items from `from` on; those before are `known`. */
function search(words: number[][], vocabularySize: number, known: Int32Array | undefined, from: number): Int32Array {
  const earlier = new Int32Array(words.length).fill(-1);
  const postings = new Postings(vocabularySize, words.reduce((total, set) => total + set.length, 0));
  const shared = new Int32Array(words.length);
  const touched: number[] = [];
  for (let index = 0; index < words.length; index++) {
    const set = words[index];
    if (index < from) earlier[index] = known![index];
    else if (set.length >= MIN_WORDS) earlier[index] = nearDuplicateOf(set, words, postings, shared, touched);
    for (const word of set) postings.add(word, index);
  }
  return earlier;
}

/**
 * For each word, the items that hold it in item order, kept up to one past MAX_POSTINGS: lists
 * linked through typed arrays, a few allocations for all the words of a draft.
 */
class Postings {
  readonly first: Int32Array;
  private readonly last: Int32Array;
  readonly counts: Int32Array;
  readonly items: Int32Array;
  readonly next: Int32Array;
  private size = 0;

  constructor(words: number, capacity: number) {
    this.first = new Int32Array(words).fill(-1);
    this.last = new Int32Array(words);
    this.counts = new Int32Array(words);
    this.items = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
  }

  add(word: number, item: number): void {
    if (this.counts[word]++ > MAX_POSTINGS) return;
    const entry = this.size++;
    this.items[entry] = item;
    this.next[entry] = -1;
    if (this.first[word] < 0) this.first[word] = entry;
    else this.next[this.last[word]] = entry;
    this.last[word] = entry;
  }
}

/** The first item, in the order the shared words find them, that shares enough of its words with `set`. */
function nearDuplicateOf(set: number[], words: number[][], postings: Postings, shared: Int32Array, touched: number[]): number {
  const { first, counts, items, next } = postings;
  for (const word of set) {
    if (counts[word] > MAX_POSTINGS) continue;
    for (let entry = first[word]; entry >= 0; entry = next[entry]) {
      const other = items[entry];
      if (shared[other]++ === 0) touched.push(other);
    }
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
