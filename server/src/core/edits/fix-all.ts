import { applyFixes } from "./fixes.js";
import { lintText, type LintOptions } from "../lint/lint.js";
import type { Fix } from "../text/edit.js";
import type { Problem } from "../rules/types.js";

/** Passes before fix-all gives up: fixes that unlock other fixes (numbering a paragraph, then renumbering) need a few. */
const MAX_PASSES = 8;

export interface FixAllResult {
  text: string;
  /** How many fixes were applied over all passes. */
  applied: number;
  /** Problems left after the last pass. */
  problems: Problem[];
}

/** Applies the preferred fix of every fixable problem, re-linting until nothing fixable is left. */
export function fixAll(text: string, options: LintOptions = {}, onlyRule?: string): FixAllResult {
  let current = text;
  let applied = 0;
  let problems = lintText(current, options).problems;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = preferredFixes(problems, onlyRule);
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes);
    if (result.applied.length === 0 || result.text === current) break;
    applied += result.applied.length;
    current = result.text;
    problems = lintText(current, options).problems;
  }
  return { text: current, applied, problems };
}

export function preferredFixes(problems: readonly Problem[], onlyRule?: string): Fix[] {
  const fixes: Fix[] = [];
  for (const problem of problems) {
    if (onlyRule && problem.ruleId !== onlyRule) continue;
    const fix = problem.fixes?.[0];
    if (fix && fix.edits.length > 0) fixes.push(fix);
  }
  return fixes;
}
