import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixAll, keepsWordsAndBreaks } from "../../../server/src/core/edits/fix-all.js";
import { lintText } from "../../../server/src/core/lint/lint.js";

const front = "---\nstate: Exampleland\n---\n\n# I. Background\n\n";
const lineBreaks = (text: string) => text.split("\n").length - 1;
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe("fix-all applies only fixes that keep every word and paragraph break", () => {
  it("does not join a paragraph that looks broken off to the one before; the join stays a quick fix", () => {
    const text = `${front}1. The State has not ratified the\n\nconvention on the rights of the child.\n\n3. Third.\n`;
    const joins = lintText(text).problems.find((problem) => problem.ruleId === "UPR002")!;
    expect(joins.fixes?.[0].title).toBe("Join with the paragraph above");
    const { text: fixed, problems } = fixAll(text);
    expect(fixed).toContain("the\n\nconvention");
    expect(fixed).toContain("2. Third.");
    expect(problems.find((problem) => problem.ruleId === "UPR002")?.fixes?.[0].title).toBe("Join with the paragraph above");
  });

  it("does not remove an unused abbreviation definition; it stays a quick fix", () => {
    const text = `${front}1. The Convention on the Rights of the Child (CRC) is ratified.\n\n3. Third.\n`;
    const unused = lintText(text).problems.find((problem) => problem.ruleId === "UPR113");
    expect(unused?.fixes?.length).toBeGreaterThan(0);
    const { text: fixed, problems } = fixAll(text);
    expect(fixed).toContain("(CRC)");
    expect(fixed).toContain("2. Third.");
    expect(problems.some((problem) => problem.ruleId === "UPR113")).toBe(true);
  });

  it("tells a deletion from a renumbering or a better term", () => {
    const text = "3. A child prostitution case.\n\nTail.";
    expect(keepsWordsAndBreaks(text, { title: "renumber", edits: [{ start: 0, end: 1, newText: "2" }] })).toBe(true);
    const term = text.indexOf("child prostitution");
    expect(keepsWordsAndBreaks(text, { title: "term", edits: [{ start: term, end: term + 18, newText: "sexual exploitation of children" }] })).toBe(true);
    const gap = text.indexOf("\n\n");
    expect(keepsWordsAndBreaks(text, { title: "join", edits: [{ start: gap, end: gap + 2, newText: " " }] })).toBe(false);
    expect(keepsWordsAndBreaks(text, { title: "delete", edits: [{ start: 3, end: 5, newText: "" }] })).toBe(false);
  });

  it.each([
    ["the canonical seed", "seeds/ecpat-pakistan-upr3.upr"],
    ["the seed as pasted from its PDF", "seeds/ecpat-pakistan-upr3-extracted.txt"],
  ])("on %s, loses no line break and no word", (_, path) => {
    const text = readFileSync(join(__dirname, "../../..", path), "utf8");
    const { text: fixed } = fixAll(text);
    expect(lineBreaks(fixed)).toBeGreaterThanOrEqual(lineBreaks(text));
    expect(words(fixed)).toBeGreaterThanOrEqual(words(text));
  });
});
