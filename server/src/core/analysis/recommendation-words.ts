import type { SourceText } from "../text/source-text.js";
import { ASCII_ALNUM_LOWER, FNV_OFFSET, FNV_PRIME, isGeneralPunctuation } from "../text/text.js";

const STOP_WORDS = "a an and are as at be by for from has have in into is it its of on or that the their this to with".split(" ");

/** Two 32-bit FNV-1a style hashes (FNV's own and one with other numbers): together, a 64-bit name for a word. */
const SECOND_OFFSET = 0x01000193;
const SECOND_PRIME = 0x5bd1e995;
/** Room for the words of a submission's recommendations without growing: a thousand or so. */
const INITIAL_SLOTS = 2048;

/**
 * Dense numbers for words, known by their two hashes: one typed array of slots (first hash,
 * second hash, number + 1), so that finding a word's number cuts no string out of the text and
 * allocates nothing. Two distinct words of a draft sharing both hashes is as good as impossible
 * (one chance in 10^11 for ten thousand words).
 */
export class Vocabulary {
  private slots = new Int32Array(INITIAL_SLOTS * 3);
  /** For each word, the last list it was put in, so that a list takes each word once. */
  private lastList = new Int32Array(INITIAL_SLOTS);
  private lists = 0;
  size = 0;

  /** The stop words come first: a word is one when its number is below their count. */
  constructor() {
    for (const word of STOP_WORDS) this.idOfWord(word);
  }

  idOf(first: number, second: number): number {
    const mask = this.slots.length / 3 - 1;
    let slot = (first ^ Math.imul(second, 0x27d4eb2d)) & mask;
    for (;;) {
      const at = slot * 3;
      const stored = this.slots[at + 2];
      if (stored === 0) break;
      if (this.slots[at] === first && this.slots[at + 1] === second) return stored - 1;
      slot = (slot + 1) & mask;
    }
    const at = slot * 3;
    this.slots[at] = first;
    this.slots[at + 1] = second;
    this.slots[at + 2] = ++this.size;
    if (this.size * 2 > mask + 1) this.grow();
    return this.size - 1;
  }

  /** The number of a word written out (lower case, plural s kept). */
  idOfWord(word: string): number {
    let first = FNV_OFFSET;
    let second = SECOND_OFFSET;
    for (let i = 0; i < word.length; i++) {
      first = Math.imul(first ^ word.charCodeAt(i), FNV_PRIME);
      second = Math.imul(second ^ word.charCodeAt(i), SECOND_PRIME);
    }
    return this.idOf(first, second);
  }

  /** A new list of words: `addOnce` puts each word in it once. */
  startList(): number {
    return ++this.lists;
  }

  addOnce(list: number, id: number, words: number[]): void {
    if (this.lastList[id] === list) return;
    this.lastList[id] = list;
    words.push(id);
  }

  private grow(): void {
    const old = this.slots;
    const count = (old.length / 3) * 2;
    this.slots = new Int32Array(count * 3);
    const mask = count - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      let slot = (old[at] ^ Math.imul(old[at + 1], 0x27d4eb2d)) & mask;
      while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
      this.slots.set(old.subarray(at, at + 3), slot * 3);
    }
    const lastList = this.lastList;
    this.lastList = new Int32Array(count);
    this.lastList.set(lastList);
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A recommendation's distinct content words in order of first use, as numbers of a vocabulary:
 * runs of letters and digits in lower case, stop words left out, a plural s after three ASCII
 * letters or digits dropped ("rights" is "right", "is" stays). ASCII text, with punctuation of any
 * kind, is read character by character; a letter beyond ASCII sends the text the way of strings.
 */
export function contentWords(text: SourceText, start: number, end: number, vocabulary: Vocabulary): number[] {
  const words: number[] = [];
  const list = vocabulary.startList();
  let i = start;
  while (i < end) {
    let code = text.charCodeAt(i);
    let lower = code < 0x80 ? ASCII_ALNUM_LOWER[code] : 0;
    if (lower === 0) {
      if (code >= 0x80 && isLetterBeyondAscii(text, i)) return contentWordsOfText(text.slice(start, end), vocabulary);
      i++;
      continue;
    }
    let first = FNV_OFFSET;
    let second = SECOND_OFFSET;
    let firstBefore = 0;
    let secondBefore = 0;
    let length = 0;
    while (lower !== 0) {
      firstBefore = first;
      secondBefore = second;
      first = Math.imul(first ^ lower, FNV_PRIME);
      second = Math.imul(second ^ lower, SECOND_PRIME);
      length++;
      code = ++i < end ? text.charCodeAt(i) : 0;
      lower = code < 0x80 ? ASCII_ALNUM_LOWER[code] : 0;
    }
    if (i < end && code >= 0x80 && isLetterBeyondAscii(text, i)) return contentWordsOfText(text.slice(start, end), vocabulary);
    const whole = vocabulary.idOf(first, second);
    if (whole < STOP_WORDS.length) continue;
    // The last letter was an s (either case), after at least three others.
    const word = length >= 4 && (text.charCodeAt(i - 1) | 0x20) === 0x73 ? vocabulary.idOf(firstBefore, secondBefore) : whole;
    vocabulary.addOnce(list, word, words);
  }
  return words;
}

/** The same words, found with strings. */
function contentWordsOfText(text: string, vocabulary: Vocabulary): number[] {
  const words = new Set<number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (!STOP_WORDS.includes(word)) words.add(vocabulary.idOfWord(word.replace(/(?<=\w{3})s$/, "")));
  }
  return [...words];
}

function isLetterBeyondAscii(text: SourceText, at: number): boolean {
  if (isGeneralPunctuation(text.charCodeAt(at))) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

