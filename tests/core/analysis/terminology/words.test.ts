import { describe, expect, it } from "vitest";
import type { UprDocument } from "../../../../server/src/core/document/model.js";
import { parseAll } from "../../../../server/src/core/document/parser/index.js";
import { findTerms } from "../../../../server/src/core/analysis/terminology/find-terms.js";
import { blockWordTokens, type WordTokens } from "../../../../server/src/core/analysis/terminology/words.js";

const front = "---\nstate: Exampleland\n---\n\n";
const wordTokens = (document: UprDocument) => blockWordTokens(document, document.blocks);

describe("the words of a draft", () => {
  it("keep every word when a text has many more than its length suggests", () => {
    const text = `${front}1. ${"a ".repeat(5000)}child pornography.\n`;
    const tokens = wordTokens(parseAll(text));
    expect(tokens.count).toBe(1 + 5000 + 2);
    const last = tokens.count - 1;
    expect(text.slice(tokens.starts[last], tokens.ends[last])).toBe("pornography");
    expect(findTerms(parseAll(text)).map((finding) => finding.text)).toEqual(["child pornography"]);
  });

  it("read a curly apostrophe and letters beyond ASCII as the term lists write them", () => {
    const text = `${front}1. The child’s pornography and İstanbul’s CHILD PORNOGRAPHY.\n`;
    expect(findTerms(parseAll(text)).map((finding) => finding.text)).toEqual(["CHILD PORNOGRAPHY"]);
  });

  it("stay right when the next draft takes over the arrays of the words read before", () => {
    const words = (tokens: WordTokens) => Array.from({ length: tokens.count }, (_, i) => tokens.original(i));
    const long = parseAll(`${front}1. ${"alpha beta ".repeat(300)}gamma.\n\n2. Zeta.\n`);
    const short = parseAll(`${front}1. Delta epsilon.\n`);
    const longWords = words(wordTokens(long));
    expect(longWords.slice(-4)).toEqual(["beta", "gamma", "2", "Zeta"]);
    expect(words(wordTokens(short))).toEqual(["1", "Delta", "epsilon"]);
    expect(words(blockWordTokens(long, long.blocks.slice(1)))).toEqual(["2", "Zeta"]);
    expect(words(wordTokens(long))).toEqual(longWords);
  });
});
