import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, corpusFiles, lintForm, readReview, renderSnapshot, type Form } from "./corpus.js";

/**
 * Real submissions as pasted from PDF, and as `convert` leaves them: the problems raised are kept
 * in one snapshot per file and form, each with the verdict of its review, as markdownlint keeps
 * the results of real repositories.
 */
const review = readReview();
const FORMS: Form[] = ["pasted", "converted"];

describe("corpus of real submissions", () => {
  for (const { name, text } of corpusFiles()) {
    for (const form of FORMS) {
      describe(`${name}, ${form}`, () => {
        const verdicts = review[name]?.[form] ?? [];
        const { found } = lintForm(text, form);

        it("raises the problems of its snapshot", async () => {
          await expect(renderSnapshot(name, form, found, verdicts)).toMatchFileSnapshot(join(CORPUS, "snapshots", `${name.replace(/\.txt$/, "")}.${form}.txt`));
        });
      });
    }
  }
});
