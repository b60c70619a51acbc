import { describe, expect, it } from "vitest";
import { convertToCanonical } from "../../../server/src/core/edits/convert.js";
import { corpusFiles } from "../../corpus/corpus.js";
import { essentials, roundTrip } from "./round-trip.js";
import { seed, seedWithFootnoteTexts } from "./seed-with-footnotes.js";


describe("a draft through Word and back", () => {
  it("keeps the seed's words, paragraph numbers, recommendation letters and front matter", async () => {
    const back = await roundTrip(seed);
    const before = essentials(seed);
    const after = essentials(back.text);
    expect(after.words).toEqual(before.words);
    expect(after.paragraphNumbers).toEqual(before.paragraphNumbers);
    expect(after.paragraphNumbers).toHaveLength(28);
    expect(after.recommendationLetters).toEqual(before.recommendationLetters);
    expect(after.metadata).toEqual(before.metadata);
    expect(after.footnoteTexts).toEqual(before.footnoteTexts);
  });

  it("keeps footnote texts, curly quotes and dashes", async () => {
    const draft = seedWithFootnoteTexts();
    const back = await roundTrip(draft);
    const before = essentials(draft);
    const after = essentials(back.text);
    expect(after.footnoteTexts).toEqual(before.footnoteTexts);
    expect(after.footnoteTexts[34]).toBe("Footnote text number 35, with “quotes” – and a dash.");
    expect(after.words).toEqual(before.words);
    expect(back.text).toContain("(hereinafter ‘CSE’)");
    expect(back.notices).toEqual([]);
  });

  it("gives the canonical seed back line for line, but for its comments", async () => {
    const back = await roundTrip(seed);
    const withoutComments = seed
      .split("\n")
      .filter((line) => !/^<!--|^\[\^1\] to \[\^35\]/.test(line))
      .filter((line, index, lines) => line !== "" || lines[index - 1] !== "");
    expect(back.text.split("\n").filter((line, index, lines) => line !== "" || lines[index - 1] !== "")).toEqual(withoutComments);
  });

  const schemes: [string, string][] = [
    [
      "flat numbering with Roman headings, sub-headings, lettered lists past z and bullets",
      `---\nstate: Exampleland\ncycle: 4\nsession: 47\nsubmission: individual\norganisations:\n  - Example Rights Centre\nlanguage: en\n---\n\nI. Background\n\n1. First paragraph.\n\nA. Law\n\n2. Second paragraph, see paragraph 1.\n\nII. Recommendations\n\nWe recommend that the Government of Exampleland:\n\n${letters(28)}\n\n- a bullet under the last item;\n\n- another bullet.\n\n3. Third paragraph.\n`,
    ],
    [
      "numbering that restarts in each section",
      `---\nstate: Exampleland\n---\n\n# I. One\n\n1. First of one.\n\n2. Second of one.\n\n# II. Two\n\n1. First of two.\n\n2. Second of two.\n`,
    ],
    [
      "decimal numbering under numbered sections",
      `---\nstate: Exampleland\n---\n\n# 1. Introduction\n\n1.1 The first point.\n\n1.2 The second point.\n\n# 2. Concerns\n\n2.1 A concern.\n\n2.1.1 A detail of it.\n`,
    ],
    [
      "a block quotation and theme tags",
      `---\nstate: Exampleland\n---\n\n# I. Law\n\n1. Article 25 of the Constitution reads:\n\n> All citizens are equal before law.\n\n2. Recommendations follow. [F31]\n`,
    ],
  ];

  it.each(schemes)("keeps %s", async (_, draft) => {
    const back = await roundTrip(draft);
    const before = essentials(draft);
    const after = essentials(back.text);
    expect(after).toEqual(before);
  });

  it("keeps every real submission of the corpus, converted to the canonical form", async () => {
    for (const { name, text } of corpusFiles()) {
      const draft = convertToCanonical(text).text;
      const back = await roundTrip(draft);
      const before = essentials(draft);
      const after = essentials(back.text);
      expect({ name, ...after }).toEqual({ name, ...before });
    }
  }, 60_000);
});

function letters(count: number): string {
  return Array.from({ length: count }, (_, index) => {
    const letter = String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1);
    return `${letter}. Adopt measure number ${index + 1}.`;
  }).join("\n\n");
}
