import type { Rule } from "./types.js";

export const crossReferences: Rule = {
  id: "UPR008",
  name: "cross-references",
  description: "References such as `see paragraph 12` or `paras 3–5` point at paragraphs that exist.",
  rationale: "After paragraphs are cut, merged or renumbered, internal references silently point at the wrong text.",
  tags: ["structure", "references"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    if (document.crossReferences.length === 0) return;
    const numbers = new Set(document.paragraphs.map((paragraph) => paragraph.marker!.value));
    const last = document.paragraphs.at(-1)?.marker!.value;
    const extent = last === undefined ? "the draft has no numbered paragraphs" : `paragraphs run 1–${last}`;
    for (const reference of document.crossReferences) {
      const missing = reference.targets.filter((target) => !numbers.has(target));
      if (missing.length === 0) continue;
      report({
        start: reference.start,
        end: reference.end,
        message: `${missing.length === 1 ? `Paragraph ${missing[0]} does not exist` : `Paragraphs ${missing.join(", ")} do not exist`} (${extent}).`,
      });
    }
  },
};
