import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BlockFindings } from "../../../server/src/core/analysis/block-findings.js";
import type { Block, UprDocument } from "../../../server/src/core/document/model.js";
import { parse, parseAll } from "../../../server/src/core/document/parser/index.js";
import { findTerms } from "../../../server/src/core/analysis/terminology/find-terms.js";
import { analyseAbbreviations } from "../../../server/src/core/analysis/abbreviations/analysis.js";

const seed = readFileSync(join(__dirname, "../../../seeds/ecpat-pakistan-upr3.upr"), "utf8");

/** Each block's first character, with a count of the blocks searched. */
function recordingFindings() {
  const searched: number[] = [];
  const findings = new BlockFindings((document: UprDocument, blocks: readonly Block[]) => {
    searched.push(blocks.length);
    return blocks.map((block) => ({ start: block.start, end: block.start + 1, char: document.text.charAt(block.start) }));
  }, (finding, delta) => ({ ...finding, start: finding.start + delta, end: finding.end + delta }));
  return { findings, searched };
}

function insertAt(text: string, marker: string, insertion: string): string {
  const at = text.indexOf(marker);
  return text.slice(0, at) + insertion + text.slice(at);
}

describe("findings kept block by block across versions of a draft", () => {
  it("searches only the blocks an edit rebuilt and moves the findings after it", () => {
    const { findings, searched } = recordingFindings();
    const previous = parseAll(seed);
    findings.get(previous);
    const edited = parse(insertAt(seed, "Harmful traditional practices", "Very "), previous);
    const after = findings.get(edited);
    expect(searched[0]).toBe(previous.blocks.length);
    expect(searched[1]).toBeLessThan(4);
    expect(after).toEqual(findings.get(parseAll(String(edited.text))));
    expect(after.every((finding) => edited.text.charAt(finding.start) === finding.char)).toBe(true);
  });

  it("searches a document in full when its previous version was never searched", () => {
    const { findings, searched } = recordingFindings();
    const edited = parse(insertAt(seed, "Harmful traditional practices", "Very "), parseAll(seed));
    findings.get(edited);
    expect(searched).toEqual([edited.blocks.length]);
  });

  it("gives the terms and abbreviation uses a fresh parse gives after an edit that adds both", () => {
    const previous = parseAll(seed);
    findTerms(previous);
    analyseAbbreviations(previous);
    const edited = parse(insertAt(seed, "Harmful traditional practices", "Child pornography and the CRC. "), previous);
    const fresh = parseAll(String(edited.text));
    expect(findTerms(edited)).toEqual(findTerms(fresh));
    expect(findTerms(edited).some((finding) => finding.text === "Child pornography")).toBe(true);
    expect(analyseAbbreviations(edited).uses).toEqual(analyseAbbreviations(fresh).uses);
  });
});
