import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertToCanonical } from "../../server/src/core/edits/convert.js";
import { parse } from "../../server/src/core/document/parser/index.js";
import { overlapsAny } from "../../server/src/core/document/span-search.js";
import { runs, submissionText } from "./generators.js";

const MOVED = /<!-- Moved from a page break: ([\s\S]*?) -->/g;

/**
 * Characters that are not white space, with `[^n]` and `[n]` read as n (convert writes a pasted
 * `[3]` marker as `[^3]`), `#`, `>` and `•` dropped, and a full stop after a figure dropped:
 * convert writes heading and quotation markers, a bullet's glyph and a number's full stop, and one
 * it joins onto a line from the line before cannot be told from one.
 */
function visible(text: string): string {
  return text
    .replace(/\[\^?([^\]\s]{1,20})\]/g, "$1")
    .replace(/(\d)\.(?=\s|$)/g, "$1")
    .replace(/[#>•]/g, "")
    .replace(/\s+/g, "");
}

interface Parts {
  /** What stays in place, in order. */
  staying: string;
  /** Leaked URLs and page numbers. */
  artefacts: string[];
  /** Footnote texts found at page bottoms. */
  notes: string[];
}

/** The input's parts, as the parser sees them. */
function inputParts(text: string): Parts {
  const document = parse(text);
  const pasted = document.mode === "pasted";
  const notes = new Set(pasted ? document.footnoteDefinitions.map((note) => note.start) : []);
  // Endnotes are blocks of their own, written with the other footnote texts.
  const endnotes = pasted ? document.blocks.filter((block) => block.kind === "footnote") : [];
  const spans = [...document.blocks.flatMap((block) => block.artefacts), ...endnotes].sort((a, b) => a.start - b.start);
  let staying = "";
  let cursor = 0;
  for (const span of spans) {
    staying += text.slice(cursor, span.start);
    cursor = span.end;
  }
  staying += text.slice(cursor);
  // Page furniture is taken out and listed; the other artefacts move.
  const moved = spans.filter((span) => !overlapsAny(document.furniture, span));
  const pieces = (noted: boolean) => moved.filter((span) => notes.has(span.start) === noted).map((span) => text.slice(span.start, span.end));
  return { staying, artefacts: pieces(false), notes: pieces(true) };
}

/** The output's parts: the comments artefacts moved into, the footnote texts at the end, and the front matter convert adds. */
function outputParts(output: string, input: string): Parts {
  const document = parse(input);
  // A CRLF input gives CRLF output, the front matter convert adds included.
  let staying = document.frontMatter ? output : output.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, "");
  const artefacts: string[] = [];
  staying = staying.replace(MOVED, (_, texts: string) => {
    artefacts.push(texts);
    return "";
  });
  const count = document.mode === "pasted" ? document.footnoteDefinitions.length : 0;
  // The two comments above a footnote text whose marker was not found.
  const lines = staying.trimEnd().split(/\r?\n/).filter((line) => !/^<!-- (?:Convert found no marker for footnote |upr-draft-disable-next-line UPR007 -->)/.test(line));
  // A footnote text "12 UNICEF …" becomes "[^12]: UNICEF …".
  const notes = count > 0 ? lines.slice(-count).map((line) => line.replace(/^(\[\^[^\]\s]{1,20}\]):/, "$1")) : [];
  return { staying: lines.slice(0, lines.length - count).join("\n"), artefacts, notes };
}

function expectNoWordLost(text: string): void {
  const input = inputParts(text);
  const output = outputParts(convertToCanonical(text).text, text);
  expect(visible(output.staying)).toBe(visible(input.staying));
  expect(visible(output.artefacts.join(" "))).toBe(visible(input.artefacts.join(" ")));
  expect(visible(output.notes.join(" "))).toBe(visible(input.notes.join(" ")));
}

describe("convert to the canonical format", () => {
  it("loses no word: what is not a page-break artefact stays, in order; artefacts and footnote texts move, in order", () => {
    fc.assert(fc.property(submissionText, expectNoWordLost), runs(200));
  });

  it("on the pasted seed, whose page breaks leave artefacts to move", () => {
    const pasted = readFileSync(join(__dirname, "../../seeds/ecpat-pakistan-upr3-extracted.txt"), "utf8");
    expect(inputParts(pasted).artefacts.length).toBeGreaterThan(0);
    expectNoWordLost(pasted);
  });

  it("a CRLF text comes out with CRLF at the end of every line, and an LF text with LF", () => {
    fc.assert(
      fc.property(submissionText, (text) => {
        fc.pre(text.includes("\n"));
        const crlf = convertToCanonical(text.replace(/\r?\n/g, "\r\n")).text;
        expect(crlf.replace(/\r\n/g, "")).not.toContain("\n");
        expect(convertToCanonical(text.replace(/\r\n/g, "\n")).text).not.toContain("\r\n");
      }),
      runs(100),
    );
  });
});
