import { charAt, type SourceText } from "../../text/source-text.js";
import type { AbbreviationDefinition, Block } from "../model.js";
import { ownCopy } from "../../text/text.js";

/** `(hereinafter ‘CRC’)`, `(hereafter referred to as "CRC")`, and a bare quoted `(“CRC”)`. */
const HEREINAFTER =
  /\((?:(hereinafter|hereafter|henceforth)(?:\s+(?:referred\s+to\s+as|called|the))?[:,]?\s*)?[‘'“"]([^’'”"\n()]{1,30})[’'”"]\s*\)/y;
/** `(CRC)`, `(NGOs)`, `(GoP)`, `(SuR)`: a capital first and at least two capitals in all. */
const PARENTHESIS = /\((\p{Lu}[\p{L}&-]{1,14})\)/uy;
const TWO_CAPITALS = /\p{Lu}[^\p{Lu}]*\p{Lu}/u;
const CONNECTORS = new Set(["of", "the", "and", "on", "for", "to", "in", "against", "with", "at", "by", "de", "&"]);
const MAX_SKIPPED = 3;

/** Finds `X (hereinafter ‘ABC’)` and `Xxx Yyy Zzz (XYZ)` definitions in a block of running text, whose text is `blockText`. */
export function findAbbreviationsInBlock(block: Block, blockText: string, out: AbbreviationDefinition[]): void {
  // Both forms open with a parenthesis, and the character after it tells which of them may follow: most parentheses hold neither.
  for (let open = blockText.indexOf("("); open >= 0; open = blockText.indexOf("(", open + 1)) {
    const next = blockText.charCodeAt(open + 1);
    if (next === 0x68 /* h */ || next === 0x2018 || next === 0x27 || next === 0x201c || next === 0x22) hereinafterAt(block, blockText, open, out);
    else if ((next >= 65 && next <= 90) || next >= 0x80) parenthesisAt(block, blockText, open, out);
  }
}

function hereinafterAt(block: Block, blockText: string, open: number, out: AbbreviationDefinition[]): void {
  HEREINAFTER.lastIndex = open;
  const match = HEREINAFTER.exec(blockText);
  if (!match) return;
  const [whole, keyword, quoted] = match;
  const abbreviation = quoted.trim();
  // Without "hereinafter", only an abbreviation in quotation marks defines one: (“CRC”), not (‘bacha bazi’).
  if (!keyword && (/\s/.test(abbreviation) || !TWO_CAPITALS.test(abbreviation))) return;
  const at = whole.indexOf(quoted) + quoted.indexOf(abbreviation);
  define(block, blockText, open, whole.length, abbreviation, at, keyword ? "hereinafter" : "parenthesis", out);
}

function parenthesisAt(block: Block, blockText: string, open: number, out: AbbreviationDefinition[]): void {
  PARENTHESIS.lastIndex = open;
  const match = PARENTHESIS.exec(blockText);
  if (match && TWO_CAPITALS.test(match[1])) define(block, blockText, open, match[0].length, match[1], 1, "parenthesis", out);
}

/**
 * The definition whose parenthesis opens at `open` and is `length` long, with the abbreviation
 * `at` characters into it, when the words before it can be its expansion.
 */
function define(
  block: Block,
  blockText: string,
  open: number,
  length: number,
  abbreviation: string,
  at: number,
  form: AbbreviationDefinition["form"],
  out: AbbreviationDefinition[],
): void {
  const expansion = expansionBefore(blockText, open, abbreviation, form === "hereinafter");
  if (!expansion) return;
  const abbreviationStart = block.start + open + at;
  out.push({
    start: block.start + expansion.start,
    end: block.start + open + length,
    abbreviation: ownCopy(abbreviation),
    abbreviationSpan: { start: abbreviationStart, end: abbreviationStart + abbreviation.length },
    expansion: ownCopy(expansion.text),
    expansionSpan: { start: block.start + expansion.start, end: block.start + expansion.end },
    form,
  });
}

/**
 * The words before `(` whose initials spell the abbreviation, read backwards; connectors and a
 * few other words may be skipped. Falls back, for a `hereinafter` definition, to the nearest
 * run of words that starts with the abbreviation's first letter.
 */
function expansionBefore(
  blockText: string,
  parenthesis: number,
  abbreviation: string,
  lenient: boolean,
): { text: string; start: number; end: number } | undefined {
  const letters = abbreviation.replace(/s$/, "").replace(/[^\p{L}]/gu, "").toLowerCase();
  const words = new WordsBackwards(blockText, parenthesis);
  if (letters.length === 0 || !words.previous()) return undefined;
  const end = words.end;
  let need = letters.length - 1;
  let skipped = 0;
  let first = -1;
  do {
    if (blockText[words.start].toLowerCase() === letters[need]) {
      need--;
      first = words.start;
      skipped = 0;
    } else if (!CONNECTORS.has(blockText.slice(words.start, words.end).toLowerCase()) && skipped++ >= MAX_SKIPPED) {
      break;
    }
  } while (need >= 0 && words.previous());
  if (need < 0) return spanOf(blockText, first, end);
  if (!lenient) return undefined;
  const nearest = new WordsBackwards(blockText, parenthesis);
  for (let read = 0; read < LENIENT_WORDS && nearest.previous(); read++) {
    if (blockText[nearest.start].toLowerCase() === letters[0]) return spanOf(blockText, nearest.start, end);
  }
  return undefined;
}

/** How far back a `hereinafter` definition may start when the initials do not spell it. */
const LENIENT_WORDS = 25;
/** Only the words nearest the parenthesis can spell it. */
const MAX_WORDS = 40;

function spanOf(blockText: string, start: number, end: number) {
  return { text: blockText.slice(start, end).replace(/\s+/g, " "), start, end };
}

/**
 * The words before an offset in its sentence, nearest first, up to MAX_WORDS. A number is no
 * word, and digits glued to a word ("Convention2", a footnote number) are not part of it.
 */
class WordsBackwards {
  /** The word read last. */
  start = 0;
  end = 0;
  private at: number;
  private readonly from: number;
  private read = 0;

  constructor(
    private readonly text: SourceText,
    offset: number,
  ) {
    this.at = offset;
    this.from = sentenceStart(text, offset);
  }

  /** Steps to the word before the one read last: false when there is none. */
  previous(): boolean {
    const { text, from } = this;
    let at = this.at;
    while (this.read < MAX_WORDS) {
      while (at > from && wordCharWidthBefore(text, at, from) === 0) at--;
      if (at === from) break;
      const wordEnd = at;
      for (let width = wordCharWidthBefore(text, at, from); width > 0; width = wordCharWidthBefore(text, at, from)) at -= width;
      let length = wordEnd - at;
      while (length > 0 && isDigit(text.charCodeAt(at + length - 1))) length--;
      if (length === 0 || isDigit(text.charCodeAt(at))) continue;
      this.at = at;
      this.start = at;
      this.end = at + length;
      this.read++;
      return true;
    }
    this.at = at;
    return false;
  }
}

/** Where the sentence holding `offset` starts, within 400 characters: after a parenthesis, a semicolon or a full stop. */
function sentenceStart(text: SourceText, offset: number): number {
  let from = offset;
  for (let i = offset - 1; i >= 0 && offset - i < 400; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x28 /* ( */ || code === 0x29 /* ) */ || code === 0x3b /* ; */) break;
    if (code === 0x2e /* . */ && /\s/.test(charAt(text, i + 1) ?? "")) break;
    from = i;
  }
  return from;
}

const WORD_CHAR = /^[\p{L}\p{N}’']$/u;

/** How many code units the letter, digit or apostrophe ending at `at` takes (two for a surrogate pair), or 0: a hyphen parts words, so non-governmental gives n and g. */
function wordCharWidthBefore(text: SourceText, at: number, from: number): number {
  if (at <= from) return 0;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 0x27 ? 1 : 0;
  if (code >= 0xdc00 && code <= 0xdfff && at - 2 >= from) return WORD_CHAR.test(text.slice(at - 2, at)) ? 2 : 0;
  return WORD_CHAR.test(text.charAt(at - 1)) ? 1 : 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
