import { matchesInLines } from "../text/text.js";
import { submissionMetadata } from "../document/front-matter-fields.js";
import type { Rule } from "./types.js";

/** Ways a submission refers to the previous review and its recommendations. */
const FOLLOW_UP = [
  /\bprevious (?:review|cycle|UPR)\b/i,
  /\b(?:first|second|third|1st|2nd|3rd) (?:cycle|UPR|review)\b/i,
  /\b(?:accepted|supported|noted|received) recommendations?\b/i,
  /\brecommendations? (?:\d{2,3}\.\d{1,3}|that (?:the State|[A-Z][a-z]+) (?:accepted|supported|noted|received))\b/,
  /\b\d{2,3}\.\d{1,3} \((?:[A-Z][\w .'-]+)\)/,
  /\blevel of implementation\b/i,
  /\b(?:fully|partially|not) implemented\b/i,
];

export const previousRecommendations: Rule = {
  id: "UPR303",
  name: "previous-recommendations",
  description:
    "A submission for the second cycle or later (`cycle` in the front matter) discusses how the recommendations of the previous review were implemented.",
  rationale:
    "OHCHR's guidelines for the third and fourth cycles encourage stakeholders to focus on the implementation of the recommendations the State received at its previous review.",
  tags: ["submission", "ohchr"],
  defaultSeverity: "information",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    const { cycle } = submissionMetadata(document);
    if (cycle === undefined || cycle < 2 || document.paragraphs.length === 0) return;
    if (FOLLOW_UP.some((pattern) => matchesInLines(document.text, document.index, pattern))) return;
    const first = document.paragraphs[0];
    report({
      start: first.start,
      end: first.marker!.end,
      message:
        "The submission does not refer to the previous review's recommendations; OHCHR asks stakeholders to assess how they were implemented (cite them as e.g. 115.57 (France)).",
    });
  },
};
