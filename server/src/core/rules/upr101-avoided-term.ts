import { termRule } from "./term-rule.js";

export const avoidedTerm = termRule("warning", {
  id: "UPR101",
  name: "avoided-term",
  description:
    "Terms the Luxembourg Terminology Guidelines ask writers to avoid, such as “child pornography”, and the project's own terms to avoid, each with a fix per alternative.",
  rationale:
    "Words such as “child pornography” or “child prostitution” suggest consent and hide the abuse; reviewers and UN bodies expect the victim-centred terms. Quotations, blockquotes, footnote citations and the official titles of instruments and mandates keep their words and are not flagged.",
  tags: ["terminology"],
});
