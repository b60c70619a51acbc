import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fixAll, keepsWordsAndBreaks } from "../../server/src/core/edits/fix-all.js";
import { lintText, type LintOptions } from "../../server/src/core/lint/lint.js";

/**
 * Expected problems are written in the fixture itself, markdownlint style:
 * `{UPR001}` expects a problem of that rule on this line, `{UPR001:+1}` on the next line,
 * `{UPR001:-2}` two lines up and `{UPR001:12}` on line 12 (1-based).
 */
const MARKER = /\{(UPR\d{3})(?::([-+]?)(\d+))?\}/g;

export function expectedProblems(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    for (const match of line.matchAll(MARKER)) {
      const [, rule, sign, digits] = match;
      const number = digits === undefined ? index + 1 : sign === "+" ? index + 1 + Number(digits) : sign === "-" ? index + 1 - Number(digits) : Number(digits);
      expected.push(`${rule}:${number}`);
    }
  });
  return expected.sort();
}

/** The fixture as linted: markers removed, so they cannot change how a line ends. */
export function withoutMarkers(text: string): string {
  return text.replace(/[ \t]*\{UPR\d{3}(?::[-+]?\d+)?\}/g, "");
}

export function actualProblems(text: string, options?: LintOptions): string[] {
  const { document, problems } = lintText(withoutMarkers(text), options);
  return problems.map((problem) => `${problem.ruleId}:${document.index.lineAt(problem.start).index + 1}`).sort();
}

/** Rule IDs whose fixes are still on offer after fix-all: should be none. */
/** The rules of problems whose preferred fix fix-all could still apply; a fix that deletes a word or a line break is left for a quick fix. */
export function fixableLeftAfterFixAll(text: string, options?: LintOptions): string[] {
  const fixed = fixAll(withoutMarkers(text), options);
  return fixed.problems.filter((problem) => problem.fixes?.[0] && keepsWordsAndBreaks(fixed.text, problem.fixes[0])).map((problem) => problem.ruleId);
}

export function fixtureFiles(directory: string): { name: string; text: string }[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(".upr") || name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(directory, name), "utf8") }));
}
