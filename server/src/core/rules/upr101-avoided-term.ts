import { termRule } from "./term-rule.js";

export const avoidedTerm = termRule("warning", {
  id: "UPR101",
  name: "avoided-term",
  description:
    "Terms the Luxembourg Terminology Guidelines ask writers to avoid, such as “child pornography”, names that no UN human rights body or mechanism has, such as “Universal Periodical Review”, and the project's own terms to avoid, each with a fix per alternative.",
  rationale:
    "Words such as “child pornography” or “child prostitution” suggest consent and hide the abuse; reviewers and UN bodies expect the victim-centred terms. A submission that misnames the review it is written for, or the Council it addresses, reads as careless; the Commission on Human Rights and the Human Rights Committee are real bodies and are not flagged. Quotations, blockquotes, footnote citations and the official titles of instruments and mandates keep their words and are not flagged.",
  tags: ["terminology"],
});
