import type { AbbreviationDefinition, Block } from "../model.js";

/** `(hereinafter ‘CRC’)`, `(hereafter referred to as "CRC")`, and a bare quoted `(“CRC”)`. */
const HEREINAFTER =
  /\((?:(hereinafter|hereafter|henceforth)(?:\s+(?:referred\s+to\s+as|called|the))?[:,]?\s*)?[‘'“"]([^’'”"\n()]{1,30})[’'”"]\s*\)/g;
/** `(CRC)`, `(NGOs)`, `(GoP)`, `(SuR)`: a capital first and at least two capitals in all. */
const PARENTHESIS = /\((\p{Lu}[\p{L}&-]{1,14})\)/gu;
const TWO_CAPITALS = /\p{Lu}[^\p{Lu}]*\p{Lu}/u;
const CONNECTORS = new Set(["of", "the", "and", "on", "for", "to", "in", "against", "with", "at", "by", "de", "&"]);
const MAX_SKIPPED = 3;

/** Finds `X (hereinafter ‘ABC’)` and `Xxx Yyy Zzz (XYZ)` definitions in the given blocks. */
export function findAbbreviations(text: string, blocks: Block[], out: AbbreviationDefinition[]): void {
  for (const block of blocks) {
    if (block.kind === "comment" || block.kind === "footnote") continue;
    const blockText = text.slice(block.start, block.end);
    // Both forms are in parentheses; most blocks have none.
    if (!blockText.includes("(")) continue;
    HEREINAFTER.lastIndex = 0;
    for (let match = HEREINAFTER.exec(blockText); match; match = HEREINAFTER.exec(blockText)) {
      const [whole, keyword, quoted] = match;
      const abbreviation = quoted.trim();
      // Without "hereinafter", only an abbreviation in quotation marks defines one: (“CRC”), not (‘bacha bazi’).
      if (!keyword && (/\s/.test(abbreviation) || !TWO_CAPITALS.test(abbreviation))) continue;
      const abbreviationStart = block.start + match.index + whole.indexOf(quoted) + quoted.indexOf(abbreviation);
      const expansion = expansionBefore(blockText, match.index, abbreviation, keyword !== undefined);
      if (!expansion) continue;
      out.push({
        start: block.start + expansion.start,
        end: block.start + match.index + whole.length,
        abbreviation,
        abbreviationSpan: { start: abbreviationStart, end: abbreviationStart + abbreviation.length },
        expansion: expansion.text,
        expansionSpan: { start: block.start + expansion.start, end: block.start + expansion.end },
        form: keyword ? "hereinafter" : "parenthesis",
      });
    }
    PARENTHESIS.lastIndex = 0;
    for (let match = PARENTHESIS.exec(blockText); match; match = PARENTHESIS.exec(blockText)) {
      const abbreviation = match[1];
      if (!TWO_CAPITALS.test(abbreviation)) continue;
      const expansion = expansionBefore(blockText, match.index, abbreviation, false);
      if (!expansion) continue;
      const abbreviationStart = block.start + match.index + 1;
      out.push({
        start: block.start + expansion.start,
        end: block.start + match.index + match[0].length,
        abbreviation,
        abbreviationSpan: { start: abbreviationStart, end: abbreviationStart + abbreviation.length },
        expansion: expansion.text,
        expansionSpan: { start: block.start + expansion.start, end: block.start + expansion.end },
        form: "parenthesis",
      });
    }
  }
}

interface WordSpan {
  word: string;
  start: number;
  end: number;
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
  const words = wordsBefore(blockText, parenthesis, 40);
  const letters = abbreviation.replace(/s$/, "").replace(/[^\p{L}]/gu, "").toLowerCase();
  if (letters.length === 0 || words.length === 0) return undefined;
  let need = letters.length - 1;
  let skipped = 0;
  let first = -1;
  for (let w = words.length - 1; w >= 0 && need >= 0; w--) {
    const initial = words[w].word[0].toLowerCase();
    if (initial === letters[need]) {
      need--;
      first = w;
      skipped = 0;
    } else if (CONNECTORS.has(words[w].word.toLowerCase()) || skipped++ < MAX_SKIPPED) {
      continue;
    } else {
      break;
    }
  }
  if (need < 0 && first >= 0) return spanOf(blockText, words, first);
  if (!lenient) return undefined;
  for (let w = words.length - 1; w >= 0 && w >= words.length - 25; w--) {
    if (words[w].word[0].toLowerCase() === letters[0]) return spanOf(blockText, words, w);
  }
  return undefined;
}

function spanOf(blockText: string, words: WordSpan[], first: number) {
  const start = words[first].start;
  const end = words[words.length - 1].end;
  return { text: blockText.slice(start, end).replace(/\s+/g, " "), start, end };
}

/** The last `limit` words before `end` in its sentence, read backwards: only the words nearest the parenthesis can spell it. */
function wordsBefore(blockText: string, end: number, limit: number): WordSpan[] {
  let from = end;
  for (let i = end - 1; i >= 0 && end - i < 400; i--) {
    const code = blockText.charCodeAt(i);
    if (code === 0x28 /* ( */ || code === 0x29 /* ) */ || code === 0x3b /* ; */) break;
    if (code === 0x2e /* . */ && /\s/.test(blockText[i + 1] ?? "")) break;
    from = i;
  }
  const words: WordSpan[] = [];
  let at = end;
  while (words.length < limit) {
    while (at > from && wordCharWidthBefore(blockText, at, from) === 0) at--;
    if (at === from) break;
    const wordEnd = at;
    for (let width = wordCharWidthBefore(blockText, at, from); width > 0; width = wordCharWidthBefore(blockText, at, from)) at -= width;
    let length = wordEnd - at;
    while (length > 0 && isDigit(blockText.charCodeAt(at + length - 1))) length--;
    // A number, or a word with a footnote number glued to it ("Convention2"): the digits are not part of it.
    if (length === 0 || isDigit(blockText.charCodeAt(at))) continue;
    words.push({ word: blockText.slice(at, at + length), start: at, end: at + length });
  }
  return words.reverse();
}

const WORD_CHAR = /^[\p{L}\p{N}’']$/u;

/** How many code units the letter, digit or apostrophe ending at `at` takes (two for a surrogate pair), or 0: a hyphen parts words, so non-governmental gives n and g. */
function wordCharWidthBefore(text: string, at: number, from: number): number {
  if (at <= from) return 0;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 0x27 ? 1 : 0;
  if (code >= 0xdc00 && code <= 0xdfff && at - 2 >= from) return WORD_CHAR.test(text.slice(at - 2, at)) ? 2 : 0;
  return WORD_CHAR.test(text[at - 1]) ? 1 : 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
