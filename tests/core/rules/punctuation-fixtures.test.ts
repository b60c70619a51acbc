import { join } from "node:path";
import { describeFixtures } from "../../support/rule-fixtures.js";

describeFixtures(
  "punctuation fixtures: brackets, quotation marks and stray characters raise exactly the inline markers",
  join(__dirname, "../../fixtures/punctuation"),
  /^UPR50\d$/,
);
