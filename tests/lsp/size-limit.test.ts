import { describe, expect, it } from "vitest";
import { utf8Length } from "../../server/src/core/index.js";
import { editedUtf8Length } from "../../server/src/server/size-limit.js";
import { seededRandom } from "../support/random.js";

/** ASCII, two- and three-byte characters, a pair of surrogates, and each half of one alone. */
const PIECES = ["a", "é", "‘", "😀", "\ud83d", "\ude00", "\n", "", "x😀y", "\ud83d\ud83d"];

describe("a draft's UTF-8 length after an edit", () => {
  it("is its full count, however the edit cuts or makes surrogate pairs, over 3000 random edits", () => {
    const next = seededRandom(1016);
    const pick = () => PIECES[Math.floor(next() * PIECES.length)];
    let text = Array.from({ length: 60 }, pick).join("");
    let bytes = utf8Length(text);
    for (let edit = 0; edit < 3000; edit++) {
      const start = Math.floor(next() * (text.length + 1));
      const end = Math.min(text.length, start + Math.floor(next() * 4));
      const edited = text.slice(0, start) + pick() + pick() + text.slice(end);
      // What an editor knows: at least this much of the start and end is as it was (sometimes less than is).
      const slack = Math.floor(next() * 3);
      const unchanged = { prefix: Math.max(0, start - slack), suffix: Math.max(0, text.length - end - slack) };
      bytes = editedUtf8Length({ text, bytes }, edited, unchanged);
      text = edited;
      expect(bytes).toBe(utf8Length(text));
    }
  });
});
