import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixAll } from "../../server/src/core/edits/fix-all.js";
import { MAX_LINT_BYTES, textSizeProblem } from "../../server/src/core/text/limits.js";
import { FRONT_MATTER, survives } from "./survive.js";

const seed = readFileSync(join(__dirname, "../../seeds/ecpat-pakistan-upr3.upr"), "utf8");
const MB = 1024 * 1024;
/** The biggest texts run once each, with time to spare on a slow, shared machine. */
const BIG = 180_000;

describe("texts far bigger than any submission", () => {
  it(
    "a 50 MB draft lints (the CLI and the server refuse it first)",
    () => {
      const body = seed.slice(seed.indexOf("# (I)"));
      const copies = Math.ceil((50 * MB) / body.length);
      const text = seed + "\n" + body.repeat(copies);
      expect(text.length).toBeGreaterThan(50 * MB);
      const { document } = survives(text, { fixAndConvert: false });
      expect(document.sections.length).toBeGreaterThan(copies * 5);
      expect(textSizeProblem(text)).toMatch(/upr-draft lints files of up to 10 MB/);
    },
    BIG,
  );

  it(
    "a draft just under the limit lints, and is not refused",
    () => {
      const body = seed.slice(seed.indexOf("# (I)"));
      const text = (seed + "\n" + body.repeat(Math.ceil((MAX_LINT_BYTES / 1.1) / body.length))).slice(0, MAX_LINT_BYTES / 1.05);
      expect(textSizeProblem(text)).toBeUndefined();
      survives(text, { fixAndConvert: false });
    },
    BIG,
  );

  it("a 1 MB paragraph on a single line", () => {
    const { document } = survives("1. " + "The child pornography law of Pakistan (CRC) “quoted” ‘too’ [F31] see paragraph 2. ".repeat(MB / 90));
    expect(document.index.count).toBe(1);
    expect(document.paragraphs).toHaveLength(1);
  });

  it("a 1 MB line without a single space", () => {
    survives("x".repeat(MB));
  });

  it(
    "100,000 numbered paragraphs in a canonical draft",
    () => {
      const text = FRONT_MATTER + Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Paragraph ${i + 1}.`).join("\n\n");
      const { document } = survives(text, { fixAndConvert: false });
      expect(document.paragraphs).toHaveLength(100_000);
      expect(document.paragraphs.at(-1)?.marker?.value).toBe(100_000);
    },
    BIG,
  );

  it(
    "fix-all on 100,000 paragraphs with paragraph 1,000 unnumbered keeps every paragraph break",
    () => {
      const numbered = Array.from({ length: 100_000 }, (_, i) => (i === 999 ? "Paragraph without its number." : `${i + 1}. Paragraph ${i + 1}.`));
      const text = FRONT_MATTER + numbered.join("\n\n") + "\n";
      const fixed = fixAll(text).text;
      expect(fixed.split("\n\n").length).toBe(text.split("\n\n").length);
      expect(fixed).toContain("\n\n1000. Paragraph without its number.\n\n1001. Paragraph 1001.");
    },
    BIG,
  );

  it(
    "100,000 paragraphs of pasted text, numbered 1–999 over and over",
    () => {
      const text = Array.from({ length: 100_000 }, (_, i) => `${(i % 999) + 1}. Paragraph text.`).join("\n");
      const { document } = survives(text);
      expect(document.mode).toBe("pasted");
      expect(document.paragraphs).toHaveLength(100_000);
    },
    BIG,
  );
});
