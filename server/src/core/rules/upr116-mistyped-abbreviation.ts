import { knownAbbreviationsFor } from "../analysis/abbreviations/known.js";
import { findMistypedAbbreviations } from "../analysis/abbreviations/mistyped.js";
import { readAbbreviationSettings } from "../analysis/abbreviations/settings.js";
import type { Rule } from "./types.js";

export const mistypedAbbreviation: Rule = {
  id: "UPR116",
  name: "mistyped-abbreviation",
  description:
    "An abbreviation in brackets after the words of a known one is written with a letter or two wrong, and never used again: “UN Convention on the Rights of the Child (UNRCR)” for UNCRC.",
  rationale:
    "A mistyped abbreviation defines a name nobody uses and leaves the one the draft does use undefined. Only the abbreviations readers know (the built-in list and `abbreviations.known`) are compared, and only when the words before the bracket are theirs: an organisation's own or a foreign-language abbreviation, another form such as UNCRC for CRC, and an abbreviation the draft goes on to use are left alone.",
  tags: ["abbreviations"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, options, report }) {
    const known = knownAbbreviationsFor(readAbbreviationSettings(options.abbreviations).settings);
    for (const finding of findMistypedAbbreviations(document, known)) {
      const used = finding.usedAt === undefined ? "" : `, as the draft writes it on line ${document.index.lineAt(finding.usedAt).index + 1}`;
      report({
        start: finding.start,
        end: finding.end,
        message: `‘${finding.written}’ is not the abbreviation of “${finding.expansion}”, and the draft never uses it: write ‘${finding.meant}’${used}.`,
        expected: finding.meant,
        actual: finding.written,
        fixes: [{ title: `Replace with '${finding.meant}'`, edits: [{ start: finding.start, end: finding.end, newText: finding.meant }] }],
      });
    }
  },
};
