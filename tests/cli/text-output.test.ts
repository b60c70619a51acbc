import { describe, expect, it } from "vitest";
import { LineIndex, type Problem, type Severity } from "../../server/src/core/index.js";
import { colourWanted } from "../../server/src/cli/colour.js";
import { formatText, summaryLine } from "../../server/src/cli/text-output.js";
import type { FileResult } from "../../server/src/cli/formatters.js";

const text = "one\ntwo\nthree\n";

function problem(severity: Severity, start: number, message = `${severity === "error" ? "an" : "a"} ${severity}`): Problem {
  return { start, end: start + 1, message, severity, ruleId: "UPR001", ruleName: "paragraph-numbering" };
}

function result(file: string, ...problems: Problem[]): FileResult {
  return { file, index: new LineIndex(text), problems };
}

describe("text output", () => {
  it("aligns file:line:col, severity, message and rule, and ends with a summary", () => {
    const output = formatText([result("a.upr", problem("error", 0), problem("warning", 4)), result("long/b.upr", problem("information", 9, "a note"))]);
    expect(output.split("\n")).toEqual([
      "a.upr:1:1       error        an error  UPR001/paragraph-numbering",
      "a.upr:2:1       warning      a warning  UPR001/paragraph-numbering",
      "long/b.upr:3:2  information  a note  UPR001/paragraph-numbering",
      "3 problems (1 error, 1 warning, 1 information) in 2 files",
    ]);
  });

  it("is empty when there are no problems", () => {
    expect(formatText([result("a.upr")])).toBe("");
  });

  it("counts only the files with problems, and names hints only when there are some", () => {
    expect(summaryLine([result("a.upr", problem("warning", 0)), result("b.upr")])).toBe("1 problem (0 errors, 1 warning) in 1 file");
    expect(summaryLine([result("a.upr", problem("hint", 0), problem("hint", 4))])).toBe("2 problems (0 errors, 0 warnings, 2 hints) in 1 file");
  });

  it("paints severities and the summary only when asked", () => {
    const results = [result("a.upr", problem("error", 0), problem("warning", 4))];
    const painted = formatText(results, true);
    expect(painted).toContain("\u001b[31m");
    expect(painted).toContain("\u001b[33m");
    expect(painted.replace(/\u001b\[\d+m/g, "")).toBe(formatText(results));
    expect(formatText(results)).not.toContain("\u001b[");
  });
});

describe("when colour is used", () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it("on a terminal, not in a pipe", () => {
    expect(colourWanted(tty, {})).toBe(true);
    expect(colourWanted(pipe, {})).toBe(false);
  });

  it("never with NO_COLOR set to anything, nor on a dumb terminal", () => {
    expect(colourWanted(tty, { NO_COLOR: "1" })).toBe(false);
    expect(colourWanted(tty, { NO_COLOR: "1", FORCE_COLOR: "1" })).toBe(false);
    expect(colourWanted(tty, { TERM: "dumb" })).toBe(false);
    // An empty NO_COLOR does not count (no-color.org).
    expect(colourWanted(tty, { NO_COLOR: "" })).toBe(true);
  });

  it("in a pipe when FORCE_COLOR asks for it", () => {
    expect(colourWanted(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(colourWanted(tty, { FORCE_COLOR: "0" })).toBe(false);
  });
});
