import { describe, expect, it } from "vitest";
import { oneSlipApart } from "../../../../server/src/core/analysis/spelling/names.js";
import misspellings from "../../../../server/src/core/data/misspellings.json";
import nameTitles from "../../../../server/src/core/data/name-titles.json";
import sequences from "../../../../server/src/core/data/word-sequences.json";

describe("misspellings data", () => {
  const sources = Object.keys(misspellings.sources);

  it("names a source, with a title and an address, for every group of words and every phrase", () => {
    for (const source of Object.values(misspellings.sources)) {
      expect(source.title).not.toBe("");
      expect(source.url).toMatch(/^https:\/\//);
    }
    for (const group of misspellings.words) expect(sources).toContain(group.source);
    for (const phrase of misspellings.phrases) expect(sources).toContain(phrase.source);
  });

  it("holds lower-case words of letters only, each with a different correction, and no word twice", () => {
    const seen = new Set<string>();
    for (const group of misspellings.words) {
      for (const [wrong, right] of Object.entries(group.entries)) {
        expect(wrong).toMatch(/^[a-z]+$/);
        expect(right).toMatch(/^[a-z]+$/);
        expect(right).not.toBe(wrong);
        expect(seen.has(wrong)).toBe(false);
        seen.add(wrong);
      }
    }
  });

  it("stays small enough for the browser build", () => {
    expect(JSON.stringify(misspellings).length).toBeLessThan(100_000);
  });
});

describe("word sequences and name titles data", () => {
  it("names an existing source for every list", () => {
    const lists = [sequences.repeated, sequences.afterOf, sequences.complexPrepositions, sequences.fixedAfterPreposition];
    for (const list of lists) expect(Object.keys(sequences.sources)).toContain(list.source);
    expect(Object.keys(nameTitles.sources)).toContain(nameTitles.titles.source);
    for (const source of [...Object.values(sequences.sources), ...Object.values(nameTitles.sources)]) expect(source.url).toMatch(/^https:\/\//);
  });

  it("leaves out of the repeated words those English doubles", () => {
    expect(sequences.repeated.words).not.toContain("had");
    expect(sequences.repeated.words).not.toContain("that");
  });
});

describe("two spellings of a name one slip apart", () => {
  it("takes two swapped neighbours, or one letter changed past the first in a name of six letters or more", () => {
    expect(oneSlipApart("Khail", "Khali")).toBe(true);
    expect(oneSlipApart("Whitcombe", "Whitcomde")).toBe(true);
    expect(oneSlipApart("Jones", "Jonas")).toBe(false);
    expect(oneSlipApart("Hassan", "Bassan")).toBe(false);
    expect(oneSlipApart("Khail", "Khail")).toBe(false);
    expect(oneSlipApart("Khail", "Kahli")).toBe(false);
  });
});
