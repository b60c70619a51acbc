import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blockLines } from "../../../server/src/core/document/block-lines.js";
import { convertToCanonical } from "../../../server/src/core/edits/convert.js";
import { parse } from "../../../server/src/core/document/parser/index.js";

const pageBreaks = readFileSync(join(__dirname, "../../fixtures/pasted/page-breaks.txt"), "utf8");

describe("text pasted from a PDF with page breaks", () => {
  const document = parse(pageBreaks);
  const slice = (span: { start: number; end: number }) => pageBreaks.slice(span.start, span.end);

  it("keeps a paragraph whole across the footnote texts and page number of a page break", () => {
    expect(document.mode).toBe("pasted");
    expect(document.paragraphs.map((paragraph) => paragraph.marker!.value)).toEqual([1, 2, 3]);
    expect(blockLines(document.paragraphs[1]).map(slice).join(" ")).toBe(
      "2. Child marriage is still common in the border provinces, and the legal age of marriage for girls is 16, two years below the age for boys.3 A draft law to raise it has been pending since 2019.",
    );
    expect(document.paragraphs[1].artefacts.map(slice)).toEqual([
      "1 Statistics Bureau of Exampleland, Demographic and Health Survey 2022.",
      "2 Ministry of Interior, Annual Report 2023, p. 14.",
      "3",
    ]);
  });

  it("reads glued markers as footnote references and page-bottom lines as their texts", () => {
    expect(document.footnoteReferences.map((reference) => reference.label)).toEqual(["1", "2", "3"]);
    expect(document.footnoteDefinitions.map((note) => [note.label, slice(note.content)])).toEqual([
      ["1", "Statistics Bureau of Exampleland, Demographic and Health Survey 2022."],
      ["2", "Ministry of Interior, Annual Report 2023, p. 14."],
    ]);
  });

  it("finds the sections and the lettered list after its lead-in paragraph", () => {
    expect(document.sections.map((section) => section.heading.marker?.text)).toEqual(["I", "II"]);
    expect(document.lists.map((list) => list.items.map((item) => item.marker!.text).join(""))).toEqual(["ab"]);
  });

  it("converts to canonical text with [^n] references and the footnote texts as definitions", () => {
    const { text: canonical, removed } = convertToCanonical(pageBreaks);
    expect(canonical).toContain("recorded.[^1] The Government");
    expect(canonical).toContain(
      "2. Child marriage is still common in the border provinces, and the legal age of marriage for girls is 16, two years below the age for boys.[^3] A draft law",
    );
    // The page number is taken out and listed, not kept in the draft.
    expect(removed).toEqual(["3"]);
    expect(canonical).not.toContain("Moved from a page break");
    expect(canonical.trimEnd().split("\n").slice(-2)).toEqual([
      "[^1]: Statistics Bureau of Exampleland, Demographic and Health Survey 2022.",
      "[^2]: Ministry of Interior, Annual Report 2023, p. 14.",
    ]);
    const reparsed = parse(canonical);
    expect(reparsed.mode).toBe("canonical");
    expect(reparsed.paragraphs).toHaveLength(3);
    expect(reparsed.footnoteDefinitions.map((definition) => definition.label)).toEqual(["1", "2"]);
  });
});

describe("page-break artefacts", () => {
  it("belong to the blocks of pasted text alone: a canonical draft parsed before has none afterwards", () => {
    const canonical = parse("---\nstate: Exampleland\n---\n\n1. One.\n\n2. Two.\n");
    const pasted = parse(pageBreaks);
    expect(pasted.blocks.some((block) => block.artefacts.length > 0)).toBe(true);
    expect(canonical.blocks.every((block) => block.artefacts.length === 0)).toBe(true);
    expect(parse("---\nstate: Exampleland\n---\n\n1. Three.\n").blocks.every((block) => block.artefacts.length === 0)).toBe(true);
  });
});

describe("numbered clauses of a quotation in pasted text", () => {
  const paragraphNumbers = (text: string) => parse(text).paragraphs.map((paragraph) => paragraph.marker!.value);

  it("are part of the paragraph that quotes them, when the quotation closes on them", () => {
    const text = ["1. The law was amended in 2020.", "2. Its article 4 reads:", "“1. Every association shall register.", "2. An association may appeal.”", "3. The amendment took effect in 2021.", ""].join("\n");
    expect(paragraphNumbers(text)).toEqual([1, 2, 3]);
  });

  it("stay paragraphs when no quotation closes on them, or when the number goes on from the paragraph's", () => {
    const unclosed = ["1. The law was amended in 2020.", "2. The Minister called it “a reform, and nothing more.", "4. The amendment took effect in 2021.", "5. It was applied at once.", ""].join("\n");
    expect(paragraphNumbers(unclosed)).toEqual([1, 2, 4, 5]);
    const inSequence = ["1. The Minister said “the law will change.", "2. The amendment took effect in 2021.”", ""].join("\n");
    expect(paragraphNumbers(inSequence)).toEqual([1, 2]);
  });
});
