import { findMisspellings } from "../analysis/spelling/misspellings.js";
import type { Rule } from "./types.js";

export const misspelling: Rule = {
  id: "UPR511",
  name: "misspelling",
  description:
    "Common misspellings (“goverment”, “recieve”) from codespell's list, and real words misspelt only in context (“table bellow”, “United Sates”), each with its correction as the fix.",
  rationale:
    "A misspelt word in a submission reads as carelessness and may be quoted as it stands in the compilation of stakeholder information. Only words in lower case are checked, so that names, in English or not, are left alone, and a misspelling that is a word in English, French, Spanish, Portuguese, German, Italian, Dutch or a Scandinavian language is not on the list. Addresses, e-mails and file names are skipped, and “[sic]” after a word keeps it. A misspelling in a quotation is reported too: the source quoted does not have it.",
  tags: ["spelling"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    for (const { start, end, text, correction } of findMisspellings(document)) {
      report({
        start,
        end,
        message: `“${text}” is a misspelling of “${correction}”.`,
        expected: correction,
        actual: text,
        fixes: [{ title: `Replace with '${correction}'`, edits: [{ start, end, newText: correction }] }],
      });
    }
  },
};
