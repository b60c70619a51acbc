import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintDocument, lintText } from "../../../server/src/core/lint/lint.js";
import { parse, parseAll } from "../../../server/src/core/document/parser/index.js";
import { describeAction, recommendationActionAt } from "../../../server/src/core/analysis/recommendations.js";
import type { Rule } from "../../../server/src/core/rules/types.js";
import { recommendationVerb } from "../../../server/src/core/rules/upr401-recommendation-verb.js";
import { vagueAction } from "../../../server/src/core/rules/upr402-vague-action.js";
import { duplicateRecommendation } from "../../../server/src/core/rules/upr403-duplicate-recommendation.js";

const seed = readFileSync(join(__dirname, "../../../seeds/ecpat-pakistan-upr3-extracted.txt"), "utf8");
const list = (...items: string[]) =>
  `---\nstate: Exampleland\n---\n\n1. Background.\n\nWe recommend that the Government of Exampleland:\n\n${items.map((item, i) => `${String.fromCharCode(97 + i)}. ${item}`).join("\n\n")}\n`;
const flagged = (rule: Rule, text: string) => lintText(text, { rules: [rule] }).problems.map((problem) => text.slice(problem.start, problem.end));

describe("UPR401 recommendation-verb", () => {
  it.each([
    ["an imperative verb", "Ratify the Optional Protocol on a communications procedure."],
    ["a verb the data does not list", "Criminalise all forms of online grooming."],
    ["a phrasal verb", "Step up efforts to register every birth."],
  ])("passes %s", (_, item) => {
    expect(flagged(recommendationVerb, list(item))).toEqual([]);
  });

  it.each([
    ["a subject with a modal", "Governments should make serious efforts.", "Governments"],
    ["a determiner", "All offences to be extraditable.", "All"],
    ["an article", "The Government must adopt a plan.", "The"],
  ])("flags %s", (_, item, word) => {
    expect(flagged(recommendationVerb, list(item))).toEqual([word]);
  });

  it("finds the three items of the seed that do not start with a verb", () => {
    expect(flagged(recommendationVerb, seed)).toEqual(["All", "Governments", "All"]);
  });
});

describe("UPR402 vague-action", () => {
  it.each([
    ["consider", "Consider ratifying the OPIC."],
    ["continue", "Continue its efforts to end child marriage."],
    ["take measures, with words between", "Take all necessary measures to end child labour."],
  ])("flags %s", (_, item) => {
    expect(flagged(vagueAction, list(item))).toHaveLength(1);
  });

  it.each([
    ["a specific action", "Adopt a law setting the minimum age of marriage at 18."],
    ["take with a concrete object", "Take children out of detention within six months."],
    ["considering later in the sentence", "Amend the Penal Code, considering the CRC's general comment No. 13."],
  ])("passes %s", (_, item) => {
    expect(flagged(vagueAction, list(item))).toEqual([]);
  });

  it("finds no vague action in the seed's recommendations", () => {
    expect(flagged(vagueAction, seed)).toEqual([]);
  });
});

describe("UPR403 duplicate-recommendation", () => {
  it("flags the later of two near-identical recommendations", () => {
    const text = list(
      "Raise the minimum age of marriage for girls to 18 years in all provinces.",
      "Improve birth registration.",
      "Raise the minimum age of marriage for girls to 18 in all provinces.",
    );
    const { problems, document } = lintText(text, { rules: [duplicateRecommendation] });
    expect(problems.map((problem) => text.slice(problem.start, problem.end))).toEqual(["c"]);
    expect(problems[0].message).toBe(`This recommendation nearly repeats recommendation a. on line ${document.index.lineAt(document.lists[0].items[0].start).index + 1}.`);
  });

  it("passes recommendations that share a topic but differ", () => {
    expect(
      flagged(duplicateRecommendation, list("Raise the minimum age of marriage to 18.", "Enforce the minimum age of marriage in rural courts.")),
    ).toEqual([]);
  });

  it("finds no duplicate among the seed's 48 recommendations", () => {
    expect(flagged(duplicateRecommendation, seed)).toEqual([]);
  });

  it("after each edit of a draft, finds what a fresh parse of it finds: edits before, in and after the repeated items", () => {
    const marriage = "Raise the minimum age of marriage for girls to 18 years in all provinces.";
    let text = list("Improve birth registration in rural districts.", marriage, "Fund shelters for children who leave home.", marriage, marriage);
    let previous = parseAll(text);
    lintDocument(previous, { rules: [duplicateRecommendation] });
    const edits: [string, string][] = [
      ["Fund shelters", "Fund safe shelters"],
      ["b. Raise the minimum age", "b. Publish yearly data on the age"],
      ["Improve birth registration in rural districts.", marriage],
      ["d. Raise", "d. Abolish child marriage. Raise"],
      ["1. Background.", "1. Background and context."],
    ];
    const verdicts: string[][] = [];
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      const document = parse(text, previous);
      const problems = lintDocument(document, { rules: [duplicateRecommendation] });
      expect(problems).toEqual(lintDocument(parseAll(text), { rules: [duplicateRecommendation] }));
      verdicts.push(problems.map((problem) => `${text.slice(problem.start, problem.end)}: ${problem.message.replace(/ on line \d+/, "")}`));
      previous = document;
    }
    expect(verdicts[0]).toEqual(["d: This recommendation nearly repeats recommendation b..", "e: This recommendation nearly repeats recommendation b.."]);
    expect(verdicts[1]).toEqual(["e: This recommendation nearly repeats recommendation d.."]);
    expect(verdicts[2]).toEqual(["d: This recommendation nearly repeats recommendation a..", "e: This recommendation nearly repeats recommendation a.."]);
  });
});

describe("hover on a recommendation's first verb", () => {
  it("names the UPR Info action categories the verb heads", () => {
    const text = list("Ratify the OPSC.");
    const document = parse(text);
    const action = recommendationActionAt(document, text.indexOf("Ratify") + 2)!;
    expect(action.verb).toBe("ratify");
    expect(action.categories.map((category) => category.category)).toEqual([5]);
    expect(describeAction(action)).toMatch(/^\*\*ratify\*\*: UPR Info action category 5 \(Specific action/);
    expect(recommendationActionAt(document, text.indexOf("OPSC"))).toBeUndefined();
  });
});
