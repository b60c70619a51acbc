import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixAll } from "../../../server/src/core/edits/fix-all.js";
import { lintText } from "../../../server/src/core/lint/lint.js";

const seed = readFileSync(join(__dirname, "../../../seeds/ecpat-pakistan-upr3.upr"), "utf8");

function lintsSafely(text: string) {
  const { document, problems } = lintText(text);
  for (const span of [...document.blocks, ...problems, ...document.quotes, ...document.footnoteReferences]) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  }
  return { document, problems };
}

describe("text that is not a tidy draft gives a model and problems, never an exception", () => {
  const cases: [string, string][] = [
    ["an empty file", ""],
    ["only whitespace", " \n\t\n\r\n"],
    ["binary bytes decoded as text", new TextDecoder().decode(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ["tabs for indentation", "---\nstate: X\n---\n\n1.\tTabbed.\n\n\ta.\tItem.\n"],
    ["Urdu text", "---\nstate: پاکستان\n---\n\n1. بچوں کے جنسی استحصال کے خلاف قانون ‘child pornography’ میں۔\n\n2. دوسرا پیراگراف۔\n"],
    ["lone surrogates", "1. A \uD800 broken \uDC00 pair.\n\n2. \uDBFF\n"],
    ["a file that is only numbers", "1\n2\n3\n\n4\n5\n"],
    ["a file of paragraph numbers with no text", "1.\n2.\n3. \n"],
    ["unclosed front matter", "---\nstate: X\n\n1. Text.\n"],
    ["front matter that is not YAML", "---\nstate: [unclosed\n---\n\n1. Text.\n"],
    ["front matter that is a list", "---\n- a\n- b\n---\n\n1. Text.\n"],
    ["an unclosed comment", "<!-- upr-draft-disable\n\n1. Text.\n"],
    ["unbalanced quotes", "1. “Open ‘and never closed.\n\n2. ’Closed” never opened.\n"],
    ["control characters", "1. A\u0000B\u0007C\u001b[31m.\n\n\u000c2. Form feed.\n"],
  ];
  it.each(cases)("%s", (_, text) => {
    lintsSafely(text);
    expect(() => fixAll(text)).not.toThrow();
  });

  it("a BOM before the front matter", () => {
    const { document } = lintsSafely("\uFEFF" + seed);
    expect(document.frontMatter?.data.state).toBe("Pakistan");
    expect(document.paragraphs).toHaveLength(28);
  });

  it("CRLF line ends: the same structure, positions per line, and fixes keep CRLF", () => {
    const crlf = seed.replace(/\n/g, "\r\n");
    const { document } = lintsSafely(crlf);
    expect(document.paragraphs).toHaveLength(28);
    expect(document.index.positionAt(document.paragraphs[1].start)).toEqual(parseLf(seed));
    const broken = "---\r\nstate: X\r\n---\r\n\r\n1. A.\r\n\r\n3. B.\r\n";
    expect(fixAll(broken).text).toBe("---\r\nstate: X\r\n---\r\n\r\n1. A.\r\n\r\n2. B.\r\n");
  });

  it("lone CR line ends", () => {
    const { document } = lintsSafely(seed.replace(/\n/g, "\r"));
    expect(document.paragraphs).toHaveLength(28);
  });

  it("a 10 MB draft", () => {
    const copies = Math.ceil((10 * 1024 * 1024) / seed.length);
    const big = Array.from({ length: copies }, () => seed.slice(seed.indexOf("# (I)"))).join("\n");
    const { document } = lintText(big);
    expect(document.blocks.filter((block) => block.kind === "paragraph")).toHaveLength(28 * copies);
  });
});

function parseLf(text: string) {
  const { document } = lintText(text);
  return document.index.positionAt(document.paragraphs[1].start);
}
