import { charAt } from "../text/source-text.js";
import { lastLineSpan } from "../document/block-lines.js";
import type { Block, CrossReference, UprDocument } from "../document/model.js";
import { endsSentence } from "../document/parser/blocks.js";
import { firstStartingFrom } from "../document/span-search.js";
import { expectedLabels, labelBreaks, labelledRecommendationRuns, type LabelBreak, type LabelMarker } from "../analysis/labelled-recommendations.js";
import { expectedNumbers, numberedRun, numberingBreaks, numberingScheme, type NumberedRun, type NumberingBreak } from "../analysis/numbering.js";
import type { Fix, TextEdit } from "../text/edit.js";
import { describeMissing } from "./sequence.js";
import type { Rule } from "./types.js";

export const paragraphNumbering: Rule = {
  id: "UPR001",
  name: "paragraph-numbering",
  description:
    "Numbered paragraphs run without a gap, duplicate or step back, in the draft's scheme: 1, 2, 3 … across all sections (the OHCHR default), decimal (1., 1.1, 1.1.1) or afresh in each section. Recommendations the draft labels with its section's number (\"Recommendation 3.1:\") run the same way; an earlier report's recommendations quoted by number are left alone. A number with no text and a numbered block quotation are flagged too.",
  rationale:
    "OHCHR asks for numbered paragraphs so that its summary can cite them; a gap or a duplicate after a cut and paste makes citations point at the wrong text.",
  tags: ["structure", "numbering"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, options, report }) {
    const run = numberedRun(document, numberingScheme(document, options.numbering));
    const breaks = numberingBreaks(run);
    const targets = breaks.length > 0 && run.scheme === "flat" ? singleTargets(document.crossReferences, run.blocks) : [];
    breaks.forEach((found, b) => {
      const marker = run.blocks[found.index].marker!;
      const fix = found.kind === "missing-level" ? undefined : renumberFix(run, targets, found.index, breaks[b + 1]?.index ?? run.blocks.length);
      report({ start: marker.start, end: marker.end, message: breakMessage(found, run), expected: found.expected, actual: found.actual, fixes: fix && [fix] });
    });
    for (const labels of labelledRecommendationRuns(document)) {
      const found = labelBreaks(labels);
      found.forEach((labelBreak, b) => {
        const marker = labels[labelBreak.index];
        const fix = relabelFix(labels, labelBreak.index, found[b + 1]?.index ?? labels.length);
        report({ start: marker.start, end: marker.end, message: labelMessage(labelBreak, marker), expected: labelBreak.expected, actual: marker.text, fixes: [fix] });
      });
    }
    for (const block of run.blocks) {
      const marker = block.marker!;
      if (block.kind === "paragraph" && block.content.start >= block.content.end) {
        report({ start: marker.start, end: marker.end, message: `Paragraph ${marker.text} has no text: the number stands alone.` });
      } else if (block.kind === "paragraph" && isNumberedQuotation(document, block)) {
        report({ start: marker.start, end: marker.end, message: `Paragraph ${marker.text} is a block quotation: a quotation takes no paragraph number.` });
      } else if (block.kind === "paragraph" && startsMidSentence(document, block)) {
        report({
          start: marker.start,
          end: marker.end,
          message: `Paragraph ${marker.text} starts mid-sentence: its number splits the paragraph before in two.`,
        });
      }
    }
  },
};

function breakMessage(found: NumberingBreak, run: NumberedRun): string {
  const { actual, previous, expected } = found;
  switch (found.kind) {
    case "start":
      return `Paragraph numbering starts at ${actual}; it should start at ${expected}.`;
    case "gap":
      return run.scheme === "decimal"
        ? `Paragraph ${actual} follows ${previous}; expected ${expected}.`
        : `Paragraph numbering jumps from ${previous} to ${actual}: ${describeMissing(Number(previous) + 1, Number(actual) - 1, String)} missing.`;
    case "duplicate":
      return `Paragraph number ${actual} is used twice.`;
    case "order":
      return `Paragraph ${actual} comes after paragraph ${previous}: out of order.`;
    case "missing-level":
      return `Paragraph ${actual} follows ${previous}, but nothing is numbered ${expected}.`;
  }
}

function labelMessage(found: LabelBreak, marker: LabelMarker): string {
  switch (found.kind) {
    case "start":
      return `Labelled recommendations start at ${marker.text}; they should start at ${found.expected}.`;
    case "gap":
      return `Recommendation ${marker.text} follows ${found.previous}; expected ${found.expected}.`;
    case "duplicate":
      return `Recommendation number ${marker.text} is used twice.`;
    case "order":
      return `Recommendation ${marker.text} comes after recommendation ${found.previous}: out of order.`;
  }
}

/** Gives the labels `from` … `to` - 1 the numbers that follow the label before them. */
function relabelFix(labels: LabelMarker[], from: number, to: number): Fix {
  const wanted = expectedLabels(labels, from, to);
  const edits: TextEdit[] = [];
  for (let i = from; i < to; i++) if (labels[i].text !== wanted[i - from]) edits.push({ start: labels[i].start, end: labels[i].end, newText: wanted[i - from] });
  const range = from + 1 === to ? `recommendation ${wanted[0]}` : `recommendations ${wanted[0]}–${wanted[wanted.length - 1]}`;
  return { title: `Renumber ${range} in order`, edits };
}

/**
 * Gives the numbered blocks `from` … `to` - 1 the numbers the scheme expects after the block
 * before them, and updates the cross-references that pointed at them (flat numbering). Each
 * break's fix runs up to the next break, so the fixes of all breaks together renumber the draft.
 */
function renumberFix(run: NumberedRun, targets: SingleTarget[], from: number, to: number): Fix {
  const wanted = expectedNumbers(run, from, to);
  const edits: TextEdit[] = [];
  for (let i = from; i < to; i++) {
    const marker = run.blocks[i].marker!;
    if (marker.text !== wanted[i - from]) edits.push({ start: marker.start, end: marker.end, newText: wanted[i - from] });
  }
  const referenceEdits = crossReferenceEdits(targets, from, wanted);
  const range = from + 1 === to ? `paragraph ${wanted[0]}` : `paragraphs ${wanted[0]}–${wanted[wanted.length - 1]}`;
  const references = referenceEdits.length === 0 ? "" : ` and ${referenceEdits.length} cross-reference${referenceEdits.length > 1 ? "s" : ""}`;
  return { title: `Renumber ${range} in order${references}`, edits: [...edits, ...referenceEdits] };
}

/** A number in a cross-reference that names exactly one paragraph of the run, with that paragraph's position in the run. */
interface SingleTarget {
  position: number;
  number: CrossReference["numbers"][number];
}

/** The cross-reference numbers that name exactly one paragraph of the run, by that paragraph's position. */
function singleTargets(references: CrossReference[], blocks: Block[]): SingleTarget[] {
  if (references.length === 0) return [];
  const positions = new Map<number, number>();
  blocks.forEach((block, position) => positions.set(block.marker!.value, positions.has(block.marker!.value) ? -1 : position));
  const targets: SingleTarget[] = [];
  for (const reference of references) {
    for (const number of reference.numbers) {
      const position = positions.get(number.value);
      if (position !== undefined && position >= 0) targets.push({ position, number });
    }
  }
  return targets.sort((a, b) => a.position - b.position || a.number.start - b.number.start);
}

/** A cross-reference follows its paragraph when the old number named exactly one paragraph. */
function crossReferenceEdits(targets: SingleTarget[], from: number, wanted: string[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const first = targets.findIndex((target) => target.position >= from);
  for (let k = first < 0 ? targets.length : first; k < targets.length && targets[k].position < from + wanted.length; k++) {
    const { position, number } = targets[k];
    const newText = wanted[position - from];
    if (newText !== number.text) edits.push({ start: number.start, end: number.end, newText });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** A paragraph that opens with a lower-case word after a paragraph that stopped mid-sentence. */
function startsMidSentence(document: UprDocument, block: Block): boolean {
  const text = document.text;
  const first = charAt(text, block.content.start) ?? "";
  if (first === first.toUpperCase()) return false;
  const index = firstStartingFrom(document.blocks, block.start);
  const previous = index > 0 ? document.blocks[index - 1] : undefined;
  if (!previous || (previous.kind !== "paragraph" && previous.kind !== "text")) return false;
  const last = lastLineSpan(previous);
  return last !== undefined && !endsSentence(text.slice(last.start, last.end));
}

const OPENING = "“\"‘„«";
/** A closing quotation mark at the end, with a footnote marker after it, bare or `[^5]`. */
const CLOSING = /[”"’‟»][.,;]?(?:\d{0,3}|\[\^[^\]\s]{1,20}\])\s*$/;

/** A numbered paragraph that is all quotation, after a lead-in ending in a colon. */
function isNumberedQuotation(document: UprDocument, block: Block): boolean {
  const text = document.text;
  if (!OPENING.includes(charAt(text, block.content.start) ?? "")) return false;
  if (!CLOSING.test(text.slice(Math.max(block.content.start, block.end - 12), block.end))) return false;
  const index = firstStartingFrom(document.blocks, block.start);
  const previous = index > 0 ? document.blocks[index - 1] : undefined;
  return previous !== undefined && /:\s*$/.test(text.slice(previous.start, previous.end));
}
