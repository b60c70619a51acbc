import { expect } from "vitest";
import { convertToCanonical } from "../../server/src/core/edits/convert.js";
import { fixAll } from "../../server/src/core/edits/fix-all.js";
import { lintText } from "../../server/src/core/lint/lint.js";
import type { UprDocument } from "../../server/src/core/document/model.js";
import type { Problem } from "../../server/src/core/rules/types.js";
import { expectInside, rangesIn } from "../property/ranges.js";

export const FRONT_MATTER = "---\nstate: X\n---\n\n";

/**
 * Parses and lints the text, checks that every range stays inside it, and for texts up to a few
 * megabytes also runs fix-all and convert on it: none of them may throw. Timings are the bench's
 * business; here finishing at all, within the test's timeout, is the point.
 */
export function survives(text: string, { fixAndConvert = true } = {}): { document: UprDocument; problems: Problem[] } {
  const { document, problems } = lintText(text);
  expectInside(problems, text.length);
  expectInside(rangesIn(document.blocks), text.length);
  if (fixAndConvert) {
    const fixed = fixAll(text);
    expectInside(rangesIn(lintText(fixed.text).document.blocks), fixed.text.length);
    expect(typeof convertToCanonical(text).text).toBe("string");
  }
  return { document, problems };
}
