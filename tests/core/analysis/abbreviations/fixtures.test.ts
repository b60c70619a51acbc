import { join } from "node:path";
import { describeFixtures } from "../../../support/rule-fixtures.js";

describeFixtures("abbreviation fixtures: problems match the inline {UPR11x} markers", join(__dirname, "../../../fixtures/abbreviations"), /^UPR11\d$/);
