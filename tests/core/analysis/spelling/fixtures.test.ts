import { join } from "node:path";
import { describeFixtures } from "../../../support/rule-fixtures.js";

describeFixtures("spelling fixtures: problems match the inline {UPR51x} markers", join(__dirname, "../../../fixtures/spelling"), /^UPR51\d$/);
