import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blockLines } from "../../../server/src/core/document/block-lines.js";
import { parse, parseAll } from "../../../server/src/core/document/parser/index.js";
import { parseConfig } from "../../../server/src/core/config/config.js";
import { fixAll } from "../../../server/src/core/edits/fix-all.js";
import { lintText } from "../../../server/src/core/lint/lint.js";
import { allRules } from "../../../server/src/core/rules/index.js";
import { withoutMarkers } from "../../support/fixtures.js";

const layouts = join(__dirname, "../../fixtures/layouts");
const read = (name: string) => withoutMarkers(readFileSync(join(layouts, name), "utf8"));

describe("page layout of pasted text", () => {
  const text = read("page-furniture.txt");
  const document = parse(text);
  const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end);

  it("lists page numbers and running headers as furniture, in document order", () => {
    expect(document.furniture.map((line) => [line.kind, slice(line)])).toEqual([
      ["running-line", "Example Housing Forum – Submission on Exampleland"],
      ["page-number", "Page 1 of 3"],
      ["running-line", "Example Housing Forum – Submission on Exampleland"],
      ["page-number", "Page 2 of 3"],
      ["running-line", "Example Housing Forum – Submission on Exampleland"],
      ["page-number", "Page 3 of 3"],
    ]);
  });

  it("reads footnote texts at the page bottom, a number alone on its line with its text below", () => {
    expect(document.footnoteDefinitions.map((note) => [note.label, blockLines(note).map(slice).join(" ")])).toEqual([
      ["1", "1 Example Housing Forum, Annual Count of Rough Sleepers, 2023."],
      ["2", "2 City Council of Exampleville, Housing Statistics, 2022."],
    ]);
  });

  it("keeps a paragraph whole across the page break, and the contact block out of the body", () => {
    expect(document.paragraphs.map((paragraph) => paragraph.marker!.value)).toEqual([1, 2, 3, 4]);
    expect(blockLines(document.paragraphs[1]).map(slice).at(-1)).toBe("the shelters of the capital turn away more than two hundred people each night in winter.");
    expect(document.blocks.filter((block) => block.role === "closing").flatMap((block) => blockLines(block).map(slice))).toEqual([
      "Contact: Jo Example, Example Housing Forum",
      "[email redacted]",
      "Exampleville, 3 March 2024",
    ]);
  });

  /** A fixture's furniture, footnote texts and paragraphs, each line by line. */
  const pageParts = (name: string) => {
    const parsed = parse(read(name));
    const lines = (block: { start: number; end: number }) => blockLines(block as Parameters<typeof blockLines>[0]).map((span) => parsed.text.slice(span.start, span.end)).join(" ").trim();
    return {
      furniture: parsed.furniture.map((line) => [line.kind, parsed.text.slice(line.start, line.end)]),
      notes: parsed.footnoteDefinitions.map((note) => [note.label, lines(note)]),
      paragraphs: parsed.paragraphs.map((paragraph) => [paragraph.marker!.text, lines(paragraph)]),
    };
  };

  it("reads footnote texts numbered like paragraphs at page bottoms, a Roman page number, and a running line on two pages that counts them", () => {
    const { furniture, notes, paragraphs } = pageParts("dotted-footnotes.txt");
    expect(notes).toEqual([
      ["1", "1. Ministry of Justice of Exampleland, Prison Statistics, 2023."],
      ["2", "2. Inspector of Prisons, Annual Report 2023, p. 14."],
      ["3", "3. Ombudsman of Exampleland, Annual Report 2023."],
    ]);
    expect(paragraphs.map(([number]) => number)).toEqual(["1", "2", "3", "1", "2", "2", "3"]);
    expect(furniture).toEqual([
      ["page-number", "ii"],
      ["running-line", "Example Prison Watch – March 2024 – 1"],
      ["running-line", "Example Prison Watch – March 2024 – 2"],
    ]);
  });

  it("takes \"- 1 -\" for a page number, a header on each of two pages for a running line, and the rule above the footnotes for no text", () => {
    const { furniture, notes, paragraphs } = pageParts("dash-page-numbers.txt");
    const page = (number: number) => [["running-line", "Example Health Watch"], ["running-line", "Caracas, 14 March 2016"], ["page-number", `- ${number} -`]];
    expect(furniture).toEqual([...page(1), ...page(2)]);
    expect(notes).toEqual([
      ["1", "1 Example Health Watch, National Hospital Survey, February 2016."],
      ["2", "2 Ministry of Health, Maternal Mortality Report, 2015."],
    ]);
    expect(paragraphs.filter(([, text]) => text.includes("_"))).toEqual([]);
  });

  it("sees a page break in a form feed on a blank line, as pdfminer leaves it at a page top", () => {
    const { notes, paragraphs } = pageParts("form-feed-blank.txt");
    expect(notes).toEqual([["1", "1 Law No. 105 on Social Security, 27 December 2008."]]);
    expect(paragraphs.map(([number]) => number)).toEqual(["1", "2", "3"]);
  });

  it("finds the page breaks of text with no form feeds or page numbers by a running line that counts the pages", () => {
    const { furniture, notes, paragraphs } = pageParts("counted-footers.txt");
    expect(furniture.map(([, text]) => text.trim())).toEqual(["Example Law Centre | UPR Submission | September 2016", "Example Law Centre | UPR Submission | September 2016 2", "Example Law Centre | UPR Submission | September 2016 3"]);
    expect(notes.map(([label]) => label)).toEqual(["1", "2"]);
    expect(paragraphs.map(([number]) => number)).toEqual(["1", "2", "3"]);
  });

  it("reads footnote texts that end the text with no page break below them, and a marker glued to a fiscal year", () => {
    const atEnd = parse(read("notes-at-end.txt"));
    expect(atEnd.footnoteDefinitions.map((note) => note.label)).toEqual(["1", "2", "3"]);
    expect(atEnd.footnoteReferences.map((reference) => atEnd.text.slice(reference.start - 8, reference.end))).toEqual(["2014/15.1", "not met.2", "eeds it.3"]);
  });

  it("reads endnotes after a Notes heading by their Roman labels, a numbered list inside one included", () => {
    const endnotes = parse(read("endnotes.txt"));
    expect(endnotes.paragraphs.map((paragraph) => paragraph.marker!.value)).toEqual([1, 2, 3]);
    expect(endnotes.footnoteDefinitions.map((note) => note.label)).toEqual(["i", "ii", "iii"]);
    expect(endnotes.footnoteReferences.map((reference) => reference.label)).toEqual(["i", "ii", "iii"]);
  });

  it("finds markers glued to a year or a short year range by the footnote texts that exist", () => {
    const glued = parse(read("glued-markers.txt"));
    const word = (end: number) => glued.text.slice(glued.text.lastIndexOf(" ", end - 1) + 1, end);
    expect(glued.footnoteReferences.map((reference) => [reference.label, word(reference.end)])).toEqual([
      ["1", "2020.1"],
      ["2", "province.2"],
      ["3", "20213"],
      ["4", "2022–23.4"],
    ]);
  });
});

describe("footnote markers and texts that extractors leave apart", () => {
  const endOfWord = (text: string, end: number) => text.slice(text.lastIndexOf(" ", end - 1) + 1, end);

  it("finds markers after closing punctuation, a range of figures or a bracketed year, by the footnote texts", () => {
    const glued = parse(read("glued-punctuation.txt"));
    expect(glued.footnoteReferences.map((reference) => [reference.label, endOfWord(String(glued.text), reference.end)])).toEqual([
      ["1", "ends...”1"],
      ["2", "last?2"],
      ["3", "Plan‟3"],
      ["4", "6-114"],
      ["5", "(2015-2020)5"],
    ]);
  });

  it("reads a footnote number below its text at the page bottom, and one that fell below the footnotes after it", () => {
    const text = read("number-below-text.txt");
    const below = parse(text);
    const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end);
    expect(below.footnoteDefinitions.map((note) => [note.label, blockLines(note).map(slice).join(" ")])).toEqual([
      ["1", "1 Ministry of Forests, Permit Register, 2023."],
      ["2", "Example Forest Network, District Survey of Logging Permits, 2024, www.example.org/survey"],
      ["3", "3 Supreme Court of Exampleland, Annual Report, 2023."],
      ["4", "Example Legal Aid Society, Dismissed Without a Hearing, 2024."],
      ["5", "5 Example Forest Network, Case Tracker, 2024."],
    ]);
    expect(below.footnoteReferences.map((reference) => reference.label)).toEqual(["1", "2", "3", "4", "5"]);
    expect(below.paragraphs.map((paragraph) => paragraph.marker!.value)).toEqual([1, 2, 3, 4]);
  });
});

describe("bullet glyphs that extractors set apart from their text", () => {
  it("gives each unbulleted paragraph of the list a glyph standing alone, and runs the lines below a lone glyph on the bullet before", () => {
    const text = read("detached-bullets.txt");
    const document = parse(text);
    const bullets = document.blocks.filter((block) => block.kind === "bullet");
    expect(bullets.map((bullet) => text.slice(bullet.content.start, bullet.content.start + 12))).toEqual(["Release ever", "Repeal the a", "Allow foreig", "Invite the S"]);
    expect(blockLines(bullets[0]).map((line) => text.slice(line.start, line.end)).at(-1)).toBe("those awaiting trial for the same reasons.");
  });

  it("leaves a list alone when the lone glyphs and the unbulleted paragraphs do not pair up", () => {
    const text = ["1. The Trust asks the Government:", "", "•  to release every journalist;", "•", "", "and to repeal the insult laws.", "", "Other matters follow here.", ""].join("\n");
    const document = parse(text);
    expect(document.blocks.map((block) => block.kind)).toEqual(["paragraph", "bullet", "bullet", "text"]);
  });
});

describe("numbering schemes", () => {
  it("an edit above decimal numbers keeps their parts, as a fresh parse reads them", () => {
    const text = "---\nstate: Exampleland\n---\n\n1. Background\n\n1.1 The first point.\n\n1.2 The second point.\n";
    const previous = parse(text);
    const edited = text.replace("Background", "The background");
    const paths = (document: ReturnType<typeof parse>) => document.blocks.map((block) => block.marker?.path);
    expect(paths(parse(edited, previous))).toEqual(paths(parseAll(edited)));
    expect(paths(parse(edited, previous))).toEqual([undefined, [1, 1], [1, 2]]);
  });

  it("renumbering a decimal draft keeps its decimal numbers", () => {
    const text = "1. Background\n1.1 The first point is made here.\n1.3 The second point skipped a number.\n1.4 The third point follows it.\n";
    expect(fixAll(text).text).toBe("1. Background\n1.1 The first point is made here.\n1.2 The second point skipped a number.\n1.3 The third point follows it.\n");
  });

  it("renumbering a per-section draft restarts under each heading", () => {
    const text = [
      "Questions to the Government of Exampleland on its housing and water plans",
      "Housing",
      "1. Will the national housing plan be published before the end of this year?",
      "3. Who will write the plan, and will tenants' groups be heard before it is final?",
      "4. How much of the housing budget will go to the northern provinces?",
      "Water",
      "1. When will the wells of the southern villages be repaired and tested again?",
      "3. Who will pay for the repairs, the provinces or the central Government?",
      "4. Will the water tests be published each year, village by village?",
      "",
    ].join("\n");
    const renumbered = text.replace("3. Who will write", "2. Who will write").replace("4. How", "3. How").replace("3. Who will pay", "2. Who will pay").replace("4. Will", "3. Will");
    expect(fixAll(text, { configs: [{ numbering: "per-section" }] }).text).toBe(renumbered);
  });

  it("takes the scheme from the front matter before the configuration", () => {
    const text = "---\nstate: Exampleland\nnumbering: per-section\n---\n\n# I. Housing\n\n1. One.\n\n2. Two.\n\n# II. Water\n\n1. Three.\n";
    expect(lintText(text, { configs: [{ numbering: "flat" }] }).problems.filter((problem) => problem.ruleId === "UPR001")).toEqual([]);
    expect(lintText(text.replace("per-section", "flat")).problems.filter((problem) => problem.ruleId === "UPR001")).toHaveLength(1);
  });

  it("reports a numbering setting that is not a scheme, in the configuration and in the front matter", () => {
    expect(parseConfig('{ "numbering": "roman" }', allRules).problems.map((problem) => problem.message)).toEqual([
      '"numbering" is one of "auto", "flat", "decimal", "per-section"; it is ignored.',
    ]);
    const text = "---\nstate: Exampleland\nnumbering: roman\n---\n\n1. One.\n";
    expect(lintText(text).problems.filter((problem) => problem.ruleId === "UPR009")).toHaveLength(1);
  });

  it("a draft with no numbered paragraph gets one problem, whose fix numbers every paragraph", () => {
    const text = read("no-numbers.txt");
    const problems = lintText(text).problems.filter((problem) => problem.ruleId === "UPR002");
    expect(problems).toHaveLength(1);
    const fixed = fixAll(text, { rules: allRules.filter((rule) => rule.id === "UPR002") }).text;
    expect(parse(fixed).paragraphs.map((paragraph) => paragraph.marker!.value)).toEqual([1, 2, 3]);
  });
});
