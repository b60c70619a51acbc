import { describe, expect, it } from "vitest";
import misspellings from "../../../../server/src/core/data/misspellings.json";

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
