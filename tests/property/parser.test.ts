import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintText } from "../../server/src/core/lint/lint.js";
import { anyText, runs, submissionText } from "./generators.js";
import { expectInside, rangesIn } from "./ranges.js";

describe("the parser and the rules on any text", () => {
  it("never throw, on any string at all", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        lintText(text);
      }),
      runs(300),
    );
  });

  it("keep every range of the model, every problem and every fix edit inside the document", () => {
    fc.assert(
      fc.property(fc.oneof(submissionText, anyText), (text) => {
        const { document, problems } = lintText(text);
        expectInside(rangesIn(document), text.length);
        expectInside(problems, text.length);
        expectInside(problems.flatMap((problem) => problem.fixes ?? []).flatMap((fix) => fix.edits), text.length);
        for (let i = 0; i < document.index.count; i++) expect(document.index.line(i).next).toBeLessThanOrEqual(text.length);
      }),
      runs(200),
    );
  });

  it("find ranges in a draft with front matter, footnotes and lists (the walk above is not vacuous)", () => {
    const text = "---\nstate: X\n---\n\n# (I) Intro\n\n1. A “quote” and a note.[^1]\n\nRecommendations\n\na. Ratify it.\n\n[^1]: Source.\n";
    expect(rangesIn(lintText(text).document).length).toBeGreaterThan(15);
  });
});
