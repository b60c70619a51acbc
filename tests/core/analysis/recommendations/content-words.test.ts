import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentWords, Vocabulary } from "../../../../server/src/core/analysis/recommendation-words.js";
import { parse } from "../../../../server/src/core/document/parser/index.js";
import { recommendationItems } from "../../../../server/src/core/analysis/recommendations.js";

const STOP = new Set("a an and are as at be by for from has have in into is it its of on or that the their this to with".split(" "));

/** The definition, with strings: lower-case runs of letters and digits, stop words out, a plural s after three \w characters dropped. */
function reference(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOP.has(word)).map((word) => word.replace(/(?<=\w{3})s$/, ""));
  return [...new Set(words)];
}

const vocabulary = new Vocabulary();
const wordNumber = (word: string) => vocabulary.idOfWord(word);
const numbers = (text: string, start = 0, end = text.length) => [...contentWords(text, start, end, vocabulary)];

describe("the content words of a recommendation", () => {
  it("are its words in lower case, without stop words and plural s, in order of first use", () => {
    expect(numbers("Ratify the Optional Protocols; ratify THE optional protocol, as it is.")).toEqual(["ratify", "optional", "protocol"].map(wordNumber));
    expect(numbers("Children’s rights: 18 years")).toEqual(["children", "s", "right", "18", "year"].map(wordNumber));
    expect(numbers("Bus gas crisis")).toEqual(["bus", "gas", "crisi"].map(wordNumber));
  });

  it("follow the definition on any text, letters of every script included", () => {
    const text = fc.stringOf(fc.constantFrom("a", "s", "S", "the", " ", "ss", "é", "É", "ß", "İ", "ǅ", "9", "’", "-", "𝐀", "文", "\u0301", "is", "Rights"), { maxLength: 40 });
    fc.assert(fc.property(text, (sample) => {
      expect(numbers(sample)).toEqual(reference(sample).map(wordNumber));
    }), { numRuns: 500, seed: 20261129 });
  });

  it("are numbered alike in a vocabulary of thousands of words", () => {
    const many = new Vocabulary();
    const before = many.size;
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    const ids = words.map((word) => many.idOfWord(word));
    expect(new Set(ids).size).toBe(words.length);
    expect(words.map((word) => many.idOfWord(word))).toEqual(ids);
    expect(many.size - before).toBe(words.length);
  });

  it("follow the definition on every recommendation of the seed", () => {
    const seed = readFileSync(join(__dirname, "../../../../seeds/ecpat-pakistan-upr3.upr"), "utf8");
    const document = parse(seed);
    for (const item of recommendationItems(document)) {
      expect(numbers(seed, item.content.start, item.end)).toEqual(reference(seed.slice(item.content.start, item.end)).map(wordNumber));
    }
  });
});
