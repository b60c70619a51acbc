import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { UprConfig } from "../../server/src/core/config/config.js";
import { lintText } from "../../server/src/core/lint/lint.js";
import { allRules } from "../../server/src/core/rules/index.js";
import { toLetter, toRoman } from "../../server/src/core/text/numerals.js";
import { anyText, runs, submissionText } from "./generators.js";

/** Every rule on, off-by-default ones too, in each numbering scheme. */
const configs: fc.Arbitrary<UprConfig> = fc.constantFrom("auto", "flat", "decimal", "per-section").map((numbering) => ({
  numbering,
  rules: Object.fromEntries(allRules.map((rule) => [rule.id, "warning"])),
})) as fc.Arbitrary<UprConfig>;

/** Steps that make gaps, repeats and steps back next to one another: 0 repeats, 2 skips one, -1 goes back. */
const steps = fc.array(fc.constantFrom(1, 1, 1, 0, 2, 3, -1), { minLength: 1, maxLength: 12 });
const values = fc.tuple(fc.integer({ min: 1, max: 3 }), steps).map(([first, moves]) => {
  const out = [first];
  for (const move of moves) out.push(Math.max(1, out[out.length - 1] + move));
  return out;
});

/** A draft of sections, paragraphs and recommendation lists whose numbers and letters run almost in order. */
const nearlyCountingDraft: fc.Arbitrary<string> = fc
  .tuple(values, values, values, values)
  .map(([sections, paragraphs, letters, decimals]) => {
    const lines = ["---", "state: Pakistan", "cycle: 4", "---", ""];
    sections.forEach((section, s) => {
      lines.push(`# (${toRoman(section)}) Section`, "");
      lines.push(`${paragraphs[s % paragraphs.length]}. The State should act.`, "");
      lines.push(`${s + 1}.${decimals[s % decimals.length]} The State should act.`, "");
    });
    lines.push("We recommend that the Government:", "");
    for (const letter of letters) lines.push(`${toLetter(letter)}. Act now.`, "");
    return lines.join("\n");
  });

describe("[Expected: …; Actual: …] on generated drafts", () => {
  it("never names the same thing twice", () => {
    fc.assert(
      fc.property(fc.oneof(nearlyCountingDraft, submissionText, anyText), configs, (text, config) => {
        for (const problem of lintText(text, { configs: [config] }).problems) {
          if (problem.expected !== undefined || problem.actual !== undefined) expect(problem.expected, `${problem.ruleId}: ${problem.message}`).not.toBe(problem.actual);
        }
      }),
      runs(300),
    );
  });

  it("a repeat after a gap expects the next value, not its own (the property above can fail)", () => {
    const text = "---\nstate: X\n---\n\n# (I) One\n\n# (II) Two\n\n# (IV) Four\n\n# (IV) Again\n\nWe recommend:\n\na. One.\n\nb. Two.\n\nd. Four.\n\nd. Again.\n";
    const found = lintText(text).problems.filter((problem) => problem.message.includes("twice") || problem.message.includes("follows IV"));
    expect(found.map((problem) => [problem.expected, problem.actual])).toEqual([
      ["V", "IV"],
      ["e", "d"],
    ]);
  });
});
