import type { UprDocument } from "../document/model.js";
import type { Fix, TextEdit } from "../text/edit.js";
import type { Rule } from "./types.js";

export const footnoteOrder: Rule = {
  id: "UPR006",
  name: "footnote-order",
  description: "Footnotes are numbered in the order they are first referred to: [^1], [^2], [^3] ….",
  rationale: "Readers and the OHCHR summary follow footnotes by number; out-of-order numbers usually come from moved text.",
  tags: ["footnotes"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const seen = new Set<string>();
    let expected = 1;
    for (const reference of document.footnoteReferences) {
      if (seen.has(reference.label)) continue;
      seen.add(reference.label);
      if (!/^\d+$/.test(reference.label)) continue;
      const value = Number(reference.label);
      // In pasted text a marker glued to a figure may stay unread: while the footnote's text is there, its number is not known missing.
      // Nor in a draft whose footnote text has no marker at all: where the marker goes, and so the order, is not known.
      if (value !== expected && hasText(document, String(expected)) && (document.mode === "pasted" || !isReferenced(document, String(expected)))) return;
      if (value !== expected) {
        report({
          start: reference.start,
          end: reference.end,
          message: `Footnote ${reference.label} is the ${ordinal(expected)} footnote referred to; number it ${expected}.`,
          expected: String(expected),
          actual: reference.label,
          fixes: document.mode === "canonical" ? [renumberFootnotesFix(document)] : undefined,
        });
        return;
      }
      expected++;
    }
  },
};

/** Gives numbered footnotes the numbers of their first reference, in references and footnote texts alike. */
export function renumberFootnotesFix(document: UprDocument): Fix {
  const mapping = new Map<string, string>();
  for (const reference of document.footnoteReferences) {
    if (/^\d+$/.test(reference.label) && !mapping.has(reference.label)) mapping.set(reference.label, String(mapping.size + 1));
  }
  const edits: TextEdit[] = [];
  for (const reference of document.footnoteReferences) {
    const wanted = mapping.get(reference.label);
    if (wanted && wanted !== reference.label) edits.push({ start: reference.start, end: reference.end, newText: `[^${wanted}]` });
  }
  for (const definition of document.footnoteDefinitions) {
    const wanted = definition.label && mapping.get(definition.label);
    if (wanted && wanted !== definition.label) {
      const labelStart = definition.start + 2;
      edits.push({ start: labelStart, end: labelStart + definition.label!.length, newText: wanted });
    }
  }
  return { title: "Renumber footnotes in order of first reference", edits };
}

function isReferenced(document: UprDocument, label: string): boolean {
  return document.footnoteReferences.some((reference) => reference.label === label);
}

function hasText(document: UprDocument, label: string): boolean {
  return document.footnoteDefinitions.some((definition) => definition.label === label);
}

function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : value % 10 === 1 ? "st" : value % 10 === 2 ? "nd" : value % 10 === 3 ? "rd" : "th";
  return `${value}${suffix}`;
}
