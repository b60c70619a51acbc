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
    if (document.mode !== "canonical") return;
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
