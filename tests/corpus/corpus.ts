import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { convertToCanonical } from "../../server/src/core/edits/convert.js";
import { lintText } from "../../server/src/core/lint/lint.js";
import type { Problem } from "../../server/src/core/rules/types.js";

export const CORPUS = __dirname;

export type Form = "pasted" | "converted";

/** A problem's verdict after review: a real defect of the submission, or a false alarm still raised. */
export interface Verdict {
  line: number;
  rule: string;
  defect?: string;
  falseAlarm?: string;
}

export type Review = Record<string, Record<Form, Verdict[]>>;

export function corpusFiles(): { name: string; text: string }[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS, name), "utf8") }));
}

export function readReview(): Review {
  return JSON.parse(readFileSync(join(CORPUS, "review.json"), "utf8")) as Review;
}

export interface Found {
  line: number;
  column: number;
  problem: Problem;
  /** The words of the line around the problem. */
  excerpt: string;
}

export function lintForm(text: string, form: Form): { text: string; found: Found[]; removed: string[] } {
  const { text: linted, removed } = form === "pasted" ? { text, removed: [] } : convertToCanonical(text);
  const { document, problems } = lintText(linted);
  const found = problems.map((problem) => {
    const line = document.index.lineAt(problem.start);
    const lineText = linted.slice(line.start, line.end);
    const column = problem.start - line.start;
    return { line: line.index + 1, column: column + 1, problem, excerpt: excerpt(lineText, column) };
  });
  return { text: linted, found, removed };
}

const EXCERPT_BEFORE = 30;
const EXCERPT_LENGTH = 90;

function excerpt(line: string, column: number): string {
  const from = Math.max(0, column - EXCERPT_BEFORE);
  const cut = line.slice(from, from + EXCERPT_LENGTH).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${cut}${from + EXCERPT_LENGTH < line.length ? "…" : ""}`;
}

/** The verdict reviewed for a problem, found by its line and rule. */
export function verdictFor(verdicts: Verdict[], found: Found): Verdict | undefined {
  return verdicts.find((verdict) => verdict.line === found.line && verdict.rule === found.problem.ruleId);
}

export function describeFound(found: Found): string {
  return `${found.line}:${found.column} ${found.problem.ruleId} ${found.problem.message}`;
}

/**
 * The snapshot of one file in one form: each problem, the text it is about and its verdict, one
 * block each; after convert, the lines of page furniture it took out first, for review too.
 */
export function renderSnapshot(name: string, form: Form, found: Found[], verdicts: Verdict[], removed: string[] = []): string {
  const lines = [`${name}, ${form}: ${found.length} problem${found.length === 1 ? "" : "s"}`];
  if (removed.length > 0) lines.push("", `removed as page furniture (${removed.length}):`, ...removed.map((line) => `  - ${line}`));
  for (const entry of found) {
    const verdict = verdictFor(verdicts, entry);
    const judged = verdict?.defect ? `defect: ${verdict.defect}` : verdict?.falseAlarm ? `FALSE ALARM: ${verdict.falseAlarm}` : "UNREVIEWED";
    lines.push("", `${entry.line}:${entry.column} ${entry.problem.ruleId}/${entry.problem.ruleName} ${entry.problem.message}`, `  | ${entry.excerpt}`, `  ${judged}`);
  }
  return lines.join("\n") + "\n";
}

/** Letters and digits alone: what stays of a text whatever lines, spaces, hyphens and footnote brackets convert changes. */
export function lettersAndDigits(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * The lines of the input whose letters and digits do not all come out of convert, in order
 * within the line, leaving aside the lines convert says it removed.
 */
export function linesLost(input: string, output: string, removed: readonly string[] = []): string[] {
  const kept = lettersAndDigits(output);
  const dropped = new Set(removed.map((line) => line.trim()));
  return input.split("\n").filter((line) => !dropped.has(line.trim()) && !kept.includes(lettersAndDigits(line)));
}
