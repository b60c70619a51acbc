import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../../../server/src/core/lint/lint.js";
import { parse } from "../../../../server/src/core/document/parser/index.js";
import { wordLimit } from "../../../../server/src/core/rules/upr301-word-limit.js";
import { countWords } from "../../../../server/src/core/analysis/word-count.js";

const seeds = join(__dirname, "../../../../seeds");
const canonical = readFileSync(join(seeds, "ecpat-pakistan-upr3.upr"), "utf8");
const extracted = readFileSync(join(seeds, "ecpat-pakistan-upr3-extracted.txt"), "utf8");

describe("word count", () => {
  it("counts words, not paragraph numbers, letters or footnote markers", () => {
    const count = countWords(parse("---\nstate: X\nwordLimit: 10\n---\n\n# I. Two words\n\n1. Children’s in-depth rights.[^1]\n\na. One more.\n\n[^1]: A source.\n"));
    expect(count).toEqual({ total: 2 + 3 + 2 + 2, footnotes: 2, annex: 0 });
  });

  it("gives the canonical and the extracted seed the same count: glued footnote digits and page-break URLs are not words", () => {
    const fromCanonical = countWords(parse(canonical));
    const fromExtracted = countWords(parse(extracted));
    expect(fromCanonical).toEqual({ total: 3692, footnotes: 0, annex: 123 });
    expect(fromExtracted).toEqual(fromCanonical);
  });
});

describe("UPR301 word-limit", () => {
  const body = "1. One two three four five.\n";
  it("passes a draft within the limit from the front matter", () => {
    expect(lintText(`---\nwordLimit: 5\n---\n\n${body}`, { rules: [wordLimit] }).problems).toEqual([]);
  });

  it("flags a draft over the limit, saying by how much", () => {
    const { problems } = lintText(`---\nwordLimit: 4\n---\n\n${body}`, { rules: [wordLimit] });
    expect(problems.map((problem) => problem.message)).toEqual(["The submission has 5 words (footnote texts 0, annex 0); the limit is 4: 1 over."]);
  });

  it("takes the limit from the configuration when the front matter has none", () => {
    const configs = [{ rules: { "word-limit": { wordLimit: 3 } } }];
    expect(lintText(`---\nstate: X\n---\n\n${body}`, { rules: [wordLimit], configs }).problems).toHaveLength(1);
  });

  it("checks nothing without a limit", () => {
    expect(lintText(canonical, { rules: [wordLimit] }).problems).toEqual([]);
  });
});

describe("UPR301 with the project file's top-level wordLimit", () => {
  it("reads wordLimit from .upr-draft.json when the front matter has none", () => {
    const { problems } = lintText("---\nstate: X\n---\n\n1. One two three four five.\n", { configs: [{ wordLimit: 4 }] });
    expect(problems.filter((problem) => problem.ruleId === "UPR301")).toHaveLength(1);
  });
});
