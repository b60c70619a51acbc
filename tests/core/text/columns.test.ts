import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findColumnRuns, reflowColumns } from "../../../server/src/core/text/columns.js";

const fixture = (path: string) => readFileSync(join(__dirname, "../../fixtures", path), "utf8");
const corpus = (name: string) => readFileSync(join(__dirname, "../../corpus", name), "utf8");
const words = (text: string) => text.split(/\s+/).filter(Boolean).sort();

describe("two columns side by side", () => {
  const text = fixture("layouts/two-columns.txt");
  const lines = text.split("\n");

  it("finds each page's run of two columns, with the gutter where the right column starts, and stops at the page number", () => {
    const runs = findColumnRuns(lines);
    expect(runs.map((run) => [lines[run.first].slice(0, 12), lines[run.end - 1].trim(), run.gutter])).toEqual([
      ["3.   Prisons", "para. 12).", 51],
      ["9.   One doc", "the Committee recommend.", 51],
    ]);
  });

  it("reaches back to a first line whose columns come within two spaces, and takes no gap between a number and its text for the gutter", () => {
    const close = lines.map((line) => line.replace("in space for       6.", "in space for 800.  6."));
    const [run] = findColumnRuns(close);
    expect([close[run.first].slice(0, 12), run.gutter]).toEqual(["3.   Prisons", 51]);
  });

  it("writes each run as its left column, then its right column, keeping every word and every line break's kind", () => {
    const flowed = reflowColumns(text);
    expect(words(flowed)).toEqual(words(text));
    const paragraph6 = flowed.indexOf("6.   No mechanism");
    expect(flowed.indexOf("para. 12).")).toBeLessThan(paragraph6);
    expect(paragraph6).toBeLessThan(flowed.indexOf("III. HEALTH CARE"));
    expect(flowed).toContain("     8,000. Pre-trial detainees make up half of\n");
    const crlf = reflowColumns(text.replace(/\n/g, "\r\n"));
    expect(crlf.replace(/\r\n/g, "")).not.toContain("\n");
    expect(crlf.replace(/\r\n/g, "\n")).toBe(flowed);
  });

  it("leaves alone tables, lists of names in columns, hanging paragraph numbers and text in one column", () => {
    for (const name of ["cu-cebrapaz.txt", "uk-bihr.txt", "uk-csw.txt", "vz-hrw.txt"]) expect(findColumnRuns(corpus(name).split("\n")), name).toEqual([]);
    for (const path of ["unseen/vz-layout-table.txt", "unseen/cu-coalition-columns.txt", "unseen/uk-layout-roman.txt", "unseen/hu-pandoc-plain.txt"]) {
      expect(findColumnRuns(fixture(path).split("\n")), path).toEqual([]);
    }
    expect(reflowColumns(corpus("cu-cebrapaz.txt"))).toBe(corpus("cu-cebrapaz.txt"));
  });
});
