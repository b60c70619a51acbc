import { describe, expect, it } from "vitest";
import { lintSizeProblem, MAX_LINT_BYTES, maxLintBytes, textSizeProblem, utf8Length } from "../../server/src/core/text/limits.js";

describe("the size limit the CLI and the server apply before linting", () => {
  it("lets a file up to the limit through and refuses a bigger one with its size", () => {
    expect(lintSizeProblem(0)).toBeUndefined();
    expect(lintSizeProblem(MAX_LINT_BYTES)).toBeUndefined();
    expect(lintSizeProblem(MAX_LINT_BYTES + 1)).toBe(
      "The file is 10 MB; upr-draft lints files of up to 10 MB (\"maxFileSizeMB\" in .upr-draft.json). A submission is far smaller: is this the right file?",
    );
    expect(lintSizeProblem(52.4 * 1024 * 1024)).toMatch(/^The file is 52\.4 MB;/);
  });

  it("takes the limit from maxFileSizeMB, and says when a stream only showed it was over", () => {
    expect(maxLintBytes(undefined)).toBe(MAX_LINT_BYTES);
    expect(maxLintBytes(0.5)).toBe(512 * 1024);
    expect(lintSizeProblem(600 * 1024, maxLintBytes(0.5))).toMatch(/^The file is 0\.6 MB; upr-draft lints files of up to 0\.5 MB /);
    expect(lintSizeProblem(512 * 1024, maxLintBytes(0.5))).toBeUndefined();
    expect(lintSizeProblem(MAX_LINT_BYTES + 1, MAX_LINT_BYTES, true)).toMatch(/^The file is over 10 MB;/);
    expect(textSizeProblem("a".repeat(2000), 1000)).toMatch(/^The file is over 0\.001 MB;/);
    expect(textSizeProblem("é".repeat(600), 1000)).toMatch(/^The file is 0\.001 MB;/);
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
