import type { Block, CrossReference, UprDocument } from "../document/model.js";
import { describeMissing, renumberEdits, sequenceBreaks } from "./sequence.js";
import type { Fix, TextEdit } from "../text/edit.js";
import type { Rule } from "./types.js";

export const paragraphNumbering: Rule = {
  id: "UPR001",
  name: "paragraph-numbering",
  description: "Numbered paragraphs run 1, 2, 3 … across all sections, with no gap, duplicate or step back.",
  rationale:
    "OHCHR asks for numbered paragraphs so that its summary can cite them; a gap or a duplicate after a cut and paste makes citations point at the wrong text.",
  tags: ["structure", "numbering"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const markers = document.paragraphs.map((paragraph) => paragraph.marker!);
    const breaks = sequenceBreaks(markers);
    // Worked out once for all breaks: a fix computing them itself would make many breaks quadratic.
    const positions = breaks.length > 0 ? positionsByNumber(document.paragraphs) : undefined;
    breaks.forEach((found, b) => {
      const marker = markers[found.index];
      const until = breaks[b + 1]?.index ?? markers.length;
      const message =
        found.kind === "start"
          ? `Paragraph numbering starts at ${found.actual}; it should start at 1.`
          : found.kind === "gap"
            ? `Paragraph numbering jumps from ${found.previous} to ${found.actual}: ${describeMissing(found.previous! + 1, found.actual - 1, String)} missing.`
            : found.kind === "duplicate"
              ? `Paragraph number ${found.actual} is used twice.`
              : `Paragraph ${found.actual} comes after paragraph ${found.previous}: out of order.`;
      report({
        start: marker.start,
        end: marker.end,
        message,
        expected: String(found.expected),
        actual: String(found.actual),
        fixes: [renumberFix(document, found.index, until, positions, markers)],
      });
    });
  },
};

/**
 * Gives paragraphs `from` … `to` - 1 the numbers of their positions, and updates the
 * cross-references that pointed at them. Each break's fix runs up to the next break, so the
 * fixes of all breaks together renumber the whole document once.
 */
export function renumberFix(
  document: UprDocument,
  from: number,
  to = document.paragraphs.length,
  positions = positionsByNumber(document.paragraphs),
  markers = document.paragraphs.map((paragraph) => paragraph.marker!),
): Fix {
  const edits = renumberEdits(markers, from, String, to);
  const referenceEdits = crossReferenceEdits(document.crossReferences, positions, from, to);
  const range = from + 1 === to ? `paragraph ${to}` : `paragraphs ${from + 1}–${to}`;
  const references = referenceEdits.length === 0 ? "" : ` and ${referenceEdits.length} cross-reference${referenceEdits.length > 1 ? "s" : ""}`;
  return { title: `Renumber ${range} in order${references}`, edits: [...edits, ...referenceEdits] };
}

/** Where each paragraph number occurs, by position. */
function positionsByNumber(paragraphs: Block[]): Map<number, number[]> {
  const positions = new Map<number, number[]>();
  paragraphs.forEach((paragraph, position) => {
    const list = positions.get(paragraph.marker!.value);
    if (list) list.push(position);
    else positions.set(paragraph.marker!.value, [position]);
  });
  return positions;
}

/** A cross-reference follows its paragraph when the old number named exactly one paragraph. */
function crossReferenceEdits(references: CrossReference[], positions: Map<number, number[]>, from: number, to: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const reference of references) {
    for (const target of reference.numbers) {
      const matches = positions.get(target.value);
      if (!matches || matches.length !== 1 || matches[0] < from || matches[0] >= to) continue;
      const wanted = String(matches[0] + 1);
      if (wanted !== target.text) edits.push({ start: target.start, end: target.end, newText: wanted });
    }
  }
  return edits;
}
