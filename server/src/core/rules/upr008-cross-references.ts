import type { Rule } from "./types.js";

export const crossReferences: Rule = {
  id: "UPR008",
  name: "cross-references",
  description: "References such as `see paragraph 12`, `paras 3–5` or, in decimal numbering, `paragraphs 2.13–2.14` point at paragraphs that exist.",
  rationale: "After paragraphs are cut, merged or renumbered, internal references silently point at the wrong text.",
  tags: ["structure", "references"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    if (document.crossReferences.length === 0) return;
    const { paragraphs } = document;
    const numbers = new Set(paragraphs.map((paragraph) => paragraph.marker!.text));
    for (const column of document.columnParagraphs) for (const paragraph of column.paragraphs) numbers.add(paragraph.marker!.text);
    const decimal = paragraphs.some((paragraph) => paragraph.marker!.path);
    // In decimal numbering a section's own number (`2.` above 2.1) is a paragraph number too.
    if (decimal) for (const block of document.blocks) if (block.heading?.style === "numbered" && block.marker) numbers.add(block.marker.text);
    const last = paragraphs.at(-1)?.marker!.text;
    const extent = last === undefined ? "the draft has no numbered paragraphs" : `paragraphs run ${decimal ? paragraphs[0].marker!.text : "1"}–${last}`;
    for (const reference of document.crossReferences) {
      // A number of the other kind (`para. 2.3` in a draft numbered 1, 2, 3) cites something else.
      const missing = reference.targets.filter((target) => (decimal || !target.includes(".")) && !numbers.has(target));
      if (missing.length === 0) continue;
      report({
        start: reference.start,
        end: reference.end,
        message: `${missing.length === 1 ? `Paragraph ${missing[0]} does not exist` : `Paragraphs ${missing.join(", ")} do not exist`} (${extent}).`,
      });
    }
  },
};
