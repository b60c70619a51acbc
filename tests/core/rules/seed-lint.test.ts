import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../../server/src/core/lint/lint.js";

const seeds = join(__dirname, "../../../seeds");

function findings(file: string): string[] {
  const text = readFileSync(join(seeds, file), "utf8");
  const { document, problems } = lintText(text);
  return problems.map((problem) => {
    const line = document.index.lineAt(problem.start).index + 1;
    return `${problem.ruleId}:${line} ${text.slice(problem.start, problem.end)}`;
  });
}

/**
 * The seed's real problems, reviewed one by one. Nothing here comes from page-break artefacts:
 * no missing paragraph, no stray number, no term inside a quotation or an instrument's title.
 */
const inBoth = {
  // Paragraph 16 writes UNCRC for the Convention that paragraph 1 defines as CRC.
  uncrc: "UPR114",
  // CPMIS is defined in paragraph 17 and never used again; PPA is defined in the organisation description and never used.
  cpmis: "UPR113",
  ppa: "UPR113",
  // List two, item d. "All CSE related offenses to be extraditable …", and the youth recommendations
  // "Governments should …" and "All governments must …" open with a subject rather than an action verb.
  verbs: ["UPR401", "UPR401", "UPR401"],
};

describe("the seed linted with the default rules gives only its real problems", () => {
  it("as extracted from PDF", () => {
    expect(findings("ecpat-pakistan-upr3-extracted.txt")).toEqual([
      `${inBoth.uncrc}:216 UNCRC`,
      `${inBoth.cpmis}:239 CPMIS`,
      `${inBoth.verbs[0]}:561 All`,
      `${inBoth.verbs[1]}:640 Governments`,
      `${inBoth.verbs[2]}:648 All`,
      `${inBoth.ppa}:688 PPA`,
    ]);
  });

  it("in canonical form, where the front matter also declares a joint submission", () => {
    expect(findings("ecpat-pakistan-upr3.upr")).toEqual([
      // The text starts straight at section (I): neither member is named before paragraph 1.
      "UPR302:7 ECPAT International",
      "UPR302:8 Pakistan Paediatric Association",
      `${inBoth.uncrc}:54 UNCRC`,
      `${inBoth.cpmis}:56 CPMIS`,
      `${inBoth.verbs[0]}:152 All`,
      `${inBoth.verbs[1]}:190 Governments`,
      `${inBoth.verbs[2]}:192 All`,
      `${inBoth.ppa}:196 PPA`,
    ]);
  });
});
