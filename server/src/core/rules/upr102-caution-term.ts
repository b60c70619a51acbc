import { termRule } from "./term-rule.js";

export const cautionTerm = termRule("information", {
  id: "UPR102",
  name: "caution-term",
  description:
    "Terms the Luxembourg Terminology Guidelines accept only with caution, such as “sexting” or “paedophile”, and the project's own caution terms, each with a fix per alternative.",
  rationale:
    "These words are right in some contexts and misleading in others; the note asks the writer to check that the context is the right one. Quotations, blockquotes, footnote citations and official titles are not flagged.",
  tags: ["terminology"],
});
