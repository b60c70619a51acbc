import type { SourceText } from "../../text/source-text.js";
import type { LineInfo } from "./lines.js";
import type { ClassifiedLine } from "./page-layout.js";

/** A footnote marker in brackets inside a line, after a word, a figure or punctuation: "in 2017.[3]". */
const INLINE_BRACKET_MARKER = /[\p{L}\d.,;:!?’”"')]\[\d{1,3}\]/u;
/** So many lines numbered in brackets at least, to be a draft's paragraph numbers. */
const MIN_BRACKET_PARAGRAPHS = 3;

/**
 * Settles the lines of pasted text that start "[1] …": footnote texts as Word pastes them after
 * the body, or a draft's paragraph numbers in brackets. They are paragraph numbers when no
 * bracketed marker stands inside a line anywhere (no footnote refers to them), the first of them
 * is [1] and comes in the first half of the text, and unbracketed lines (headings) come between
 * them: footnote texts at the end follow one another.
 */
export function settleBracketNumbers(text: SourceText, classified: ClassifiedLine[]): void {
  const bracketed: number[] = [];
  for (let c = 0; c < classified.length; c++) if (isBracketed(text, classified[c])) bracketed.push(c);
  if (bracketed.length < MIN_BRACKET_PARAGRAPHS) return;
  const first = classified[bracketed[0]];
  if (first.info.label !== "1" || bracketed[0] * 2 >= classified.length) return;
  let between = false;
  for (let b = 1; b < bracketed.length && !between; b++) {
    for (let c = bracketed[b - 1] + 1; c < bracketed[b] && !between; c++) between = startsOwnLine(classified[c].info);
  }
  if (!between) return;
  for (const { line } of classified) if (INLINE_BRACKET_MARKER.test(text.slice(line.start, line.end))) return;
  for (const c of bracketed) {
    const { line, info } = classified[c];
    classified[c] = { line, info: numbered(info) };
  }
}

function isBracketed(text: SourceText, { line, info }: ClassifiedLine): boolean {
  return info.kind === "bracket-note" && text.charCodeAt(line.start + info.indent) === 91 /* [ */;
}

/** A line that is no wrapped text: a heading, a list item, or text that starts with a capital. */
function startsOwnLine(info: LineInfo): boolean {
  return info.kind !== "text" || info.indent === 0;
}

/** "[12] " read as paragraph 12: the number inside the brackets is the marker. */
function numbered(info: LineInfo): LineInfo {
  const label = info.label!;
  const start = info.indent + 1;
  return { ...info, kind: "number", label: undefined, marker: { start, end: start + label.length, text: label, value: Number(label) } };
}
