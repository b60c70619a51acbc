import { describe, expect, it } from "vitest";
import { lintSizeProblem, MAX_LINT_BYTES, textSizeProblem, utf8Length } from "../../server/src/core/text/limits.js";

describe("the size limit the CLI and the server apply before linting", () => {
  it("lets a file up to the limit through and refuses a bigger one with its size", () => {
    expect(lintSizeProblem(0)).toBeUndefined();
    expect(lintSizeProblem(MAX_LINT_BYTES)).toBeUndefined();
    expect(lintSizeProblem(MAX_LINT_BYTES + 1)).toBe(
      "The file is 10 MB; upr-draft lints files of up to 10 MB. A submission is far smaller: is this the right file?",
    );
    expect(lintSizeProblem(52.4 * 1024 * 1024)).toMatch(/^The file is 52\.4 MB;/);
  });

  it("counts a text in UTF-8 bytes, as on disk", () => {
    for (const text of ["", "abc", "é", "€", "😀", "child’s", "\uD800", "\uDC00x", "\uD83D\uDE00\uD800", "پاکستان"]) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it("refuses a text over the limit in bytes even when it is under it in characters", () => {
    const ascii = "a".repeat(MAX_LINT_BYTES);
    expect(textSizeProblem(ascii)).toBeUndefined();
    expect(textSizeProblem(ascii + "a")).toMatch(/upr-draft lints files of up to 10 MB/);
    const euros = "€".repeat(Math.floor(MAX_LINT_BYTES / 3) + 1);
    expect(euros.length).toBeLessThan(MAX_LINT_BYTES);
    expect(textSizeProblem(euros)).toMatch(/^The file is 10 MB;/);
  });
});
