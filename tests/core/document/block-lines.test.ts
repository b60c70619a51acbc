import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { blockLines, firstLineSpan, lastLineSpan, lineCount } from "../../../server/src/core/document/block-lines.js";
import { parseAll } from "../../../server/src/core/document/parser/index.js";

describe("the lines of a block", () => {
  const front = "---\nstate: X\n---\n\n";

  it("are not kept for a block of one line, which is its own span", () => {
    const text = `${front}1. One line, with trailing spaces.   \n`;
    const [paragraph] = parseAll(text).paragraphs;
    expect(paragraph.lines).toBeUndefined();
    expect(lineCount(paragraph)).toBe(1);
    expect(blockLines(paragraph).map((line) => text.slice(line.start, line.end))).toEqual(["1. One line, with trailing spaces."]);
    expect(firstLineSpan(paragraph)).toMatchObject({ start: paragraph.start, end: paragraph.end });
  });

  it("are kept from the second line on, each without its indent and trailing spaces", () => {
    const text = `${front}1. First line  \n   second line \n`;
    const [paragraph] = parseAll(text).paragraphs;
    const slices = blockLines(paragraph).map((line) => text.slice(line.start, line.end));
    expect(slices).toEqual(["1. First line", "second line"]);
    expect(lineCount(paragraph)).toBe(2);
    expect(text.slice(lastLineSpan(paragraph)!.start, lastLineSpan(paragraph)!.end)).toBe("second line");
  });

  it("are kept when page-break artefacts take the block past its one line", () => {
    const text = readFileSync(join(__dirname, "../../fixtures/pasted/page-breaks.txt"), "utf8");
    const paragraph = parseAll(text).paragraphs[1];
    const [first] = paragraph.lines!;
    expect(text.slice(first.start, first.end)).toBe("2. Child marriage is still common in the border provinces, and the legal age of marriage for girls");
    expect(first.end).toBeLessThan(paragraph.artefacts[0].start);
  });
});
