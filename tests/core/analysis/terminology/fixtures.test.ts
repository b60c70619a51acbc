import { join } from "node:path";
import { describeFixtures } from "../../../support/rule-fixtures.js";

describeFixtures("terminology fixtures: problems match the inline {UPR10x} markers", join(__dirname, "../../../fixtures/terminology"), /^UPR10\d$/);
