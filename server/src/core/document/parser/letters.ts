import type { SourceText } from "../../text/source-text.js";
import { isRomanInContext, parenMarker } from "../../text/numerals.js";
import { endsSentence } from "./blocks.js";
import { asText, type LineInfo } from "./lines.js";
import type { ClassifiedLine } from "./page-layout.js";

/** Lines that end a lettered list: numbered paragraphs, headings, footnote definitions. */
const LIST_BREAKS: ReadonlySet<string> = new Set(["number", "hash-heading", "roman-heading", "upper-letter", "footnote-definition"]);
const HEADINGS: ReadonlySet<string> = new Set(["hash-heading", "roman-heading", "upper-letter"]);

/**
 * Settles the lettered lines of pasted text that take their context to be list items: "(b) …",
 * and letters indented as `pdftotext -layout` sets them. Such a line is an item when it follows
 * an item of the same list, or when it is "(a)" below a heading or a line that ends a sentence or
 * a lead-in; else it is text, as a line wrapped before "(c) of the Convention" is. A marker that
 * reads as a Roman numeral among Roman numerals ("(i)" above "(ii)") is text too.
 */
export function settleLetters(text: SourceText, classified: ClassifiedLine[]): void {
  let inList = false;
  for (let c = 0; c < classified.length; c++) {
    const { line, info } = classified[c];
    if (info.kind !== "letter") {
      if (LIST_BREAKS.has(info.kind)) inList = false;
      continue;
    }
    const own = text.slice(line.start + info.indent, line.end);
    if (info.indent <= 3 && own.charCodeAt(0) !== 40 /* ( */) {
      inList = true;
      continue;
    }
    const inner = parenMarker(own);
    const roman = inner !== undefined && isRomanInContext(inner, markerNear(text, classified, c, -1), markerNear(text, classified, c, 1));
    if (!roman && (inList || (info.marker!.value === 1 && opensList(text, classified, c)))) inList = true;
    else classified[c] = { line, info: asText(info) };
  }
}

/**
 * Whether canonical text takes the lettered line `info` for an item: at most three spaces in, and
 * "(b) …" only where a block may start, so that "(i) …" lines inside a paragraph stay in it.
 */
export function canonicalLetter(line: string, info: LineInfo, blockStart: boolean): boolean {
  return info.indent <= 3 && (blockStart || line.charCodeAt(info.indent) !== 40 /* ( */);
}

function opensList(text: SourceText, classified: ClassifiedLine[], c: number): boolean {
  if (c === 0) return false;
  const { line, info } = classified[c - 1];
  return HEADINGS.has(info.kind) || endsSentence(text.slice(line.start, line.end));
}

/** The parenthesised marker of the nearest line before (`step` -1) or after (1) line `c` that has one, within the list. */
function markerNear(text: SourceText, classified: ClassifiedLine[], c: number, step: 1 | -1): string | undefined {
  for (let n = c + step; n >= 0 && n < classified.length; n += step) {
    const { line, info } = classified[n];
    const inner = parenMarker(text.slice(line.start + info.indent, line.end));
    if (inner !== undefined) return inner;
    if (LIST_BREAKS.has(info.kind)) return undefined;
  }
  return undefined;
}
