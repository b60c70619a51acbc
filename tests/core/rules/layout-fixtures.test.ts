import { join } from "node:path";
import { describeFixtures } from "../../support/rule-fixtures.js";

describeFixtures(
  "layout fixtures: numbering schemes and pasted page layouts raise exactly the inline markers of the numbering, footnote, note, cross-reference, abbreviation and recommendation-verb rules",
  join(__dirname, "../../fixtures/layouts"),
  /^UPR(00[1-8]|01[01]|11[1-46]|401)$/,
);
