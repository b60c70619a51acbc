import { analyseAbbreviations, apartFromBody } from "../analysis/abbreviations/analysis.js";
import { bareAbbreviationEdits, parentheticalText } from "../analysis/abbreviations/edits.js";
import { overlapsAny, sortedSpans } from "../document/span-search.js";
import type { Rule } from "./types.js";

export const abbreviationBeforeDefinition: Rule = {
  id: "UPR111",
  name: "abbreviation-before-definition",
  description: "An abbreviation is used before the text defines it, as `CRC` two paragraphs before `Convention on the Rights of the Child (CRC)`.",
  rationale:
    "A reader meets the abbreviation before learning what it stands for. The fix moves the definition to the first use and leaves the bare abbreviation where the definition was.",
  tags: ["abbreviations"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const { text } = document;
    const { first, uses } = analyseAbbreviations(document);
    const quotes = sortedSpans(document.quotes);
    for (const [key, definition] of first) {
      // The title block and a closing block stand apart from the body: the cover's `CSW – Submission` is no first use.
      const early = uses.get(key)?.find((use) => use.start < definition.start && !apartFromBody(document, use.start));
      if (!early) continue;
      const line = document.index.lineAt(definition.start).index + 1;
      // A quotation keeps its words, so a definition is not moved into or out of one.
      const movable = early.form === definition.abbreviation && !overlapsAny(quotes, early) && !overlapsAny(quotes, definition.expansionSpan);
      report({
        start: early.start,
        end: early.end,
        message: `‘${early.form}’ is used before its definition on line ${line}; define it at its first use.`,
        fixes: movable
          ? [
              {
                title: `Define ‘${definition.abbreviation}’ here and write it bare on line ${line}`,
                edits: [
                  { start: early.start, end: early.end, newText: `${definition.expansion} ${parentheticalText(text, definition)}` },
                  ...bareAbbreviationEdits(text, definition),
                ],
              },
            ]
          : [],
      });
    }
  },
};
