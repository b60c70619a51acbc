import type { UprDocument } from "../document/model.js";
import type { Rule } from "./types.js";

export const footnoteDefinitions: Rule = {
  id: "UPR007",
  name: "footnote-definitions",
  description: "Every footnote reference has a footnote text, every footnote text is referred to, and no label is defined twice.",
  rationale: "A reference with no text leaves a claim unsourced; a text nobody refers to is a leftover from an earlier draft.",
  tags: ["footnotes"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    if (document.mode !== "canonical") {
      reportPastedWithoutText(document, report);
      return;
    }
    const defined = new Map<string, number>();
    for (const definition of document.footnoteDefinitions) {
      const label = definition.label!;
      if (defined.has(label)) {
        report({
          start: definition.start,
          end: definition.content.start,
          message: `Footnote ${label} has a second text; the first, on line ${document.index.lineAt(defined.get(label)!).index + 1}, is the one used.`,
        });
      } else {
        defined.set(label, definition.start);
      }
    }
    const referenced = new Set<string>();
    for (const reference of document.footnoteReferences) {
      referenced.add(reference.label);
      if (!defined.has(reference.label)) {
        report({ start: reference.start, end: reference.end, message: `Footnote ${reference.label} has no text: add \`[^${reference.label}]: …\`.` });
      }
    }
    for (const definition of document.footnoteDefinitions) {
      if (!referenced.has(definition.label!)) {
        report({ start: definition.start, end: definition.content.start, message: `Footnote ${definition.label} is never referred to.` });
      }
    }
  },
};

/**
 * Pasted text: footnote markers and texts are read from the layout, so only a marker plainly
 * without a text is reported, one whose neighbours (the footnotes numbered just before and after
 * it) have theirs.
 */
function reportPastedWithoutText(document: UprDocument, report: Parameters<Rule["check"]>[0]["report"]): void {
  const defined = new Set(document.footnoteDefinitions.map((definition) => definition.label));
  const reported = new Set<string>();
  for (const reference of document.footnoteReferences) {
    const label = reference.label;
    if (defined.has(label) || reported.has(label) || !/^\d{1,3}$/.test(label)) continue;
    const value = Number(label);
    if (!defined.has(String(value - 1)) || !defined.has(String(value + 1))) continue;
    reported.add(label);
    report({ start: reference.start, end: reference.end, message: `Footnote ${label} has no text: the footnotes around it have theirs.` });
  }
}
