import { describe, expect, it } from "vitest";
import { applyFixes } from "../../../../server/src/core/edits/fixes.js";
import { lintText } from "../../../../server/src/core/lint/lint.js";

const FRONT = "---\nstate: Exampleland\n---\n\n";
const configs = [{ rules: { UPR115: true } }];

function problemsOf(ruleId: string, text: string) {
  return lintText(text, { configs }).problems.filter((problem) => problem.ruleId === ruleId);
}

/** The text after the first fix of the first problem of a rule. */
function fixed(ruleId: string, text: string): string {
  const [problem] = problemsOf(ruleId, text);
  expect(problem?.fixes?.length, `a ${ruleId} fix`).toBeGreaterThan(0);
  return applyFixes(text, [problem.fixes![0]]).text;
}

describe("abbreviation fixes give exactly the expected text", () => {
  it.each([
    [
      "UPR111: the definition moves to the first use, the bare abbreviation stays",
      "UPR111",
      "1. The CRC asks for reports.\n\n2. The Convention on the Rights of the Child (hereinafter ‘CRC’) was ratified.\n",
      "1. The Convention on the Rights of the Child (hereinafter ‘CRC’) asks for reports.\n\n2. The CRC was ratified.\n",
    ],
    [
      "UPR111: a parenthesis definition moves as written",
      "UPR111",
      "1. The NHRI reports.\n\n2. The National Human Rights Institution (NHRI) visits prisons.\n",
      "1. The National Human Rights Institution (NHRI) reports.\n\n2. The NHRI visits prisons.\n",
    ],
    [
      "UPR111: a footnote marker between the expansion and the parenthesis stays",
      "UPR111",
      "1. CSE is widespread.\n\n2. Child Sexual Exploitation[^1] (hereinafter ‘CSE’) is the subject.\n\n[^1]: A source.\n",
      "1. Child Sexual Exploitation (hereinafter ‘CSE’) is widespread.\n\n2. CSE[^1] is the subject.\n\n[^1]: A source.\n",
    ],
    [
      "UPR112: a second definition with the same expansion becomes the bare abbreviation",
      "UPR112",
      "1. The Government of Exampleland (GoE) reports.\n\n2. The Government of Exampleland (GoE) must act.\n",
      "1. The Government of Exampleland (GoE) reports.\n\n2. The GoE must act.\n",
    ],
    [
      "UPR113: an unused definition loses its parenthesis and nothing else",
      "UPR113",
      "1. The Child Protection Management Information System (CPMIS), a national system, collects data.\n",
      "1. The Child Protection Management Information System, a national system, collects data.\n",
    ],
    [
      "UPR114: the second form becomes the defined form",
      "UPR114",
      "1. The Convention on the Rights of the Child (CRC) binds.\n\n2. Reports on the UNCRC are late.\n",
      "1. The Convention on the Rights of the Child (CRC) binds.\n\n2. Reports on the CRC are late.\n",
    ],
    [
      "UPR114: a plural or possessive keeps its ending",
      "UPR114",
      "1. The Convention on the Rights of the Child (CRC) binds.\n\n2. The UNCRC’s article 12.\n",
      "1. The Convention on the Rights of the Child (CRC) binds.\n\n2. The CRC’s article 12.\n",
    ],
  ])("%s", (_, ruleId, before, after) => {
    expect(fixed(ruleId, FRONT + before)).toBe(FRONT + after);
  });

  it("UPR111 in pasted text: a glued footnote digit stays with the bare abbreviation", () => {
    const before = [
      "1. The present submission reviews CSE in Exampleland since the previous review and the level of ",
      "",
      "implementation of the recommendations the State received, about Child Sexual Exploitation1  (hereinafter ‘CSE’) in ",
      "",
      "Exampleland and its different manifestations, online and offline, in all provinces of the country. ",
      "",
    ].join("\n");
    expect(fixed("UPR111", before)).toBe(
      before
        .replace("reviews CSE in", "reviews Child Sexual Exploitation (hereinafter ‘CSE’) in")
        .replace("Child Sexual Exploitation1  (hereinafter ‘CSE’) in", "CSE1 in"),
    );
  });

  it("UPR111 offers no fix when the first use is in a quotation or written in another number", () => {
    const quoted = `${FRONT}1. The law says “the CRC applies”.\n\n2. The Convention on the Rights of the Child (CRC) binds.\n`;
    expect(problemsOf("UPR111", quoted).map((problem) => problem.fixes)).toEqual([[]]);
    const plural = `${FRONT}1. The CCO is open.\n\n2. The Children’s Complaints Offices (hereinafter ‘CCOs’) are open.\n`;
    expect(problemsOf("UPR111", plural).map((problem) => problem.fixes)).toEqual([[]]);
  });

  it("UPR112 offers no fix when the second definition has another expansion", () => {
    const text = `${FRONT}1. The Committee on the Rights of the Child (CRC) and the CRC.\n\n2. The Convention on the Rights of the Child (CRC).\n`;
    const [problem] = problemsOf("UPR112", text);
    expect(problem.fixes).toEqual([]);
    expect(problem.message).toBe(
      "‘CRC’ is defined again as “Convention on the Rights of the Child”; on line 5 it stands for “Committee on the Rights of the Child”.",
    );
  });

  it("fix-all converges: a moved definition is not used before itself, nor defined twice", () => {
    const before = `${FRONT}1. The CRC and the CRC again.\n\n2. The Convention on the Rights of the Child (hereinafter ‘CRC’) binds; the UNCRC too.\n`;
    let text = before;
    for (let pass = 0; pass < 3; pass++) {
      const fixes = lintText(text).problems.filter((problem) => /^UPR11\d$/.test(problem.ruleId) && problem.fixes?.length).map((problem) => problem.fixes![0]);
      text = applyFixes(text, fixes).text;
    }
    expect(text).toBe(`${FRONT}1. The Convention on the Rights of the Child (hereinafter ‘CRC’) and the CRC again.\n\n2. The CRC binds; the CRC too.\n`);
    expect(lintText(text).problems.filter((problem) => /^UPR11\d$/.test(problem.ruleId))).toEqual([]);
  });
});
