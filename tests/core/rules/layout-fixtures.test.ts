import { join } from "node:path";
import { describeFixtures } from "../../support/rule-fixtures.js";

describeFixtures(
  "layout fixtures: numbering schemes and pasted page layouts raise exactly the inline {UPR00x} markers",
  join(__dirname, "../../fixtures/layouts"),
  /^UPR00[1-7]$/,
);
