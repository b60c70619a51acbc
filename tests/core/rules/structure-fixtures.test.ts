import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { actualProblems, expectedProblems, fixableLeftAfterFixAll, fixtureFiles } from "../../support/fixtures.js";

describe("structure fixtures: problems match the inline {UPRnnn} markers", () => {
  for (const { name, text } of fixtureFiles(join(__dirname, "../../fixtures/structure"))) {
    it(name, () => {
      const actual = actualProblems(text).filter((entry) => /^UPR0[01]\d/.test(entry));
      expect(actual).toEqual(expectedProblems(text));
    });
    it(`${name}: fix-all leaves nothing fixable`, () => {
      expect(fixableLeftAfterFixAll(text)).toEqual([]);
    });
  }
});
