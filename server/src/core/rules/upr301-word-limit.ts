import { submissionMetadata } from "../document/front-matter-fields.js";
import { countWords } from "../analysis/word-count.js";
import type { Rule } from "./types.js";

export const wordLimit: Rule = {
  id: "UPR301",
  name: "word-limit",
  description:
    "The submission stays within its word limit, set by `wordLimit` in the front matter or in `.upr-draft.json`. Every word counts: body, footnote texts and annex.",
  rationale:
    "OHCHR sets a limit on the length of stakeholder submissions (one for individual submissions and a higher one for joint submissions) and does not consider text beyond it. Set the limit of the current guidelines for your submission type.",
  tags: ["submission", "ohchr"],
  defaultSeverity: "error",
  enabledByDefault: true,
  fixable: false,
  check({ document, options, report }) {
    const limit = submissionMetadata(document).wordLimit ?? configuredLimit(options.wordLimit);
    if (limit === undefined) return;
    const count = countWords(document);
    if (count.total <= limit) return;
    const anchor = document.frontMatter ?? document.blocks[0];
    if (!anchor) return;
    report({
      start: anchor.start,
      end: document.index.lineAt(anchor.start).end,
      message: `The submission has ${count.total} words (footnote texts ${count.footnotes}, annex ${count.annex}); the limit is ${limit}: ${count.total - limit} over.`,
      expected: `at most ${limit} words`,
      actual: `${count.total} words`,
    });
  },
};

function configuredLimit(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}
