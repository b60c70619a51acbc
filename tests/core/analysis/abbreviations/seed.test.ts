import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../../../server/src/core/edits/fixes.js";
import { lintText } from "../../../../server/src/core/lint/lint.js";

const seeds = join(__dirname, "../../../../seeds");
const extracted = readFileSync(join(seeds, "ecpat-pakistan-upr3-extracted.txt"), "utf8");
const canonical = readFileSync(join(seeds, "ecpat-pakistan-upr3.upr"), "utf8");

function abbreviationProblems(text: string, configs = [{}]) {
  const { document, problems } = lintText(text, { configs });
  return problems.filter((problem) => /^UPR11\d$/.test(problem.ruleId)).map((problem) => ({
    problem,
    entry: `${document.index.lineAt(problem.start).index + 1} ${problem.ruleId} ${text.slice(problem.start, problem.end)}`,
  }));
}

/**
 * The seed defines CSE, GoP, CRC, OCSE, SECTT, NCCWD, CCOs, CPMIS, OPSC and PPA, each before
 * its first use. What is left:
 * - UNCRC (para 16) is a second form of the CRC defined in para 1;
 * - CPMIS (para 17) is defined and never used again;
 * - PPA is defined in the organisation's description at the end and never used.
 */
describe("the seed submission's abbreviations", () => {
  it("as extracted: UNCRC is a second form of CRC; CPMIS and PPA are never used", () => {
    expect(abbreviationProblems(extracted).map(({ entry }) => entry)).toEqual(["216 UPR114 UNCRC", "239 UPR113 CPMIS", "688 UPR113 PPA"]);
  });

  it("in canonical form: the same three", () => {
    expect(abbreviationProblems(canonical).map(({ entry }) => entry.replace(/^\d+ /, ""))).toEqual(["UPR114 UNCRC", "UPR113 CPMIS", "UPR113 PPA"]);
  });

  it("the UNCRC fix writes CRC and changes nothing else", () => {
    const [{ problem }] = abbreviationProblems(extracted);
    expect(problem.message).toBe("‘UNCRC’ and ‘CRC’ (defined on line 19) are two forms of one abbreviation; write ‘CRC’.");
    expect(applyFixes(extracted, problem.fixes!).text).toBe(extracted.replace("the UNCRC to the UN", "the CRC to the UN"));
  });

  it("with UPR115 on: the abbreviations in capitals that the seed never defines", () => {
    const found = abbreviationProblems(extracted, [{ rules: { UPR115: true } }]).filter(({ problem }) => problem.ruleId === "UPR115");
    expect(found.map(({ entry }) => entry)).toEqual(["27 UPR115 ECPAT", "220 UPR115 SAIEVAC", "340 UPR115 INTERPOL", "408 UPR115 SAARC", "610 UPR115 ISPs"]);
  });
});
