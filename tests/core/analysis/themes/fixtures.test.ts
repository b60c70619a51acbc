import { join } from "node:path";
import { describeFixtures } from "../../../support/rule-fixtures.js";

describeFixtures("theme fixtures: problems match the inline {UPR20x} markers", join(__dirname, "../../../fixtures/themes"), /^UPR20\d$/);
