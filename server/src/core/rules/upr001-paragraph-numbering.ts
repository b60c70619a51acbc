import type { Block, CrossReference, UprDocument } from "../model.js";
import { describeMissing, renumberEdits, sequenceBreaks } from "./sequence.js";
import type { Fix, Rule, TextEdit } from "./types.js";

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
    for (const found of sequenceBreaks(markers)) {
      const marker = markers[found.index];
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
        fixes: [renumberFix(document, found.index)],
      });
    }
  },
};

/** Renumbers paragraphs from `from` to the end, and the cross-references that pointed at them. */
export function renumberFix(document: UprDocument, from: number): Fix {
  const markers = document.paragraphs.map((paragraph) => paragraph.marker!);
  const edits = renumberEdits(markers, from, String);
  const referenceEdits = crossReferenceEdits(document.paragraphs, document.crossReferences, from);
  const last = markers.length;
  const range = from + 1 === last ? `paragraph ${last}` : `paragraphs ${from + 1}–${last}`;
  const references = referenceEdits.length === 0 ? "" : ` and ${referenceEdits.length} cross-reference${referenceEdits.length > 1 ? "s" : ""}`;
  return { title: `Renumber ${range} in order${references}`, edits: [...edits, ...referenceEdits] };
}

/** A cross-reference follows its paragraph when the old number named exactly one paragraph. */
function crossReferenceEdits(paragraphs: Block[], references: CrossReference[], from: number): TextEdit[] {
  const positions = new Map<number, number[]>();
  paragraphs.forEach((paragraph, position) => {
    const list = positions.get(paragraph.marker!.value) ?? [];
    list.push(position);
    positions.set(paragraph.marker!.value, list);
  });
  const edits: TextEdit[] = [];
  for (const reference of references) {
    for (const target of reference.numbers) {
      const matches = positions.get(target.value);
      if (!matches || matches.length !== 1 || matches[0] < from) continue;
      const wanted = String(matches[0] + 1);
      if (wanted !== target.text) edits.push({ start: target.start, end: target.end, newText: wanted });
    }
  }
  return edits;
}
