import type { Block, FootnoteReference, UprDocument } from "../document/model.js";
import type { SourceText } from "../text/source-text.js";
import type { Span } from "../text/text.js";
import { BlockCache } from "../analysis/block-cache.js";
import { overlapsAny, sortedSpans } from "../document/span-search.js";
import type { Rule } from "./types.js";

/**
 * A footnote number at the end of a line, glued to the full stop of a sentence or set off from it
 * by a space ("children.1", "punishment. 1"), as a marker is left there.
 */
const LINE_END_MARKER = /(?<=\p{L}{2}[.!?][’”"')]{0,2} ?)\d{1,3}(?=[ \t\r]*$)/gmu;
/** How far below the last footnote a number must fall to be a marker repeated, not a figure in order. */
const MIN_DROP = 2;
const EXCERPT = 70;

export const repeatedFootnoteMarker: Rule = {
  id: "UPR010",
  name: "repeated-footnote-marker",
  description:
    "A footnote number left at the end of a sentence long after that footnote was referred to (marker 1 again after footnote 5), pointing at a note that has nothing to do with it.",
  rationale:
    "A marker copied along with a quotation or a bullet from another document points the reader to the wrong source. Only a bare number at a line end, after a full stop, whose footnote was referred to before and lies at least two below the last one, is reported; figures, list and page numbers, and `[^1]` written again on purpose are left alone.",
  tags: ["footnotes"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    const references = document.footnoteReferences;
    if (references.length === 0) return;
    const candidates = numbersAtLineEnds(document);
    if (candidates.length === 0) return;
    const taken = new Set(references.map((reference) => reference.start));
    const notes = new Map(document.footnoteDefinitions.filter((note) => note.label).map((note) => [note.label!, note]));
    const apart = sortedSpans([...document.footnoteDefinitions, ...document.furniture]);
    const first = new Map<string, FootnoteReference>();
    let r = 0;
    let highest = 0;
    for (const { block, span } of candidates) {
      const at = span.start;
      for (; r < references.length && references[r].start < at; r++) {
        const reference = references[r];
        if (!first.has(reference.label)) first.set(reference.label, reference);
        if (/^\d+$/.test(reference.label)) highest = Math.max(highest, Number(reference.label));
      }
      const label = document.text.slice(span.start, span.end);
      const value = Number(label);
      const earlier = first.get(label);
      const note = notes.get(label);
      if (!earlier || !note || taken.has(at) || value + MIN_DROP > highest) continue;
      if (overlapsAny(apart, span) || overlapsAny(block.artefacts, span)) continue;
      if (sentenceGoesOn(document.text, span.end)) continue;
      const line = document.index.lineAt(earlier.start).index + 1;
      report({
        ...span,
        message: `Footnote marker ${label} again, after footnote ${highest}: footnote ${label}, referred to on line ${line}, is “${noteExcerpt(document, note)}”. Give this text a footnote of its own, or take the number out.`,
        expected: `footnote ${highest + 1} or none`,
        actual: label,
      });
    }
  },
};

/** The numbers after a full stop at the ends of lines, outside footnote texts and comments, in order. */
function numbersAtLineEnds(document: UprDocument): { block: Block; span: Span }[] {
  const found: { block: Block; span: Span }[] = [];
  const { blocks } = document;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.kind === "footnote" || block.kind === "comment") continue;
    for (const span of lineEndNumbers.at(document, index)) {
      found.push({ block, span: { start: block.start + span.start, end: block.start + span.end } });
    }
  }
  return found;
}

const NONE: readonly Span[] = [];

/** The block's numbers at line ends after a full stop, at offsets from the block's start. */
const lineEndNumbers = new BlockCache<readonly Span[]>((document, block) => {
  if (!endsALineWithADigit(document, block)) return NONE;
  const found = [...document.text.slice(block.start, block.end).matchAll(LINE_END_MARKER)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return found.length > 0 ? found : NONE;
});

/** Whether a line of the block ends in a digit (before trailing blanks): the cheap test that spares matching the block. */
function endsALineWithADigit(document: UprDocument, block: Block): boolean {
  const { ends } = document.index;
  for (let line = block.firstLine; line <= block.lastLine; line++) {
    let at = ends[line] - 1;
    while (at > block.start && TRAILING_BLANK.has(document.text.charCodeAt(at))) at--;
    const code = document.text.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** Space, tab and carriage return. */
const TRAILING_BLANK = new Set([0x20, 0x09, 0x0d]);

/** Whether the next line with text goes on with the sentence ("… children. 1 / in 5 live in poverty"): the number is then a figure. */
function sentenceGoesOn(text: SourceText, from: number): boolean {
  const next = /\S/.exec(text.slice(from, from + 200).replace(/^[^\n]*\n/, ""));
  return next !== null && /\p{Ll}/u.test(next[0]);
}

/** The note's text, without the number a pasted footnote text opens with. */
function noteExcerpt(document: UprDocument, note: { label?: string; content: { start: number; end: number } }): string {
  let words = document.text.slice(note.content.start, note.content.end).replace(/\s+/g, " ").trim();
  if (note.label && words.startsWith(`${note.label} `)) words = words.slice(note.label.length + 1);
  return words.length > EXCERPT ? `${words.slice(0, EXCERPT - 1)}…` : words;
}
