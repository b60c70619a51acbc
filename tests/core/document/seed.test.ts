import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convertToCanonical } from "../../../server/src/core/edits/convert.js";
import type { UprDocument } from "../../../server/src/core/document/model.js";
import { parse } from "../../../server/src/core/document/parser/index.js";

const seeds = join(__dirname, "../../../seeds");
const extracted = readFileSync(join(seeds, "ecpat-pakistan-upr3-extracted.txt"), "utf8");
const canonical = readFileSync(join(seeds, "ecpat-pakistan-upr3.upr"), "utf8");

function shape(document: UprDocument) {
  const slice = (span: { start: number; end: number }) => document.text.slice(span.start, span.end);
  return {
    paragraphs: document.paragraphs.map((paragraph) => paragraph.marker!.value),
    sections: document.sections.map((section) => ({
      heading: slice(section.heading.content).trim(),
      numeral: section.heading.marker?.text,
      children: section.children.map((child) => slice(child.heading).replace(/^#+\s*/, "").trim()),
    })),
    lists: document.lists.map((list) => list.items.map((item) => item.marker!.text).join("")),
    footnotes: document.footnoteReferences.map((reference) => Number(reference.label)),
  };
}

const expectedShape = {
  paragraphs: Array.from({ length: 28 }, (_, i) => i + 1),
  sections: [
    { heading: "Justification for Submission", numeral: "I", children: [] },
    { heading: "Methodology and Scope", numeral: "II", children: [] },
    { heading: "Child sexual exploitation in Pakistan", numeral: "III", children: [] },
    { heading: "Policy to address Child Sexual Exploitation", numeral: "IV", children: ["a. Child Protection"] },
    { heading: "Recommendations from Pakistani youth", numeral: "V", children: [] },
    {
      heading: "Annex 1 - Thematic Lists of Recommendations with assessment/comments on level of implementation",
      numeral: undefined,
      children: [],
    },
  ],
  lists: ["abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrst", "ab"],
  footnotes: Array.from({ length: 35 }, (_, i) => i + 1),
};

/** The text's characters without spaces, footnote syntax, heading marks, front matter or comments. */
function characters(text: string): string {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\[\^(\d+)\]/g, "$1")
    .replace(/^#+ /gm, "")
    .replace(/\s+/g, "");
}

/** The seed's page-break artefacts: URL lines that leaked out of the footnotes into paragraph 20. */
const LEAKED_URLS = /(?:^https?:\/\/\S+\n){2,}/m;

function withoutLeakedUrls(text: string): string {
  return text.replace(LEAKED_URLS, "");
}

describe("the seed submission", () => {
  it("as extracted from PDF: paragraphs 1–28, sections (I)–(V), lists a–z, a–t, a–b, footnotes 1–35", () => {
    const document = parse(extracted);
    expect(document.mode).toBe("pasted");
    expect(shape(document)).toEqual(expectedShape);
  });

  it("reads `a. Child Protection` as a sub-heading, not as a recommendation", () => {
    const document = parse(extracted);
    const subHeading = document.sections[3].children[0].heading;
    expect(subHeading.kind).toBe("heading");
    expect(subHeading.heading?.style).toBe("lower-letter");
    expect(document.lists.flatMap((list) => list.items).includes(subHeading)).toBe(false);
  });

  it("keeps the leaked URLs and the page-break line inside paragraph 20", () => {
    const paragraph20 = parse(extracted).paragraphs[19];
    expect(paragraph20.artefacts).toHaveLength(5);
    expect(extracted.slice(paragraph20.start, paragraph20.end)).toMatch(/with both”\.$/);
  });

  it("in canonical form has the same structure", () => {
    const document = parse(canonical);
    expect(document.mode).toBe("canonical");
    expect(document.frontMatter?.data).toMatchObject({ state: "Pakistan", cycle: 3, submission: "joint" });
    expect(shape(document)).toEqual(expectedShape);
  });

  it("in canonical form holds the same words in the same order as the extracted text", () => {
    expect(characters(canonical)).toBe(characters(withoutLeakedUrls(extracted)));
  });

  it("in canonical form keeps the leaked URLs, moved to a comment below paragraph 20", () => {
    const leaked = LEAKED_URLS.exec(extracted)![0].trim().split("\n");
    const comment = /<!-- Moved from a page break: ([^>]*) -->/.exec(canonical)![1];
    expect(comment.split(" ")).toEqual(leaked);
  });

  it("the canonical seed is what convert makes, plus the reviewed front matter and the note on lost footnotes", () => {
    const converted = convertToCanonical(extracted).text;
    const body = (text: string) => text.slice(text.indexOf("# (I)"));
    expect(body(canonical)).toBe(body(converted));
  });
});
