import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lintText } from "../../server/src/core/lint/lint.js";
import { ChunkedText } from "../../server/src/core/text/source-text.js";

const seed = readFileSync(join(__dirname, "../../seeds/ecpat-pakistan-upr3.upr"), "utf8");

describe("a keystroke on a draft the server keeps in chunks", () => {
  afterEach(() => vi.restoreAllMocks());

  // Joining the chunks is a copy of the whole draft: 5 MB at the size of a long submission.
  it.each([0.1, 0.35, 0.6, 0.9])("is parsed and linted without joining the whole text (edit at %s of the draft)", (where) => {
    const before = ChunkedText.from(seed.repeat(3), 4096);
    const { document: previous } = lintText(before);
    const at = before.indexOf(" ", Math.floor(before.length * where));
    const after = before.replace(at, at, "a");
    const joined = vi.spyOn(ChunkedText.prototype, "toString");
    const { problems } = lintText(after, { previous, unchanged: { prefix: at, suffix: before.length - at } });
    expect(joined).not.toHaveBeenCalled();
    joined.mockRestore();
    expect(problems).toEqual(lintText(after.toString()).problems);
  });
});
