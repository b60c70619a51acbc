import { describe, expect, it } from "vitest";
import { parseAll } from "../../../server/src/core/document/parser/index.js";
import { blockAt, firstStartingFrom, overlapsAny } from "../../../server/src/core/document/span-search.js";

describe("searching spans in start order", () => {
  const spans = [
    { start: 2, end: 4 },
    { start: 6, end: 9 },
    { start: 12, end: 13 },
  ];

  it("counts the spans that start before an offset", () => {
    expect([0, 2, 3, 6, 7, 12, 20].map((offset) => firstStartingFrom(spans, offset))).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });

  it("tells a span that overlaps one of them from one that only touches them", () => {
    expect(overlapsAny(spans, { start: 3, end: 5 })).toBe(true);
    expect(overlapsAny(spans, { start: 4, end: 6 })).toBe(false);
    expect(overlapsAny(spans, { start: 13, end: 20 })).toBe(false);
  });

  it("finds the block an offset lies in, its ends included, and none between blocks", () => {
    const text = "1. First.\n\n2. Second.\n";
    const document = parseAll(text);
    const second = text.indexOf("2.");
    expect(blockAt(document, 0)?.marker?.text).toBe("1");
    expect(blockAt(document, text.indexOf("\n"))?.marker?.text).toBe("1");
    expect(blockAt(document, text.indexOf("\n") + 1)).toBeUndefined();
    expect(blockAt(document, second)?.marker?.text).toBe("2");
    expect(blockAt(document, text.length - 1)?.marker?.text).toBe("2");
  });
});
