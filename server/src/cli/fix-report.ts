import type { Problem } from "../core/index.js";
import { plural } from "./text-output.js";

/**
 * What `lint --fix` did to one file, for standard error: `fixed 3 problems in draft.upr (2
 * paragraph-numbering, 1 recommendation-lettering)`, counted by rule as the problems before the
 * fixes less those after them.
 */
export function fixReport(file: string, before: readonly Problem[], after: readonly Problem[]): string | undefined {
  const byRule = new Map<string, number>();
  for (const problem of before) byRule.set(problem.ruleName, (byRule.get(problem.ruleName) ?? 0) + 1);
  for (const problem of after) byRule.set(problem.ruleName, (byRule.get(problem.ruleName) ?? 0) - 1);
  const fixed = [...byRule].filter(([, count]) => count > 0);
  const total = fixed.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return undefined;
  return `fixed ${plural(total, "problem")} in ${file} (${fixed.map(([rule, count]) => `${count} ${rule}`).join(", ")})`;
}
