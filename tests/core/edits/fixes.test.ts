import { describe, expect, it } from "vitest";
import { fixAll } from "../../../server/src/core/edits/fix-all.js";
import { applyEdits, applyFixes } from "../../../server/src/core/edits/fixes.js";
import { lintText } from "../../../server/src/core/lint/lint.js";

describe("applyFixes, the one function every fix goes through", () => {
  const text = "0123456789";

  it("applies edits from the end backwards regardless of their order", () => {
    expect(applyEdits(text, [{ start: 1, end: 2, newText: "a" }, { start: 8, end: 9, newText: "bb" }])).toBe("0a234567bb9");
    expect(applyEdits(text, [{ start: 8, end: 9, newText: "bb" }, { start: 1, end: 2, newText: "a" }])).toBe("0a234567bb9");
  });

  it("skips a whole fix when one of its edits overlaps an edit already taken", () => {
    const first = { title: "first", edits: [{ start: 2, end: 5, newText: "X" }] };
    const second = { title: "second", edits: [{ start: 0, end: 1, newText: "Y" }, { start: 4, end: 6, newText: "Z" }] };
    const result = applyFixes(text, [first, second]);
    expect(result.text).toBe("01X56789");
    expect(result.applied.map((fix) => fix.title)).toEqual(["first"]);
  });

  it("shares identical edits between fixes", () => {
    const edit = { start: 3, end: 4, newText: "three" };
    const result = applyFixes(text, [{ title: "a", edits: [edit] }, { title: "b", edits: [{ ...edit }, { start: 0, end: 0, newText: ">" }] }]);
    expect(result.text).toBe(">012three456789");
    expect(result.applied).toHaveLength(2);
  });

  it("keeps two insertions at one point apart: the second waits for the next pass", () => {
    const result = applyFixes(text, [
      { title: "a", edits: [{ start: 5, end: 5, newText: "A" }] },
      { title: "b", edits: [{ start: 5, end: 5, newText: "B" }] },
    ]);
    expect(result.text).toBe("01234A56789");
  });

  it("ignores a fix with an edit outside the text", () => {
    expect(applyFixes(text, [{ title: "bad", edits: [{ start: 8, end: 20, newText: "" }] }]).text).toBe(text);
  });
});

const front = "---\nstate: Exampleland\n---\n\n# I. Background\n\n";

describe("rule fixes change exactly what they name", () => {
  const cases: [string, string, string][] = [
    ["UPR001 renumbers from the break to the end", "1. A.\n\n3. B.\n\n4. C.\n", "1. A.\n\n2. B.\n\n3. C.\n"],
    ["UPR001 updates a cross-reference to a renumbered paragraph", "1. See paragraph 3.\n\n3. B.\n", "1. See paragraph 2.\n\n2. B.\n"],
    ["UPR002 numbers a stray paragraph, then UPR001 renumbers the rest", "1. A.\n\nStray text.\n\n2. B.\n", "1. A.\n\n2. Stray text.\n\n3. B.\n"],
    ["UPR005 reletters a list", "1. A.\n\nWe recommend:\n\na. One.\n\nc. Two.\n\nc. Three.\n", "1. A.\n\nWe recommend:\n\na. One.\n\nb. Two.\n\nc. Three.\n"],
    ["UPR005 continues with aa. after z.", `1. A.\n\nWe recommend:\n\n${"abcdefghijklmnopqrstuvwxyz".split("").map((l) => `${l}. X.`).join("\n\n")}\n\nab. Y.\n`, `1. A.\n\nWe recommend:\n\n${"abcdefghijklmnopqrstuvwxyz".split("").map((l) => `${l}. X.`).join("\n\n")}\n\naa. Y.\n`],
    ["UPR006 renumbers footnotes in order of first reference", "1. A.[^2] B.[^1]\n\n[^1]: One.\n[^2]: Two.\n", "1. A.[^1] B.[^2]\n\n[^2]: One.\n[^1]: Two.\n"],
  ];
  for (const [name, body, fixed] of cases) {
    it(name, () => {
      const result = fixAll(front + body);
      expect(result.text).toBe(front + fixed);
      expect(result.problems.filter((problem) => problem.fixes?.length)).toEqual([]);
    });
  }

  it("UPR002 joins a broken-off tail to its paragraph, as a quick fix (fix-all leaves it)", () => {
    const text = front + "1. The start of a sentence that\n\nwas split when pasted.\n";
    expect(fixAll(text).text).toBe(text);
    const [join] = lintText(text).problems.filter((problem) => problem.ruleId === "UPR002");
    expect(applyFixes(text, [join.fixes![0]]).text).toBe(front + "1. The start of a sentence that was split when pasted.\n");
  });

  it("UPR003 renumbers section numerals and UPR004 rewrites a heading in the majority style", () => {
    const text = "---\nstate: X\n---\n\n# I. One\n\n1. A.\n\n# III. Two\n\n2. B.\n\n# (III) Three\n\n3. C.\n";
    expect(fixAll(text).text).toBe("---\nstate: X\n---\n\n# I. One\n\n1. A.\n\n# II. Two\n\n2. B.\n\n# III. Three\n\n3. C.\n");
  });

  it("offers both fixes for an unnumbered paragraph, the likelier first", () => {
    const { problems } = lintText(front + "1. A complete sentence.\n\nA new thought, unnumbered.\n");
    expect(problems.map((problem) => problem.fixes?.map((fix) => fix.title))).toEqual([
      ["Number it as paragraph 2", "Join with the paragraph above"],
    ]);
  });
});

describe("disable comments", () => {
  const body = "1. A.\n\n3. B.\n";
  const count = (text: string) => lintText(text).problems.length;

  it("disable-next-line, disable-line, disable/enable and disable-file switch rules off where they say", () => {
    expect(count(front + body)).toBe(1);
    expect(count(front + "1. A.\n\n<!-- upr-draft-disable-next-line UPR001 -->\n3. B.\n")).toBe(0);
    expect(count(front + "1. A.\n\n3. B. <!-- upr-draft-disable-line paragraph-numbering -->\n")).toBe(0);
    expect(count(front + "<!-- upr-draft-disable -->\n\n1. A.\n\n3. B.\n\n<!-- upr-draft-enable -->\n")).toBe(0);
    expect(count(front + "1. A.\n\n<!-- upr-draft-disable-file UPR001 -->\n\n3. B.\n")).toBe(0);
  });

  it("a comment that names another rule leaves this one on", () => {
    expect(count(front + "1. A.\n\n<!-- upr-draft-disable-next-line UPR005 -->\n3. B.\n")).toBe(1);
    expect(count(front + "<!-- upr-draft-disable UPR001 -->\n\n<!-- upr-draft-enable UPR001 -->\n\n1. A.\n\n3. B.\n")).toBe(1);
  });
});
