import { describe, expect, it } from "vitest";
import { analyseAbbreviations } from "../../../../server/src/core/analysis/abbreviations/analysis.js";
import { parseAll } from "../../../../server/src/core/document/parser/index.js";

describe("words that may be abbreviations", () => {
  it("are found with a capital after an apostrophe, beyond ASCII, and not in words with one capital", () => {
    const text = "---\nstate: X\n---\n\n1. The A’B and ÉCPAT and NGOs wrote to Karachi’s office and to the UN.\n";
    const uses = [...analyseAbbreviations(parseAll(text)).uses.values()].flat().map((use) => use.form);
    expect(uses.sort()).toEqual(["A’B", "NGOs", "UN", "ÉCPAT"]);
  });
});
