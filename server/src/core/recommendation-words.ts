import { isGeneralPunctuation } from "./text.js";

const STOP_WORDS = "a an and are as at be by for from has have in into is it its of on or that the their this to with".split(" ");

/** Two 32-bit FNV-1a style hashes with different primes: together, a 64-bit name for a word. */
const FIRST_OFFSET = 0x811c9dc5 | 0;
const SECOND_OFFSET = 0x01000193;
const FIRST_PRIME = 0x01000193;
const SECOND_PRIME = 0x5bd1e995;
const EMPTY = -1;
/** Room for the words of a submission's recommendations without growing: a thousand or so. */
const INITIAL_SLOTS = 2048;

/**
 * Dense numbers for words, known by their two hashes: a table of typed arrays, so that finding a
 * word's number cuts no string out of the text and allocates nothing. Two distinct words of a
 * draft sharing both hashes is as good as impossible (one chance in 10^11 for ten thousand words).
 */
export class Vocabulary {
  private firsts = new Int32Array(INITIAL_SLOTS);
  private seconds = new Int32Array(INITIAL_SLOTS);
  private ids = new Int32Array(INITIAL_SLOTS).fill(EMPTY);
  size = 0;

  /** The stop words come first: a word is one when its number is below their count. */
  constructor() {
    for (const word of STOP_WORDS) this.idOfWord(word);
  }

  idOf(first: number, second: number): number {
    const mask = this.ids.length - 1;
    let slot = (first ^ Math.imul(second, 0x27d4eb2d)) & mask;
    while (this.ids[slot] !== EMPTY) {
      if (this.firsts[slot] === first && this.seconds[slot] === second) return this.ids[slot];
      slot = (slot + 1) & mask;
    }
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.ids[slot] = this.size++;
    if (this.size * 2 > this.ids.length) this.grow();
    return this.size - 1;
  }

  /** The number of a word written out (lower case, plural s kept). */
  idOfWord(word: string): number {
    let first = FIRST_OFFSET;
    let second = SECOND_OFFSET;
    for (let i = 0; i < word.length; i++) {
      first = Math.imul(first ^ word.charCodeAt(i), FIRST_PRIME);
      second = Math.imul(second ^ word.charCodeAt(i), SECOND_PRIME);
    }
    return this.idOf(first, second);
  }

  private grow(): void {
    const { firsts, seconds, ids } = this;
    this.firsts = new Int32Array(ids.length * 2);
    this.seconds = new Int32Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(EMPTY);
    const mask = this.ids.length - 1;
    for (let old = 0; old < ids.length; old++) {
      if (ids[old] === EMPTY) continue;
      let slot = (firsts[old] ^ Math.imul(seconds[old], 0x27d4eb2d)) & mask;
      while (this.ids[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.firsts[slot] = firsts[old];
      this.seconds[slot] = seconds[old];
      this.ids[slot] = ids[old];
    }
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A recommendation's distinct content words in order of first use, as numbers of a vocabulary:
 * runs of letters and digits in lower case, stop words left out, a plural s after three ASCII
 * letters or digits dropped ("rights" is "right", "is" stays). ASCII text, with punctuation of any
 * kind, is read character by character; a letter beyond ASCII sends the text the way of strings.
 */
export function contentWords(text: string, start: number, end: number, vocabulary: Vocabulary): number[] {
  const words: number[] = [];
  let i = start;
  while (i < end) {
    let code = text.charCodeAt(i);
    if (!isAsciiAlnum(code)) {
      if (code >= 0x80 && isLetterBeyondAscii(text, i)) return contentWordsOfText(text.slice(start, end), vocabulary);
      i++;
      continue;
    }
    let first = FIRST_OFFSET;
    let second = SECOND_OFFSET;
    let firstBefore = 0;
    let secondBefore = 0;
    let length = 0;
    while (i < end && isAsciiAlnum(code)) {
      firstBefore = first;
      secondBefore = second;
      const lower = code <= 90 && code >= 65 ? code + 32 : code;
      first = Math.imul(first ^ lower, FIRST_PRIME);
      second = Math.imul(second ^ lower, SECOND_PRIME);
      length++;
      code = ++i < end ? text.charCodeAt(i) : 0;
    }
    if (i < end && code >= 0x80 && isLetterBeyondAscii(text, i)) return contentWordsOfText(text.slice(start, end), vocabulary);
    const whole = vocabulary.idOf(first, second);
    if (whole < STOP_WORDS.length) continue;
    // The last letter was an s (either case), after at least three others.
    const word = length >= 4 && (text.charCodeAt(i - 1) | 0x20) === 0x73 ? vocabulary.idOf(firstBefore, secondBefore) : whole;
    if (!words.includes(word)) words.push(word);
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

function isLetterBeyondAscii(text: string, at: number): boolean {
  if (isGeneralPunctuation(text.charCodeAt(at))) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
