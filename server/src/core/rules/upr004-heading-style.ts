import type { Block, HeadingStyle } from "../document/model.js";
import type { Rule } from "./types.js";

const STYLE_NAMES: Partial<Record<HeadingStyle, string>> = {
  "paren-roman": "(I) Title",
  "roman-dot": "I. Title",
};

export const headingStyle: Rule = {
  id: "UPR004",
  name: "heading-style",
  description: "All numbered section headings use one style: `(I) Title`, `I. Title`, or either behind `#`.",
  rationale: "Mixed heading styles usually mean text was pasted in from another draft; reviewers read them as different levels.",
  tags: ["structure", "headings"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const headings = document.sections.map((section) => section.heading).filter((block) => STYLE_NAMES[block.heading!.style]);
    if (headings.length < 2) return;
    const counts = new Map<string, number>();
    for (const heading of headings) counts.set(styleKey(heading), (counts.get(styleKey(heading)) ?? 0) + 1);
    let majority = styleKey(headings[0]);
    for (const [key, count] of counts) if (count > counts.get(majority)!) majority = key;
    const model = headings.find((heading) => styleKey(heading) === majority)!;
    for (const heading of headings) {
      if (styleKey(heading) === majority) continue;
      const rewritten = prefix(model, heading.marker!.text);
      report({
        start: heading.start,
        end: heading.content.start,
        message: `Heading style differs from the rest of the document: write it as \`${describe(model)}\`.`,
        expected: describe(model),
        actual: describe(heading),
        fixes: [{ title: `Write the heading as \`${rewritten}…\``, edits: [{ start: heading.start, end: heading.content.start, newText: rewritten }] }],
      });
    }
  },
};

function styleKey(block: Block): string {
  return `${block.heading!.hashes > 0 ? "#" : ""}${block.heading!.style}`;
}

function describe(block: Block): string {
  return `${block.heading!.hashes > 0 ? "#".repeat(block.heading!.hashes) + " " : ""}${STYLE_NAMES[block.heading!.style]}`;
}

function prefix(model: Block, numeral: string): string {
  const hashes = model.heading!.hashes > 0 ? "#".repeat(model.heading!.hashes) + " " : "";
  return model.heading!.style === "paren-roman" ? `${hashes}(${numeral}) ` : `${hashes}${numeral}. `;
}
