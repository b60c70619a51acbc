import { charAt, type SourceText } from "../../text/source-text.js";
import type { Block, FootnoteReference } from "../model.js";
import { fromSuperscript, romanValue } from "../../text/numerals.js";
import { ownCopy, type Span } from "../../text/text.js";

const CANONICAL_REFERENCE = /\[\^([^\]\s]{1,20})\](?!:)/g;
const DIGITS = /\d+/g;
/** Any superscript digit: a cheap test before the marker expression, whose lookbehinds run at every position. */
const ANY_SUPERSCRIPT = /[⁰¹²³⁴-⁹]/;
/** A footnote number in superscript digits after a word, a figure or punctuation; "m²" and "km³" are units. */
const SUPERSCRIPT = /(?<=[\p{L}\d.,;:!?’”"')\]])(?<!(?:^|[^\p{L}])[kcm]?m)[⁰¹²³⁴-⁹]{1,3}/gu;
/**
 * A footnote number glued to a word or to the punctuation closing it ("rights.”3", "called?7",
 * "liberties...’1"), or to a figure's closing quotation mark or bracket ("over 65”.7"), as PDF
 * extraction leaves it, even before a closing quotation mark ("considered.9”"); also to the next
 * sentence ("increased.7The").
 */
const GLUED =
  /(?<=\p{L}{2}[.,;:!?…’”‟'"»)\]]{0,4}|\d[’”‟"»][.,;:!?]?|\d\)[.,;:!?])\d{1,3}(?=[\s.,;:)’”‟"]|$)|(?<=\p{L}{2}[.”’"])\d{1,3}(?=\p{Lu}\p{Ll})/uy;
/** What may close a word before a marker: punctuation and closing quotation marks and brackets. */
const CLOSING = /[.,;:!?…’”‟"'»)\]]/;
/** At most this many closing characters between a word and its marker ("...”." is five). */
const MAX_CLOSING = 5;
/** A footnote number standing alone after a sentence: "Karachi. 24 Some"; not the day of a date ("Exampleville, 3 March"). */
const DETACHED =
  /(?<=[.,;:’”"]\s{1,2})\d{1,3}(?=\s+\p{Lu})(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/uy;
/** How far the numbers of pasted footnote markers may jump; further is more likely a figure. */
const MAX_STEP = 3;

/** `[^12]` references in consecutive blocks (in a footnote text, after its label), found in one pass over their text. */
export function findCanonicalFootnotes(text: SourceText, blocks: readonly Block[], out: FootnoteReference[]): void {
  if (blocks.length === 0) return;
  // Searched in the blocks' part of the text alone: a reference ends within a block.
  const from = blocks[0].start;
  const part = text.slice(from, blocks[blocks.length - 1].end);
  let b = 0;
  CANONICAL_REFERENCE.lastIndex = 0;
  for (let match = CANONICAL_REFERENCE.exec(part); match; match = CANONICAL_REFERENCE.exec(part)) {
    const start = from + match.index;
    const end = start + match[0].length;
    while (b < blocks.length && blocks[b].end < end) b++;
    if (b === blocks.length) return;
    const block = blocks[b];
    if (block.kind === "comment" || start < (block.kind === "footnote" ? block.content.start : block.start)) continue;
    out.push({ start, end, label: ownCopy(match[1]), glued: false });
  }
}

/**
 * Pasted text has footnote markers as bare digits. They are accepted only in ascending order
 * (each at most a few above the last), which tells them apart from figures and codes.
 * Lines are fed in document order.
 */
export class GluedFootnotes {
  readonly references: FootnoteReference[] = [];
  readonly labels = new Set<string>();
  /** Labels of superscript markers ("¹"), whose footnote texts are numbered in superscript too. */
  readonly superscripts = new Set<string>();
  /** The number of the last marker found in digits. */
  last = 0;

  scan(lineText: string, lineStart: number): void {
    for (const candidate of collectCandidates(lineText)) {
      const value = Number(candidate.digits);
      const step = value - this.last;
      // A bracketed or superscript marker is one wherever its number falls: its order is UPR006's to check.
      const unambiguous = candidate.superscript || candidate.width > candidate.digits.length;
      if (!unambiguous && (step < 1 || step > (candidate.detached ? 1 : MAX_STEP))) continue;
      if (insideUrl(lineText, candidate.index)) continue;
      const start = lineStart + candidate.index;
      this.references.push({ start, end: start + candidate.width, label: candidate.digits, glued: true });
      if (candidate.superscript) {
        this.superscripts.add(candidate.digits);
        continue;
      }
      this.last = Math.max(this.last, value);
      this.labels.add(candidate.digits);
    }
  }
}

interface Candidate {
  index: number;
  digits: string;
  detached: boolean;
  /** Characters the marker takes: its digits, and the brackets around "[12]". */
  width: number;
  superscript?: boolean;
}

/** What a bracketed marker "[12]" follows: a word, a figure or punctuation, with no space. */
const BEFORE_BRACKET = /[\p{L}\d.,;:!?’”"')]/u;

/**
 * A marker is a whole run of one to three digits (a digit before it is neither a letter nor a
 * space), so the runs are found first and the context around each is checked where it stands:
 * searching the line with the lookbehinds would try them at every position.
 */
function collectCandidates(line: string): Candidate[] {
  const candidates: Candidate[] = [];
  DIGITS.lastIndex = 0;
  for (let run = DIGITS.exec(line); run; run = DIGITS.exec(line)) {
    if (run[0].length > 3) continue;
    const width = run[0].length;
    // Word's footnote markers pasted as text: "… in 2017.[3]".
    if (line[run.index - 1] === "[" && line[run.index + width] === "]" && BEFORE_BRACKET.test(line[run.index - 2] ?? " ")) {
      candidates.push({ index: run.index - 1, digits: run[0], detached: false, width: width + 2 });
      continue;
    }
    GLUED.lastIndex = DETACHED.lastIndex = run.index;
    if (GLUED.test(line)) candidates.push({ index: run.index, digits: run[0], detached: false, width });
    else if (DETACHED.test(line)) candidates.push({ index: run.index, digits: run[0], detached: true, width });
  }
  const plain = candidates.length;
  if (!ANY_SUPERSCRIPT.test(line)) return candidates;
  SUPERSCRIPT.lastIndex = 0;
  for (let run = SUPERSCRIPT.exec(line); run; run = SUPERSCRIPT.exec(line)) {
    candidates.push({ index: run.index, digits: fromSuperscript(run[0]), detached: false, width: run[0].length, superscript: true });
  }
  return candidates.length > plain && plain > 0 ? candidates.sort((a, b) => a.index - b.index) : candidates;
}

function insideUrl(line: string, index: number): boolean {
  let start = index;
  while (start > 0 && !/\s/.test(line[start - 1])) start--;
  const token = line.slice(start, index);
  // A name closed by a bracket has ended: "(A/HRC/49/8).[1]" and "(see A/HRC/53/8).1" are markers after a document symbol.
  if (CLOSED_NAME.test(token)) return false;
  // A slash between figures is a fiscal year or a fraction ("2014/15.1"), not a URL's or a document symbol's.
  return SLASH_IN_NAME.test(token) || token.includes("www.") || token.includes("@");
}

const SLASH_IN_NAME = /\/(?!\d)|(?<!\d)\//;
/** A token closed by a bracket, then punctuation at most: what follows it is no part of it. */
const CLOSED_NAME = /[)\]][.,;:!?]*$/;

/** Where a footnote's marker may sit: within these spans of text (the body, not footnote texts or page furniture). */
export interface MarkerSearch {
  text: SourceText;
  /** Spans that hold no marker: footnote texts and page furniture, in document order. */
  excluded: readonly Span[];
}

/**
 * Finds the markers that line-by-line reading missed, by the footnote texts that exist: for a
 * footnote with a text and no marker, its number is looked for between the markers of the
 * footnotes before and after it, glued to what precedes it ("in 201154", "in June 2020.13",
 * "powers.i", "child’5"). Taken only when exactly one place fits; otherwise the marker stays
 * unknown. Returns the references with those found added, in document order.
 */
export function resolveMarkersFromNotes(search: MarkerSearch, references: FootnoteReference[], notes: readonly Block[]): FootnoteReference[] {
  const known = new Set(references.map((reference) => reference.label));
  const found: FootnoteReference[] = [];
  for (const note of notes) {
    const label = note.label;
    const value = label ? labelValue(label) : 0;
    if (!label || !value || known.has(label)) continue;
    let from = 0;
    let to = search.text.length;
    for (const reference of references) {
      const other = labelValue(reference.label);
      if (other && other < value) from = Math.max(from, reference.end);
      else if (other > value) to = Math.min(to, reference.start);
    }
    const places = placesOf(search, label, from, to);
    if (places.length === 1) {
      found.push({ start: places[0], end: places[0] + label.length, label, glued: true });
      known.add(label);
    }
  }
  if (found.length === 0) return references;
  return [...references, ...found].sort((a, b) => a.start - b.start);
}

/** Whether the marker of the footnote labelled `label` has exactly one place in the text between `from` and `to`. */
export function hasOnePlace(search: MarkerSearch, label: string, from: number, to: number): boolean {
  return placesOf(search, label, from, to).length === 1;
}

/** 12 for "12", 4 for "iv"; 0 for anything else. */
function labelValue(label: string): number {
  if (/^\d{1,3}$/.test(label)) return Number(label);
  return /^[ivxlc]{1,7}$/.test(label) ? romanValue(label.toUpperCase()) : 0;
}

const YEAR = /^(?:19|20)\d\d$/;
/** The upper end of a range of figures ("aged 11-14", "2010–2015"), at the end of the text before a marker. */
const RANGE_END = /(?<![\d.,])(\d{1,4})[-–‐/](\d{1,4})$/;

function placesOf({ text, excluded }: MarkerSearch, label: string, from: number, to: number): number[] {
  const places: number[] = [];
  const roman = !/^\d/.test(label);
  for (let at = text.indexOf(label, from); at >= 0 && at + label.length <= to; at = text.indexOf(label, at + 1)) {
    const after = charAt(text, at + label.length) ?? " ";
    if (roman ? /\p{L}/u.test(after) : /\d/.test(after)) continue;
    if (!(gluedBefore(text, at, roman) || (!roman && spacedOff(text, at, label.length))) || insideSpan(excluded, at)) continue;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    if (insideUrl(text.slice(lineStart, at + label.length), at - lineStart)) continue;
    places.push(at);
    if (places.length > 1) break;
  }
  return places;
}

/**
 * What precedes a marker: a word, with the punctuation or quotation marks that close it
 * ("powers.i", "liberties...”3", "legislation‟15"), or a figure that ends there: a year
 * ("201154", "2020.13", "2008.vi", "(2010-2015)45") or the end of a range ("aged 11-1432").
 */
function gluedBefore(text: SourceText, at: number, roman: boolean): boolean {
  let word = at;
  while (word > 0 && at - word < MAX_CLOSING && CLOSING.test(text.charAt(word - 1))) word--;
  const closed = word < at;
  const before = charAt(text, word - 1) ?? " ";
  // pypdf sets punctuation off by a space: "children .13".
  if (closed && before === " " && /\p{L}/u.test(charAt(text, word - 2) ?? " ")) return true;
  if (/\p{L}/u.test(before)) return closed || (!roman && /\p{L}{2}$/u.test(text.slice(Math.max(0, word - 2), word)));
  // A bracket or quotation mark closed, then punctuation: "(3,982).13", "‘…’.4".
  if (at - word > 1 && /[’”‟"')\]]/.test(text.slice(word, at - 1))) return true;
  if (!/\d/.test(before) || (roman && !closed)) return false;
  const figures = text.slice(Math.max(0, word - 12), word);
  const figure = /\d+$/.exec(figures)![0];
  if (YEAR.test(figure) && !/\d/.test(figures[figures.length - figure.length - 1] ?? " ")) return true;
  const range = RANGE_END.exec(figures);
  // "1998–2003.4", and a year range written short, "2015–16.3".
  return !roman && range !== null && (Number(range[2]) > Number(range[1]) || (YEAR.test(range[1]) && range[2].length === 2));
}

/**
 * A marker an extractor set off by a space from what it follows ("Commissioner 2 has",
 * "the UK; 4 however", "in England and Wales. 11" at a line end), taken only as the one place
 * a footnote text's number fits.
 */
const COUNTING_WORD = /(?:^|[^\p{L}])(?:and|or|of|than|to|by|in|at|from|between|with|about|some|only|just|over|under|nearly|almost|all|the|a|these|those|every|each|first|last|next|aged|age|were|was|are|is)$/iu;

function spacedOff(text: SourceText, at: number, length: number): boolean {
  let before = at - 1;
  if (charAt(text, before) !== " ") return false;
  while (before > 0 && charAt(text, before) === " ") before--;
  if (!/[\p{L}.,;:’”"')]/u.test(text.charAt(before))) return false;
  // A figure after a word that counts or compares is a figure: "and 2 in 2023", "some 40 of them".
  if (COUNTING_WORD.test(text.slice(Math.max(0, before - 12), before + 1))) return false;
  const after = charAt(text, at + length) ?? "\n";
  return after === "\n" || after === "\r" || (after === " " && !/^ +(?:per|percent|years?|months?|days?|times|of|to|and|or|%)\b/i.test(text.slice(at + length, at + length + 12)));
}

function insideSpan(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= offset) low = middle + 1;
    else if (spans[middle].start > offset) high = middle - 1;
    else return true;
  }
  return false;
}
