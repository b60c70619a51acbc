import type { SourceText } from "../../text/source-text.js";
import type { Line } from "../../text/text.js";
import type { LineInfo } from "./lines.js";

export interface ClassifiedLine {
  line: Line;
  info: LineInfo;
}

/** What a line of pasted text is on its page, read from the whole text before blocks are built. */
export const Furniture = {
  None: 0,
  PageNumber: 1,
  /** A running header or footer: a line repeated next to page breaks. */
  RunningLine: 2,
} as const;

export interface PageLayout {
  /** By classified line: page furniture or none. */
  furniture: Uint8Array;
  /** By classified line: the first line at or after it that starts a new page or is furniture. */
  nextBoundary: Int32Array;
  /** The classified line of a "Notes" or "Endnotes" heading after which every line is a note, or -1. */
  endnotes: number;
  /** How endnotes are labelled: "12" or "xii". */
  endnoteLabels: "numeric" | "roman";
  /** Paragraph numbers without a full stop ("1 Our main concern …"): the text has hardly any with one. */
  undottedNumbers: boolean;
}

/**
 * A line repeated this often next to page breaks, and on half the pages at least, is a running
 * header or footer; "ibid" at the foot of three pages of twenty is a footnote text.
 */
const MIN_RUNNING_REPEATS = 3;
/** How near (in non-blank lines) to a page break a running header or footer sits. */
const RUNNING_REACH = 3;
const MAX_RUNNING_LENGTH = 160;
const ENDNOTES_HEADING = /^(?:end[ -]?notes|foot[ -]?notes|notes)[ \t]*:?[ \t]*$/i;
/** "References" or "Sources" heads the endnotes when numbered notes follow it. */
const REFERENCES_HEADING = /^(?:references|sources)[ \t]*:?[ \t]*$/i;
const ROMAN_LABEL = /^[ivxlc]{1,7}(?:[.)]?[ \t]|[.)]?[ \t]*$)/;
const NUMERIC_LABEL = /^(?:\d{1,3}[.)]?|\[\d{1,3}\])(?:[ \t]|[ \t]*$)/;
const FORM_FEED = 12;

/** Reads page numbers, running headers and footers, page breaks and an endnotes section from pasted lines. */
export function readPageLayout(text: SourceText, classified: readonly ClassifiedLine[]): PageLayout {
  const count = classified.length;
  const furniture = new Uint8Array(count);
  const pageStart = new Uint8Array(count);
  let dotted = 0;
  for (let c = 0; c < count; c++) {
    const { line, info } = classified[c];
    if (info.kind === "page-number") furniture[c] = Furniture.PageNumber;
    if (c === 0 || formFeedBefore(text, classified[c - 1].line.end, line.start + info.indent)) pageStart[c] = 1;
    if (info.kind === "number") dotted++;
  }
  markRomanPageNumbers(text, classified, furniture, pageStart);
  markRunningLines(text, classified, furniture, pageStart);
  const nextBoundary = new Int32Array(count + 1);
  nextBoundary[count] = count;
  for (let c = count - 1; c >= 0; c--) nextBoundary[c] = furniture[c] !== Furniture.None || pageStart[c] ? c : nextBoundary[c + 1];
  const endnotes = findEndnotes(text, classified);
  const first = endnotes >= 0 && endnotes + 1 < count ? lineText(text, classified[endnotes + 1]) : "";
  return {
    furniture,
    nextBoundary,
    endnotes,
    endnoteLabels: ROMAN_LABEL.test(first) ? "roman" : "numeric",
    undottedNumbers: dotted < 3,
  };
}

/** Whether a form feed stands between two lines, on blank lines between them too, as pdfminer leaves it at a page top. */
function formFeedBefore(text: SourceText, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === FORM_FEED) return true;
  return false;
}

/** Whether a line of the endnotes starts a new note, given how they are labelled. */
export function endnoteLabel(lineText: string, labels: PageLayout["endnoteLabels"]): string | undefined {
  const match = (labels === "roman" ? ROMAN_LABEL : NUMERIC_LABEL).exec(lineText);
  return match ? match[0].replace(/[.)[\]\s]/g, "") : undefined;
}

function markRunningLines(text: SourceText, classified: readonly ClassifiedLine[], furniture: Uint8Array, pageStart: Uint8Array): void {
  const count = classified.length;
  const nearBreak = new Uint8Array(count);
  for (let c = 0; c < count; c++) {
    if (furniture[c] === Furniture.None && !pageStart[c]) continue;
    const from = pageStart[c] ? c : Math.max(0, c - RUNNING_REACH);
    for (let n = from; n < Math.min(count, c + RUNNING_REACH + (pageStart[c] ? 0 : 1)); n++) nearBreak[n] = 1;
    if (pageStart[c]) for (let n = Math.max(0, c - RUNNING_REACH); n < c; n++) nearBreak[n] = 1;
  }
  // The end of the text ends the last page.
  for (let n = Math.max(0, count - RUNNING_REACH); n < count; n++) nearBreak[n] = 1;
  const groups = new Map<string, number[]>();
  for (let c = 0; c < count; c++) {
    const { line, info } = classified[c];
    // A letter-spaced line is read as a heading, and may be a running header too.
    const spaced = info.kind === "roman-heading" && info.headingStyle === "plain";
    if (furniture[c] !== Furniture.None || (info.kind !== "text" && info.kind !== "note" && !spaced)) continue;
    if (line.end - line.start > MAX_RUNNING_LENGTH) continue;
    // Away from a known page break, only a line that ends with a number may be a running line that counts the pages.
    if (!nearBreak[c] && !endsWithDigit(text, line.start, line.end)) continue;
    const key = runningKey(text.slice(line.start, line.end));
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  // Pages start at form feeds; text without them (pages joined by line breaks) has a page number on each.
  let breaks = 0;
  let numbers = 1;
  for (let c = 0; c < count; c++) {
    if (pageStart[c]) breaks++;
    if (furniture[c] === Furniture.PageNumber) numbers++;
  }
  const pages = breaks > 1 ? breaks : numbers;
  const repeats = Math.max(MIN_RUNNING_REPEATS, Math.ceil(pages / 2));
  for (const [key, group] of groups) {
    if (TABLE_ROW.test(key)) continue;
    // Text without form feeds or page numbers (pypdf's) shows its page breaks only in a running line that counts the pages.
    if (group.length >= 2 && key.length >= MIN_COUNTING_KEY && countsPages(text, classified, group)) {
      for (const c of group) furniture[c] = Furniture.RunningLine;
      // The same line without a number, at the top of the first page.
      for (const c of groups.get(key.replace(/ ?#$/, "")) ?? []) if (nearBreak[c]) furniture[c] = Furniture.RunningLine;
      continue;
    }
    const near = group.filter((c) => nearBreak[c]);
    const everyPage = pages > 1 && near.length >= pages && onPagesOfTheirOwn(near, furniture, pageStart);
    if (near.length >= repeats || (near.length >= 2 && everyPage)) for (const c of near) furniture[c] = Furniture.RunningLine;
  }
}

/** No two of the lines on one page: a page break or a page number between each and the next ("1 Report, 2019." and "2 Report, 2023." are two footnotes). */
function onPagesOfTheirOwn(group: readonly number[], furniture: Uint8Array, pageStart: Uint8Array): boolean {
  for (let g = 1; g < group.length; g++) {
    let broken = false;
    for (let c = group[g - 1] + 1; c <= group[g] && !broken; c++) broken = pageStart[c] === 1 || furniture[c] === Furniture.PageNumber;
    if (!broken) return false;
  }
  return true;
}

function endsWithDigit(text: SourceText, start: number, end: number): boolean {
  let at = end - 1;
  while (at > start && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at--;
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/** The lines' last numbers count up by one from the first pages, as a page number in a running line does: "… 2016 1", "… 2016 2". */
function countsPages(text: SourceText, classified: readonly ClassifiedLine[], group: readonly number[]): boolean {
  let previous = -1;
  for (const c of group) {
    const { line } = classified[c];
    const number = LAST_NUMBER.exec(text.slice(line.start, line.end));
    if (!number || (previous >= 0 ? Number(number[1]) !== previous + 1 : Number(number[1]) > MAX_FIRST_PAGE)) return false;
    previous = Number(number[1]);
  }
  return true;
}

/** The first page a running line numbers: a cover and a contents page may go without one. */
const MAX_FIRST_PAGE = 3;
/** A running line that counts the pages has more than its number: "Page #" alone is a page number, "Recommendation #" a heading. */
const MIN_COUNTING_KEY = 20;
const LAST_NUMBER = /(?<!\d)(\d{1,3})\D*$/;
const ROMAN_PAGE = /^[ivx]{1,5}[ \t]*$/;

/** "ii" alone on the last line of a page: the page number of a preface or summary. */
function markRomanPageNumbers(text: SourceText, classified: readonly ClassifiedLine[], furniture: Uint8Array, pageStart: Uint8Array): void {
  for (let c = 0; c < classified.length; c++) {
    if ((c + 1 === classified.length || pageStart[c + 1]) && classified[c].info.kind === "text" && ROMAN_PAGE.test(lineText(text, classified[c]))) {
      furniture[c] = Furniture.PageNumber;
    }
  }
}

/** Figures alone, three or more: a row of a table ("1998 157 2 14 12"), not a footer ("3 / 9"). */
const TABLE_ROW = /^[^\p{L}]*#[^\p{L}#]+#[^\p{L}#]+#[^\p{L}]*$/u;

/** A running line with its page number and spacing taken out: "Page 3 of 9" and "Page 4 of 9" are one. */
function runningKey(line: string): string {
  return line.replace(/\s+/g, " ").replace(/\d+/g, "#").trim().toLowerCase();
}

function findEndnotes(text: SourceText, classified: readonly ClassifiedLine[]): number {
  for (let c = classified.length - 2; c >= Math.floor(classified.length / 3); c--) {
    const line = lineText(text, classified[c]);
    if (ENDNOTES_HEADING.test(line) || (REFERENCES_HEADING.test(line) && NUMERIC_LABEL.test(lineText(text, classified[c + 1])))) return c;
  }
  return -1;
}

function lineText(text: SourceText, { line, info }: ClassifiedLine): string {
  return text.slice(line.start + info.indent, line.end);
}
