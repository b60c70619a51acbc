import { analyseAbbreviations } from "../analysis/abbreviations/analysis.js";
import { parentheticalSpan, parentheticalText } from "../analysis/abbreviations/edits.js";
import type { Rule } from "./types.js";

export const abbreviationUnused: Rule = {
  id: "UPR113",
  name: "abbreviation-unused",
  description: "An abbreviation is defined and never used.",
  rationale: "A definition nobody uses costs words under the word limit and makes the reader remember an abbreviation for nothing.",
  tags: ["abbreviations"],
  defaultSeverity: "information",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const { first, inTitle, uses, variants } = analyseAbbreviations(document);
    const usedThroughVariant = new Set(variants.values());
    for (const [key, definition] of first) {
      // A title block names its authors in full, abbreviation and all, whatever the body then writes.
      if (inTitle.has(definition) || uses.has(key) || usedThroughVariant.has(key)) continue;
      report({
        start: definition.abbreviationSpan.start,
        end: definition.abbreviationSpan.end,
        message: `‘${definition.abbreviation}’ is defined and never used.`,
        fixes: [
          {
            title: `Remove the definition ‘${parentheticalText(document.text, definition)}’`,
            edits: [{ ...parentheticalSpan(document.text, definition), newText: "" }],
          },
        ],
      });
    }
  },
};
