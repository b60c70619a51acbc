import type { Severity } from "../core/index.js";
import { painter, type Style } from "./colour.js";
import { toJsonProblems, type FileResult } from "./formatters.js";

const SEVERITY_STYLE: Record<Severity, Style[]> = {
  error: ["red", "bold"],
  warning: ["yellow"],
  information: ["blue"],
  hint: ["dim"],
};

/**
 * One problem a line, `file:line:col  severity  message  rule`, with the columns aligned, then a
 * summary line: `12 problems (2 errors, 10 warnings) in 3 files`. Nothing at all when there are no problems.
 */
export function formatText(results: readonly FileResult[], colour = false): string {
  const lines = problemLines(results, colour);
  return lines.length === 0 ? "" : [...lines, summaryLine(results, colour)].join("\n");
}

/** The problems alone, one a line, aligned. */
export function problemLines(results: readonly FileResult[], colour = false): string[] {
  const problems = toJsonProblems(results);
  if (problems.length === 0) return [];
  const paint = painter(colour);
  const locations = problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}`);
  const locationWidth = Math.max(...locations.map((location) => location.length));
  const severityWidth = Math.max(...problems.map((problem) => problem.severity.length));
  return problems.map((problem, i) =>
    [
      paint(locations[i].padEnd(locationWidth)),
      paint(problem.severity.padEnd(severityWidth), ...SEVERITY_STYLE[problem.severity]),
      problem.message,
      paint(`${problem.rule}/${problem.name}`, "dim"),
    ].join("  "),
  );
}

/** `12 problems (2 errors, 10 warnings) in 3 files`; information and hints are counted only when there are some. */
export function summaryLine(results: readonly FileResult[], colour = false): string {
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  let files = 0;
  for (const result of results) {
    if (result.problems.length > 0) files++;
    for (const problem of result.problems) count[problem.severity]++;
  }
  const total = count.error + count.warning + count.information + count.hint;
  const parts = [plural(count.error, "error"), plural(count.warning, "warning")];
  if (count.information > 0) parts.push(`${count.information} information`);
  if (count.hint > 0) parts.push(plural(count.hint, "hint"));
  const line = `${plural(total, "problem")} (${parts.join(", ")}) in ${plural(files, "file")}`;
  const style: Style[] = count.error > 0 ? ["red", "bold"] : count.warning > 0 ? ["yellow", "bold"] : ["bold"];
  return painter(colour)(line, ...style);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
