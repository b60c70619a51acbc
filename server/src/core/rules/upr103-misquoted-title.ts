import type { SourceText } from "../text/source-text.js";
import { findMisquotedTitles, type MisquotedTitle } from "../analysis/terminology/misquoted-titles.js";
import type { Rule } from "./types.js";

export const misquotedTitle: Rule = {
  id: "UPR103",
  name: "misquoted-title",
  description:
    "The title of a core human rights instrument quoted with one word wrong, such as “Cruel, Inhumane or Degrading” for “Cruel, Inhuman or Degrading”, with a fix to the official wording.",
  rationale:
    "A treaty's title is its name: a misquoted title reads as carelessness to the treaty bodies and the States a submission addresses. Titles are those the OHCHR lists for the core instruments and their optional protocols, and the Universal Declaration. A shortened title, a plural (“the two Optional Protocols”) and another instrument's title are not misquotes; quotations, blockquotes and footnotes keep their words.",
  tags: ["terminology"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    for (const finding of findMisquotedTitles(document)) {
      report({
        start: finding.start,
        end: finding.end,
        message: misquoteMessage(finding, document.text),
        expected: finding.official.title,
        actual: finding.written,
        fixes: [{ title: fixTitle(finding), edits: [{ ...finding.edit }] }],
      });
    }
  },
};

function misquoteMessage(finding: MisquotedTitle, text: SourceText): string {
  const what =
    finding.change === "changed"
      ? `“${finding.word}” should read “${finding.officialWord}”`
      : finding.change === "dropped"
        ? `“${finding.word}” is missing before “${text.slice(finding.start, finding.end)}”`
        : `“${finding.word}” is not part of it`;
  return `The title of the ${finding.official.title} is misquoted: ${what}. (${finding.official.source.title}.)`;
}

function fixTitle(finding: MisquotedTitle): string {
  if (finding.change === "changed") return `Replace with '${finding.edit.newText}'`;
  if (finding.change === "dropped") return `Insert '${finding.word}'`;
  return `Remove '${finding.word}'`;
}
