import { describe, expect, it } from "vitest";
import { applyFixes } from "../../../../server/src/core/edits/fixes.js";
import { lintText } from "../../../../server/src/core/lint/lint.js";

const FRONT = "---\nstate: Exampleland\n---\n\n";

/** The text after applying fix `which` of the first terminology problem. */
function fixed(body: string, which = 0, text = FRONT + body): string {
  const problem = lintText(text).problems.find((candidate) => /^UPR10\d$/.test(candidate.ruleId));
  expect(problem, "a terminology problem").toBeDefined();
  return applyFixes(text, [problem!.fixes![which]]).text.slice(text.startsWith(FRONT) ? FRONT.length : 0);
}

describe("terminology fixes give exactly the expected text", () => {
  it.each([
    ["lower case", "1. Online child pornography is spreading.\n", "1. Online child sexual abuse material is spreading.\n"],
    ["a capital first letter", "1. Child pornography is spreading.\n", "1. Child sexual abuse material is spreading.\n"],
    ["capitals", "1. CHILD PORNOGRAPHY IS SPREADING.\n", "1. CHILD SEXUAL ABUSE MATERIAL IS SPREADING.\n"],
    ["Title Case", "1. The Child Pornography Unit was set up.\n", "1. The Child Sexual Abuse Material Unit was set up.\n"],
    ["a hyphen", "1. The child-pornography trade.\n", "1. The child sexual abuse material trade.\n"],
    ["a line break", "1. The spread of child\npornography online.\n", "1. The spread of child sexual abuse material online.\n"],
    ["a plural: the head noun becomes plural", "1. Child prostitutes were found.\n", "1. Children exploited in prostitution were found.\n"],
    ["a plural of the last word", "1. Two child sex tourists were arrested.\n", "1. Two travelling child sex offenders were arrested.\n"],
    ["a possessive keeps its ’s", "1. A paedophile’s network.\n", "1. A child sex offender’s network.\n"],
    ["a plural possessive keeps its apostrophe", "1. The paedophiles' networks.\n", "1. The child sex offenders' networks.\n"],
    ["a single word", "1. Sexting is common.\n", "1. Self-generated sexual content is common.\n"],
    ["the only change is the term", "1. Children’s ‘safety’ and child porn, “quoted” elsewhere.\n", "1. Children’s ‘safety’ and child sexual abuse material, “quoted” elsewhere.\n"],
  ])("%s", (_, before, after) => {
    expect(fixed(before)).toBe(after);
  });

  it("offers one fix per alternative, the second giving the second alternative", () => {
    expect(fixed("1. Child pornography is spreading.\n", 1)).toBe("1. Child sexual exploitation material is spreading.\n");
    const text = `${FRONT}1. Child pornography is spreading.\n`;
    const problem = lintText(text).problems.find((candidate) => candidate.ruleId === "UPR101")!;
    expect(problem.fixes!.map((fix) => fix.title)).toEqual([
      "Replace with 'Child sexual abuse material'",
      "Replace with 'Child sexual exploitation material'",
    ]);
  });

  it("replaces a term wrapped across a blank line of pasted text with the words joined", () => {
    const pasted = [
      "1. The present submission is an update about the sexual exploitation of children in Exampleland, ",
      "",
      "where the spread of online child ",
      "",
      "pornography has grown since the previous review and where the level of implementation of the ",
      "",
      "recommendations remains low. ",
      "",
    ].join("\n");
    expect(fixed("", 0, pasted)).toBe(pasted.replace("child \n\npornography", "child sexual abuse material"));
  });

  it("offers no fix for a term split by page-break artefacts, which a replacement would delete", () => {
    const pasted = [
      "1. The present submission is an update about the sexual exploitation of children in Exampleland, ",
      "",
      "where the spread of online child ",
      "",
      "https://www.example.org/leaked/footnote/url.pdf",
      "https://www.example.org/leaked/footnote/url.pdf",
      " pornography has grown since the previous review and where the level of implementation of the ",
      "",
      "recommendations remains low. ",
      "",
    ].join("\n");
    const problems = lintText(pasted).problems.filter((problem) => problem.ruleId === "UPR101");
    expect(problems).toHaveLength(1);
    expect(problems[0].fixes).toEqual([]);
  });

  it("a fixed text has no term left, and fixing again changes nothing", () => {
    const text = `${FRONT}1. Child pornography, child prostitutes and sexting.\n`;
    let current = text;
    for (let pass = 0; pass < 3; pass++) {
      const fixes = lintText(current).problems.filter((problem) => /^UPR10\d$/.test(problem.ruleId)).map((problem) => problem.fixes![0]);
      current = applyFixes(current, fixes).text;
    }
    expect(current).toBe(`${FRONT}1. Child sexual abuse material, children exploited in prostitution and self-generated sexual content.\n`);
    expect(lintText(current).problems.filter((problem) => /^UPR10\d$/.test(problem.ruleId))).toEqual([]);
  });
});
