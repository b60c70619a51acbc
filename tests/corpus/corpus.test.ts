import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertToCanonical } from "../../server/src/core/edits/convert.js";
import { CORPUS, corpusFiles, describeFound, lettersAndDigits, linesLost, lintForm, readReview, renderSnapshot, verdictFor, type Form } from "./corpus.js";

/**
 * Real submissions as pasted from PDF, and as `convert` leaves them: the problems raised are kept
 * in one snapshot per file and form, each with the verdict of its review, as markdownlint keeps
 * the results of real repositories.
 */
const review = readReview();
const FORMS: Form[] = ["pasted", "converted"];

describe("the word check", () => {
  it("finds a line whose words went missing, and passes joined lines, hyphens and footnote brackets", () => {
    expect(linesLost("Rights of the\nchild are\nprotected.12", "Rights of the protected.[^12]")).toEqual(["child are"]);
    expect(linesLost("a well-\nknown law3\n\n4", "a wellknown law[^3]", ["4"])).toEqual([]);
  });
});

describe("corpus of real submissions", () => {
  for (const { name, text } of corpusFiles()) {
    for (const form of FORMS) {
      describe(`${name}, ${form}`, () => {
        const verdicts = review[name]?.[form] ?? [];
        const { found, removed } = lintForm(text, form);

        it("raises the problems of its snapshot", async () => {
          await expect(renderSnapshot(name, form, found, verdicts, removed)).toMatchFileSnapshot(join(CORPUS, "snapshots", `${name.replace(/\.txt$/, "")}.${form}.txt`));
        });

        it("has a reviewed verdict for every problem, and none for a problem no longer raised", () => {
          expect(found.filter((entry) => !verdictFor(verdicts, entry)).map(describeFound)).toEqual([]);
          expect(verdicts.filter((verdict) => !found.some((entry) => verdictFor([verdict], entry))).map((verdict) => `${verdict.line} ${verdict.rule}`)).toEqual([]);
        });
      });
    }

    it(`${name}: convert keeps every word`, () => {
      const { text: converted, removed } = convertToCanonical(text);
      expect(linesLost(text, converted, removed)).toEqual([]);
      expect(lettersAndDigits(converted).length).toBeGreaterThanOrEqual(lettersAndDigits(text).length - lettersAndDigits(removed.join("\n")).length);
    });
  }
});
