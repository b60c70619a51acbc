import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChunkedText } from "../../server/src/core/text/source-text.js";
import { runs, submissionText } from "./generators.js";

const piece = fc.constantFrom("\n", "\r\n", "x", "ab", " ", "1. ", "é", "𐀀", "“q”", "[^1]", "the ", "");
const shortText = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(""));
const text = fc.oneof(shortText, submissionText);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.oneof(fc.nat(3), fc.nat(60)), insert: fc.oneof(shortText, text) });
const searches = ["\n", "\r\n", "x", "ab", "the ", "[^", "é", "𐀀", "1. ", "zz", ""];

/** Everything the core asks of a text, at every offset and a little beyond, and of parts of it. */
function answers(source: { length: number } & Pick<string, "charCodeAt" | "charAt" | "slice" | "indexOf" | "lastIndexOf" | "startsWith" | "includes">) {
  const length = source.length;
  // About 30 offsets over the text, with those around its ends.
  const step = Math.max(1, Math.floor(length / 30));
  const offsets = [-3, -1, 0, 1, length - 1, length, length + 1];
  for (let at = 2; at < length - 1; at += step) offsets.push(at);
  const codes = [];
  for (const at of offsets) codes.push(source.charCodeAt(at), source.charAt(at));
  const parts = [];
  for (const a of offsets) for (const b of offsets) parts.push(source.slice(a, b));
  const found = [];
  for (const search of searches) {
    for (const at of offsets) {
      found.push(source.indexOf(search, at), source.lastIndexOf(search, at), source.startsWith(search, at), source.includes(search, at));
    }
    found.push(source.indexOf(search), source.lastIndexOf(search));
  }
  return { length, codes, parts, found, whole: source.slice() };
}

describe("a text kept in chunks", () => {
  it("reads as the string it stands for, edit after edit, with chunks of any size", () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 10 }), fc.integer({ min: 1, max: 12 }), (initial, edits, size) => {
        let chunked = ChunkedText.from(initial, size);
        let flat = initial;
        expect(answers(chunked)).toEqual(answers(flat));
        for (const { at, remove, insert } of edits) {
          const start = Math.floor(at * flat.length);
          const end = Math.min(flat.length, start + remove);
          const before = chunked;
          chunked = chunked.replace(start, end, insert);
          const previous = flat;
          flat = flat.slice(0, start) + insert + flat.slice(end);
          expect(answers(chunked)).toEqual(answers(flat));
          // A version stays as it was once edited.
          expect(before.toString()).toBe(previous);
        }
        expect(chunked.toString()).toBe(flat);
      }),
      runs(50),
    );
  });

  it("keeps its chunks between a quarter and twice its chunk size, so an edit copies little", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
        let chunked = ChunkedText.from("1. Text of a paragraph.\n\n".repeat(200), 64);
        for (const { at, remove, insert } of edits) {
          const start = Math.floor(at * chunked.length);
          chunked = chunked.replace(start, start + remove, insert);
        }
        expect(chunked.chunkCount).toBeLessThanOrEqual(Math.ceil(chunked.length / 16) + 1);
        expect(chunked.chunkCount).toBeGreaterThanOrEqual(Math.floor(chunked.length / 128));
      }),
      runs(60),
    );
  });
});
