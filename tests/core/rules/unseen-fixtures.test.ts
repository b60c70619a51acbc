import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertToCanonical } from "../../../server/src/core/edits/convert.js";
import { lintText } from "../../../server/src/core/lint/lint.js";
import { actualProblems, expectedProblems, fixtureFiles, withoutMarkers } from "../../support/fixtures.js";

/** The rules that read a draft's numbering and structure: what a layout the linter misreads sets off. */
const NUMBERING = /^UPR00[1235]$/;

describe("drafts in layouts the corpus does not have: every rule raises exactly the inline markers", () => {
  for (const { name, text } of fixtureFiles(join(__dirname, "../../fixtures/unseen"))) {
    it(`${name}, as pasted`, () => {
      expect(actualProblems(text)).toEqual(expectedProblems(text));
    });

    it(`${name}, after convert: the same numbering and structure problems`, () => {
      const converted = convertToCanonical(withoutMarkers(text)).text;
      const rules = (entries: string[]) => entries.map((entry) => entry.split(":")[0]).filter((rule) => NUMBERING.test(rule)).sort();
      expect(rules(lintText(converted).problems.map((problem) => problem.ruleId))).toEqual(rules(expectedProblems(text)));
    });
  }
});
