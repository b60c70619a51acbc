import { findWordSequences } from "../analysis/spelling/word-sequences.js";
import type { Rule } from "./types.js";

export const missingOrRepeatedWord: Rule = {
  id: "UPR512",
  name: "missing-or-repeated-word",
  description:
    "A word written twice in a row (“the the”), and “of” followed by a preposition (“a low of in January”), where a word was lost.",
  rationale:
    "Both are slips that a spelling checker cannot see, as every word is spelt right, and that a reader stumbles over. Only words that English never doubles are checked (“had had” and “that that” are English), and “of” before a preposition is left alone after a complex preposition (“instead of in”), before a fixed phrase (“of in particular”) or a hyphenated word (“because of in-depth”). Quotations, blockquotes and footnote texts keep their words.",
  tags: ["spelling"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    for (const { start, end, kind, first, second, firstEnd } of findWordSequences(document)) {
      if (kind === "repeated") {
        report({
          start,
          end,
          message: `“${second}” is written twice in a row.`,
          fixes: [{ title: `Delete the second '${second}'`, edits: [{ start: firstEnd, end, newText: "" }] }],
        });
      } else {
        report({ start, end, message: `A word seems to be missing between “${first}” and “${second}”.` });
      }
    }
  },
};
