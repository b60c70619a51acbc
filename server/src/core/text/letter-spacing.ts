/**
 * A line set in spaced letters, as PDF extraction writes a letter-spaced heading:
 * "R E C O M M E N D A T I O N S", "I I .  B A C K G R O U N D". Letters stand one gap apart
 * and words a wider gap apart.
 */
export interface LetterSpacing {
  /** The line with its letters closed up and one space between words: "II. BACKGROUND". */
  text: string;
  /** For each character of `text`, its offset in the line. */
  offsets: number[];
  /**
   * Whether the words are known: the line set its words a wider gap apart than its letters, or
   * it is one word short enough to be one. "M I G R A N T S A N D A S Y L U M" is not known.
   */
  wordsKnown: boolean;
}

/** A spaced character: a letter, a figure, or a mark a heading has ("II.", "CHILDREN'S", "&"). */
const SPACED_CHARACTER = /^[\p{L}\p{N}.,:;'’&()/–—-]$/u;
/** A section marker written without spacing before a spaced title: "II.", "2.", "A)". */
const PLAIN_MARKER = /^(?:[IVXLC]{1,6}|[A-Z]|\d{1,2}(?:\.\d{1,2}){0,3})[.)]?$/;
/** The longest single word closed up when the line sets no wider gap between words: "ACKNOWLEDGEMENTS". */
const MAX_KNOWN_WORD = 16;
/** A letter-spaced line has a word of at least this many letters: "a b c" is a list. */
const MIN_WORD_LETTERS = 4;
const VOWEL = /[aeiouy]/i;

interface Token {
  start: number;
  text: string;
}

/**
 * The line closed up, when every word of it is set in spaced letters (a plain section marker
 * may open it); undefined for any other line. Lists ("a b c d"), initials ("J. R. R. Tolkien"),
 * table rows ("X   X   X") and a "U N" inside a sentence are not letter-spaced lines.
 */
export function readLetterSpacing(line: string): LetterSpacing | undefined {
  if (!endsSpaced(line)) return undefined;
  const tokens: Token[] = [];
  for (const match of line.matchAll(/\S+/g)) tokens.push({ start: match.index, text: match[0] });
  if (tokens.length < MIN_WORD_LETTERS) return undefined;
  const letterGap = Math.min(...tokens.slice(1).map((token, i) => gapWidth(line, tokens[i], token)));
  if (letterGap > 2) return undefined;
  const words: Token[][] = [[tokens[0]]];
  for (let t = 1; t < tokens.length; t++) {
    if (gapWidth(line, tokens[t - 1], tokens[t]) > letterGap) words.push([]);
    words[words.length - 1].push(tokens[t]);
  }
  if (!words.every((word, w) => isSpacedWord(word) || (w === 0 && word.length === 1 && PLAIN_MARKER.test(word[0].text)))) return undefined;
  const closed = words.map((word) => word.map((token) => token.text).join(""));
  const spaced = closed.filter((_, w) => words[w].length > 1);
  if (!spaced.every(hasWordCase) || !closed.some((word) => /^\p{Lu}/u.test(word))) return undefined;
  const longest = spaced.reduce((best, word) => (letterCount(word) > letterCount(best) ? word : best), "");
  if (!looksLikeWord(longest)) return undefined;
  const offsets: number[] = [];
  words.forEach((word, w) => {
    if (w > 0) offsets.push(word[0].start - 1);
    for (const token of word) for (let c = 0; c < token.text.length; c++) offsets.push(token.start + c);
  });
  const wordsKnown = words.length > 1 || letterCount(closed[0]) <= MAX_KNOWN_WORD;
  return { text: closed.join(" "), offsets, wordsKnown };
}

/** A line that ends "… N S" or "… N  S": one character, one or two spaces, one character. Most lines fail here at once. */
function endsSpaced(line: string): boolean {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  let before = end - 1;
  while (before > 0 && line.charCodeAt(before - 1) === 32) before--;
  const spaces = end - 1 - before;
  if (spaces < 1 || spaces > 2 || before < 1 || isSpace(line.charCodeAt(before - 1))) return false;
  return before === 1 || isSpace(line.charCodeAt(before - 2));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

/** The width of the gap between two tokens, a tab counted wider than any run of spaces a letter gap has. */
function gapWidth(line: string, before: Token, after: Token): number {
  const gap = line.slice(before.start + before.text.length, after.start);
  return gap.includes("\t") ? Number.POSITIVE_INFINITY : gap.length;
}

/** Single characters, or one mark standing alone between words ("&", "–"). */
function isSpacedWord(word: Token[]): boolean {
  return word.every((token) => [...token.text].length === 1 && SPACED_CHARACTER.test(token.text));
}

/** In capitals, capitalised, or in lower case, as a word of a heading is; figures alone are a year. */
function hasWordCase(word: string): boolean {
  const letters = word.replace(/[^\p{L}\p{N}]/gu, "");
  return /^(?:\p{Lu}+|\p{Lu}?\p{Ll}+|\p{N}+)$/u.test(letters) || /^[IVXLC]+$/.test(letters);
}

function letterCount(word: string): number {
  return word.replace(/\P{L}/gu, "").length;
}

/**
 * A word, not a run of list letters or table marks: long enough, with a vowel, and neither one
 * letter repeated ("XXXX") nor letters in alphabetical order ("ABCD").
 */
function looksLikeWord(word: string): boolean {
  const letters = word.normalize("NFD").replace(/\P{L}/gu, "").toLowerCase();
  if (letters.length < MIN_WORD_LETTERS || !VOWEL.test(letters) || new Set(letters).size < 3) return false;
  for (let i = 1; i < letters.length; i++) if (letters.charCodeAt(i) !== letters.charCodeAt(i - 1) + 1) return true;
  return false;
}
