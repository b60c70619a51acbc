import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixAll } from "../../server/src/core/edits/fix-all.js";
import { runs, submissionText } from "./generators.js";

/** The text with each run of digits written as one 0: what renumbering may change is the digits. */
function digitsMasked(text: string): string {
  return text.replace(/\d+/g, "0");
}

describe("fixes on generated drafts", () => {
  it("applying all fixes twice gives what applying them once gave", () => {
    fc.assert(
      fc.property(submissionText, (text) => {
        const once = fixAll(text).text;
        expect(fixAll(once).text).toBe(once);
      }),
      runs(150),
    );
  });

  it("renumbering paragraphs (the fixes of UPR001 alone) changes numbers and nothing else", () => {
    fc.assert(
      fc.property(submissionText, (text) => {
        const renumbered = fixAll(text, {}, "UPR001").text;
        expect(digitsMasked(renumbered)).toBe(digitsMasked(text));
      }),
      runs(200),
    );
  });

  it("renumbering does change numbers (the property above can fail)", () => {
    const text = "---\nstate: X\n---\n\n1. One.\n\n3. Two, see paragraph 3.\n";
    expect(fixAll(text, {}, "UPR001").text).toBe("---\nstate: X\n---\n\n1. One.\n\n2. Two, see paragraph 2.\n");
  });
});

describe("fix-all on lettered lists and section numerals", () => {
  it("mends a list with a repeat at every step, however long", () => {
    const letters = "abbccddeeffgghhiijjkkllmm".split("");
    const text = `---\nstate: X\n---\n\nWe recommend:\n\n${letters.map((letter) => `${letter}. Act.\n`).join("\n")}\n# (I) One\n\n# (I) Two\n\n# (II) Three\n\n# (II) Four\n`;
    const { text: fixed, problems } = fixAll(text);
    expect(problems.filter((problem) => problem.ruleId === "UPR005" || problem.ruleId === "UPR003")).toEqual([]);
    expect(fixed).toContain("y. Act.");
    expect(fixed).toContain("# (IV) Four");
  });
});
