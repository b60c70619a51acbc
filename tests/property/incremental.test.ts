import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintDocument, lintText } from "../../server/src/core/lint/lint.js";
import type { UprDocument } from "../../server/src/core/document/model.js";
import { parse, parseAll } from "../../server/src/core/document/parser/index.js";
import { releasePrevious, reuseOf } from "../../server/src/core/document/parser/incremental.js";
import { LineIndex, type Line } from "../../server/src/core/text/text.js";
import { ChunkedText } from "../../server/src/core/text/source-text.js";
import { countWords } from "../../server/src/core/analysis/word-count.js";
import { applyEdit, canonicalText, edit, longCanonicalText, runs } from "./generators.js";

const seed = readFileSync(join(__dirname, "../../seeds/ecpat-pakistan-upr3.upr"), "utf8");

type Edit = Parameters<typeof applyEdit>[1];

/** What an editor reports of an edit: the text before its start and after its end stayed, and maybe more. */
function editorBounds(text: string, { at, remove }: Edit, slack: number) {
  const start = Math.floor(at * text.length);
  const end = Math.min(text.length, start + remove);
  return { prefix: Math.max(0, start - slack), suffix: Math.max(0, text.length - end - slack) };
}

/** Every line as an object: the index's arrays may hold room beyond its lines. */
function allLines(index: LineIndex): Line[] {
  return Array.from({ length: index.count }, (_, i) => index.line(i));
}

/** A model to compare: its text as a string, whatever keeps it, and its lines as objects. */
function comparable(document: UprDocument) {
  return { ...document, text: String(document.text), index: allLines(document.index) };
}

/**
 * After each edit, the document parsed from the one before equals a fresh parse, lints the same
 * and counts the same words; with `slack`, the parser is told of the edit as an editor tells it,
 * with bounds up to `slack` characters short of the truth. With `chunkSize`, each version is a
 * `ChunkedText` edited from the one before, as the language server keeps it.
 */
function editsMatchFreshParses(text: string, edits: Edit[], slack?: number, release = false, chunkSize?: number): void {
  let previous: UprDocument = parseAll(text);
  let current = text;
  let chunked = chunkSize === undefined ? undefined : ChunkedText.from(text, chunkSize);
  const versions = [{ document: previous, text }];
  for (const change of edits) {
    const unchanged = slack === undefined ? undefined : editorBounds(current, change, slack);
    if (chunked) {
      // The same edit as `applyEdit` makes, to the chunks.
      const start = Math.floor(change.at * current.length);
      chunked = chunked.replace(start, Math.min(current.length, start + change.remove), change.insert);
    }
    current = applyEdit(current, change);
    const document = parse(chunked ?? current, previous, unchanged);
    const fresh = parseAll(current);
    expect(comparable(document)).toEqual(comparable(fresh));
    expect(lintDocument(document)).toEqual(lintDocument(fresh));
    expect(countWords(document)).toEqual(countWords(fresh));
    if (release) releasePrevious(document);
    versions.push({ document, text: current });
    previous = document;
  }
  // A version let go gives its line arrays to a later one, and still tells its own lines.
  for (const version of versions) expect(allLines(version.document.index)).toEqual(allLines(new LineIndex(version.text)));
}

describe("parsing an edited draft from its previous version", () => {
  it("gives the model and the problems a fresh parse gives, edit after edit", () => {
    fc.assert(
      fc.property(canonicalText, fc.array(edit, { minLength: 1, maxLength: 8 }), (text, edits) => editsMatchFreshParses(text, edits)),
      runs(200),
    );
  });

  it("does so when told what the edit left unchanged, as the language server is", () => {
    fc.assert(
      fc.property(canonicalText, fc.array(edit, { minLength: 1, maxLength: 6 }), fc.nat(30), (text, edits, slack) => editsMatchFreshParses(text, edits, slack)),
      runs(150),
    );
  });

  it("does so on drafts of a few pages, where an edit leaves most findings before or after it", () => {
    fc.assert(
      fc.property(longCanonicalText, fc.array(edit, { minLength: 1, maxLength: 10 }), fc.nat(30), (text, edits, slack) => editsMatchFreshParses(text, edits, slack)),
      runs(60),
    );
  });

  it("does so when each version is let go once linted, as the language server lets it go, and the versions let go still tell their lines", () => {
    fc.assert(
      fc.property(fc.oneof(canonicalText, longCanonicalText), fc.array(edit, { minLength: 1, maxLength: 10 }), fc.nat(30), (text, edits, slack) =>
        editsMatchFreshParses(text, edits, slack, true),
      ),
      runs(100),
    );
  });

  it("does so when each version is a text kept in chunks, edited from the one before, as the language server keeps it", () => {
    fc.assert(
      fc.property(
        fc.oneof(canonicalText, longCanonicalText),
        fc.array(edit, { minLength: 1, maxLength: 10 }),
        fc.nat(30),
        fc.integer({ min: 4, max: 200 }),
        (text, edits, slack, chunkSize) => editsMatchFreshParses(text, edits, slack, true, chunkSize),
      ),
      runs(60),
    );
  });

  it("does so on the seed too", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => editsMatchFreshParses(seed, edits)),
      runs(40),
    );
  });

  it("reuses the blocks away from an edit in the body (the properties above exercise reuse, not only full parses)", () => {
    const previous = parseAll(seed);
    const at = seed.indexOf("Harmful traditional practices");
    const document = parse(seed.slice(0, at) + "Very " + seed.slice(at), previous);
    const reuse = reuseOf(document);
    expect(reuse?.previous).toBe(previous);
    expect(reuse!.start).toBeGreaterThan(0);
    expect(reuse!.newEnd - reuse!.oldEnd).toBe(5);
    const { first, rebuilt, resumed } = reuse!.blocks;
    // The blocks before the edit and after it are copied; only those around it are built again.
    expect(first).toBe(document.blocks.findIndex((block) => block.start >= reuse!.start));
    expect(first).toBeGreaterThan(0);
    expect(rebuilt).toBeLessThan(4);
    expect(first + rebuilt + previous.blocks.length - resumed).toBe(document.blocks.length);
  });

  const head = "---\nstate: Pakistan\ncycle: 4\nsubmission: joint\norganisations:\n  - ECPAT International\n---\n";
  it.each([
    [
      "a numbered block settled as text (a quoted recommendation) copied past an edit",
      "(I) “exploitation the”.\n(I) “trafficking”.\n0. Convention on the Rights of the Child (CRC).",
      [{ at: 0.505556, remove: 1, insert: "" }],
      undefined,
    ],
    [
      "a four-digit number that starts a block but no paragraph (no blank line above it)",
      'B. see paragraph 3.\n1000. Convention on the Rights of the Child (CRC) "the trafficking" see paragraph 3 [F31].',
      [{ at: 0.585, remove: 0, insert: "\n\n" }, { at: 0.579208, remove: 1, insert: "" }],
      undefined,
    ],
    [
      "a disable comment in the front matter, with an edit in the first block",
      "https://www.example.org/report.pdf\n0. word[^1] exploitation exploitation.\nRecommendations\n<!-- upr-draft-disable-next-line UPR001 -->\nI. “the 𐀀𐀀𐀀𐀀”.\n0. para. 12 of A/HRC/33/12 see paragraph 3 see paragraph 3.\nhttps://www.example.org/report.pdf\nAnnex 1 - Thematic list",
      [{ at: 0.011081, remove: 0, insert: "<!-- upr-draft-disable-next-line UPR001 -->\n" }, { at: 0.333334, remove: 0, insert: "> the.\n" }],
      0,
    ],
  ])("gives what a fresh parse gives for %s", (_, body, edits, slack) => {
    editsMatchFreshParses(head + body, edits, slack);
  });

  it("lintText takes the previous version as an option, as the language server has it at hand", () => {
    const previous = parseAll(seed);
    parse("---\nstate: X\n---\n\n1. Another draft, parsed last.\n");
    const { document } = lintText(seed.replace("Harmful", "Very harmful"), { previous });
    expect(reuseOf(document)?.previous).toBe(previous);
  });

  it("parses pasted text and edits in the front matter in full", () => {
    const pasted = readFileSync(join(__dirname, "../../seeds/ecpat-pakistan-upr3-extracted.txt"), "utf8");
    expect(reuseOf(parse(pasted + "x", parseAll(pasted)))).toBeUndefined();
    expect(reuseOf(parse(seed.replace("cycle: 3", "cycle: 4"), parseAll(seed)))).toBeUndefined();
  });
});
