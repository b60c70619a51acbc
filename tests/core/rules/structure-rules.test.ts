import { describe, expect, it } from "vitest";
import { lintText } from "../../../server/src/core/lint/lint.js";
import { applyFixes } from "../../../server/src/core/edits/fixes.js";

const front = "---\nstate: Exampleland\n---\n\n";
const pasted = (lines: string[]) => lines.join("\n\n") + "\n";

/** Per rule: drafts that must pass it, and drafts that must fail it exactly once. */
const table: Record<string, { valid: [string, string][]; invalid: [string, string][] }> = {
  UPR001: {
    valid: [
      ["numbers across sections", front + "# I. A\n\n1. A.\n\n# II. B\n\n2. B.\n"],
      ["numbers in the annex are not body paragraphs", front + "1. A.\n\n# Annex 1 - List\n\n115.57 Ratify the OPSC (France).\n\n7. Annex row.\n"],
      ["a year at the start of a wrapped line", front + "1. The law was passed in\n2016. It was amended later.\n"],
    ],
    invalid: [
      ["a gap", front + "1. A.\n\n3. B.\n"],
      ["a start at 0", front + "0. A.\n\n1. B.\n\n2. C.\n"],
      ["a step back", front + "1. A.\n\n2. B.\n\n1. C.\n\n2. D.\n"],
      ["a mistyped number: the paragraph after it follows the number it stands for", front + "1. A.\n\n2. B.\n\n7. C.\n\n4. D.\n\n5. E.\n"],
      ["a decimal number mistyped with the section before", front + "# 1. One\n\n1.1 A.\n\n# 2. Two\n\n2.1 B.\n\n1.2 C.\n\n2.3 D.\n"],
    ],
  },
  UPR002: {
    valid: [
      ["a title block before the body", front + "Submission by the Example Coalition\n\n# I. Background\n\n1. A.\n"],
      ["a lead-in heading and a colon sentence", front + "1. A.\n\nRecommendations on health\n\nWe recommend that the Government:\n\na. Fund clinics.\n"],
      ["a plain heading followed by a paragraph", front + "1. A.\n\nLegal framework\n\n2. B.\n"],
      ["organisation descriptions in the annex", front + "1. A.\n\n# Annex\n\nThe Example Coalition has 40 members.\n"],
      ["the extracted seed's wrapped lines", pasted(["1. The first line of a paragraph that wraps", "onto the next line and ends here.", " ", "2. Another one."])],
    ],
    invalid: [
      ["a stray paragraph in the body", front + "1. A.\n\nThis paragraph has no number.\n\n2. B.\n"],
      ["a tail broken off its paragraph", front + "1. A paragraph that ended up\n\nin two blocks.\n"],
    ],
  },
  UPR003: {
    valid: [
      ["(I) to (III)", front + "(I) One\n\n1. A.\n\n(II) Two\n\n2. B.\n\n(III) Three\n\n3. C.\n"],
      ["sub-headings restart under each section", front + "# I. One\n\n## A. Sub\n\n1. A.\n\n# II. Two\n\n## A. Sub\n\n2. B.\n"],
    ],
    invalid: [
      ["a skipped numeral", front + "(I) One\n\n1. A.\n\n(III) Three\n\n2. B.\n"],
      ["a first section that is not I", front + "# II. Two\n\n1. A.\n"],
      ["a repeated sub-heading letter", front + "# I. One\n\n## A. Sub\n\n1. A.\n\n## A. Again\n\n2. B.\n"],
    ],
  },
  UPR004: {
    valid: [
      ["one style throughout", front + "# I. One\n\n1. A.\n\n# II. Two\n\n2. B.\n"],
      ["plain headings are not numbered sections", front + "(I) One\n\n1. A.\n\n# Annex 1 - Recommendations\n"],
    ],
    invalid: [["(II) among I. headings", front + "# I. One\n\n1. A.\n\n# (II) Two\n\n2. B.\n\n# III. Three\n\n3. C.\n"]],
  },
  UPR005: {
    valid: [
      ["each list restarts at a.", front + "1. A.\n\nWe recommend:\n\na. X.\n\nb. Y.\n\n2. B.\n\nWe also recommend:\n\na. Z.\n"],
      ["dash bullets inside an item", front + "1. A.\n\nWe recommend:\n\na. Use these tools:\n - one;\n - two.\n\nb. Y.\n"],
      ["a lettered sub-heading after a list", front + "1. A.\n\nWe recommend:\n\na. X.\n\nb. Y.\n\na. Child Protection\n\n2. B.\n"],
    ],
    invalid: [
      ["a repeated letter", front + "1. A.\n\nWe recommend:\n\na. X.\n\na. Y.\n"],
      ["a list that starts at c.", front + "1. A.\n\nWe recommend:\n\nc. X.\n\nd. Y.\n"],
      ["a mistyped letter: the item after it follows the letter it stands for", front + "1. A.\n\nWe recommend:\n\na. X.\n\nb. Y.\n\nf. Z.\n\nd. W.\n"],
    ],
  },
  UPR006: {
    valid: [["footnotes in order, one cited twice", front + "1. A.[^1] B.[^2] C.[^1]\n\n[^1]: One.\n[^2]: Two.\n"]],
    invalid: [["footnote 2 first", front + "1. A.[^2] B.[^1]\n\n[^1]: One.\n[^2]: Two.\n"]],
  },
  UPR007: {
    valid: [
      ["every reference with a text", front + "1. A.[^1]\n\n[^1]: One.\n"],
      ["pasted text, whose footnote texts are not in the body", pasted(["1. A claim.1 Another claim.2", "2. More."])],
    ],
    invalid: [
      ["a reference without a text", front + "1. A.[^1] B.[^2]\n\n[^1]: One.\n"],
      ["a text without a reference", front + "1. A.[^1]\n\n[^1]: One.\n[^2]: Two.\n"],
    ],
  },
  UPR008: {
    valid: [
      ["references to existing paragraphs", front + "1. See paragraph 2 and paras 1–2.\n\n2. B.\n"],
      ["a paragraph of another document", front + "1. As in A/HRC/43/15 - Para 121 and paragraph 9 of resolution 16/21.\n"],
      ["article numbers", front + "1. Under article 12 of the OPSC.\n"],
    ],
    invalid: [["a paragraph that does not exist", front + "1. See paragraph 5.\n"]],
  },
};

describe.each(Object.entries(table))("%s", (ruleId, { valid, invalid }) => {
  const problemsOf = (text: string) => lintText(text).problems.filter((problem) => problem.ruleId === ruleId);
  it.each(valid)("passes: %s", (_, text) => {
    expect(problemsOf(text)).toEqual([]);
  });
  it.each(invalid)("flags: %s", (_, text) => {
    expect(problemsOf(text)).toHaveLength(1);
  });
});

describe("the title block", () => {
  it("may open with a plain # heading; its text is not an unnumbered body paragraph", () => {
    const text = `${front}# Joint submission on the rights of the child\n\nSubmitted by the Example Coalition for the fourth cycle.\n\n# I. Background\n\n1. A.\n`;
    expect(lintText(text).problems.filter((problem) => problem.ruleId === "UPR002")).toEqual([]);
  });
});

describe("UPR002 after paragraph 999", () => {
  it("numbers paragraph 1000, which the parser reads as one", () => {
    const paragraphs = Array.from({ length: 999 }, (_, i) => `${i + 1}. Paragraph.`).join("\n\n");
    const text = `${front}${paragraphs}\n\nOne paragraph more.\n`;
    const [problem] = lintText(text).problems.filter((found) => found.ruleId === "UPR002");
    expect(problem.message).toBe("This body paragraph has no number.");
    expect(problem.fixes?.[0].title).toBe("Number it as paragraph 1000");
    const numbered = applyFixes(text, [problem.fixes![0]]).text;
    expect(lintText(numbered).problems.filter((found) => found.ruleId === "UPR002" || found.ruleId === "UPR001")).toEqual([]);
  });

  it("numbers paragraph 999 itself", () => {
    const paragraphs = Array.from({ length: 998 }, (_, i) => `${i + 1}. Paragraph.`).join("\n\n");
    const [problem] = lintText(`${front}${paragraphs}\n\nThe last one.\n`).problems.filter((found) => found.ruleId === "UPR002");
    expect(problem.fixes?.[0].title).toBe("Number it as paragraph 999");
  });
});

describe("UPR002 on a draft pasted from Word with no numbered paragraph", () => {
  // One paragraph a line, a blank line after each, plain headings: the blank line ends a paragraph.
  const word = [
    "Submission on the right to water – Exampleland",
    "Introduction",
    "The Example Water Network has worked with rural communities in the northern provinces since 2015 and documents cuts to their water supply.",
    "This submission covers the period since the third review and draws on interviews held in twelve villages during 2024.",
    "Access to water",
    "Many villages depend on a single borehole that breaks down for weeks at a time, and repairs wait for funds from the district.",
    "Women and girls walk several kilometres to fetch water when the borehole fails, which keeps girls away from school on those days.",
    "Water quality",
    "Tests carried out by the Network in 2024 found bacteria in the water of five of the twelve boreholes visited.",
    "No district has published the results of its own tests, although the water regulations require them to do so each year.",
  ].join("\n\n") + "\n";

  it("raises one problem whose fix numbers every body paragraph, the second of a section too", () => {
    const problems = lintText(word).problems.filter((problem) => problem.ruleId === "UPR002");
    expect(problems).toHaveLength(1);
    expect(problems[0].fixes?.[0].title).toBe("Number the 6 body paragraphs 1–6");
    const numbered = applyFixes(word, [problems[0].fixes![0]]).text;
    expect(numbered).toContain("\n\n2. This submission covers");
    expect(numbered).toContain("\n\n4. Women and girls walk");
    expect(numbered).toContain("\n\n6. No district has published");
  });
});

describe("UPR001 on decimal sections numbered 1.0, 2.0", () => {
  const text = ["Submission on the right to health", "", "1.0 INTRODUCTION", "1.1 The first paragraph of the submission.", "3.0 HEALTH CARE", "3.1 The second paragraph of the submission.", ""].join("\n");

  it("reads them as section numbers, and its fix keeps the .0", () => {
    const problems = lintText(text).problems.filter((problem) => problem.ruleId === "UPR001");
    expect(problems.map((problem) => [problem.expected, problem.actual])).toEqual([["2", "3"]]);
    const fixed = applyFixes(text, [problems[0].fixes![0]]).text;
    expect(fixed).toContain("\n2.0 HEALTH CARE\n2.1 The second paragraph");
  });
});
