import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearDuplicates } from "../../../../server/src/core/analysis/duplicate-recommendations.js";
import { recommendationItems } from "../../../../server/src/core/analysis/recommendations.js";
import { parse, parseAll } from "../../../../server/src/core/document/parser/index.js";
import { reuseOf } from "../../../../server/src/core/document/parser/incremental.js";
import { runs } from "../../../property/generators.js";

/** Few words, so that items repeat each other and a word is held by more items than MAX_POSTINGS. */
const WORDS = ["ratify", "protocol", "children", "law", "police", "courts", "budget", "train", "monitor", "shelter"];
const itemWords = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 7 });
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Lists of up to 26 items, lettered a to z, each after a lead-in. */
function draft(items: string[][]): string {
  const lines = items.map((words, i) => `${i % 26 === 0 ? "We recommend that the Government:\n\n" : ""}${LETTERS[i % 26]}. ${words.join(" ")}.`);
  return `---\nstate: Pakistan\ncycle: 4\n---\n\n# (I) Recommendations\n\n${lines.join("\n\n")}\n`;
}

describe("near-duplicate recommendations after an edit", () => {
  it("are those a fresh parse finds when items are rewritten in place, one or a few at a time", () => {
    const edits = fc.array(fc.tuple(fc.nat(), itemWords), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(itemWords, { minLength: 30, maxLength: 90 }), edits, (generated, rewrites) => {
        const items = [...generated];
        let previous = parseAll(draft(items));
        nearDuplicates(previous);
        for (const [which, words] of rewrites) {
          items[which % items.length] = words;
          const document = parse(draft(items), previous);
          if (document.text !== previous.text) expect(reuseOf(document)?.previous).toBe(previous);
          expect(recommendationItems(document)).toHaveLength(items.length);
          expect([...nearDuplicates(document)]).toEqual([...nearDuplicates(parseAll(String(document.text)))]);
          previous = document;
        }
      }),
      runs(25),
    );
  });

  it("lose an earlier item that no longer shares their words", () => {
    const items = [["ratify", "protocol", "children", "law"], ["train", "police", "courts", "budget"], ["ratify", "protocol", "children", "law"]];
    const previous = parseAll(draft(items));
    expect([...nearDuplicates(previous)]).toEqual([-1, -1, 0]);
    const document = parse(draft([items[1], items[1], items[2]]), previous);
    expect([...nearDuplicates(document)]).toEqual([-1, 0, -1]);
  });

  it("are found again in full when the number of items changes", () => {
    const items = [["ratify", "protocol", "children", "law"], ["train", "police", "courts", "budget"], ["ratify", "protocol", "children", "law", "police"]];
    const previous = parseAll(draft(items));
    expect([...nearDuplicates(previous)]).toEqual([-1, -1, 0]);
    const document = parse(draft([items[1], ...items]), previous);
    expect([...nearDuplicates(document)]).toEqual([-1, -1, 0, 1]);
  });
});
