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

/**
 * Applies the preferred fix of every fixable problem, re-linting until nothing fixable is left.
 * Only fixes that keep every word and line break are applied in bulk: one that deletes text
 * (joining a paragraph to the one before, removing an unused definition) is offered one by one,
 * where the drafter sees what goes.
 */
export function fixAll(text: string, options: LintOptions = {}, onlyRule?: string): FixAllResult {
  let current = text;
  let applied = 0;
  let problems = lintText(current, options).problems;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = preferredFixes(current, problems, onlyRule);
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes);
    if (result.applied.length === 0 || result.text === current) break;
    applied += result.applied.length;
    current = result.text;
    problems = lintText(current, options).problems;
  }
  return { text: current, applied, problems };
}

/** The preferred fix of each problem (of one rule, when given) that may be applied unseen. */
export function preferredFixes(text: string, problems: readonly Problem[], onlyRule?: string): Fix[] {
  const fixes: Fix[] = [];
  for (const problem of problems) {
    if (onlyRule && problem.ruleId !== onlyRule) continue;
    const fix = problem.fixes?.[0];
    if (fix && fix.edits.length > 0 && keepsWordsAndBreaks(text, fix)) fixes.push(fix);
  }
  return fixes;
}

/** Whether each edit of a fix writes at least as many words and line breaks as it replaces: a renumbering or a better term does, a deletion does not. */
export function keepsWordsAndBreaks(text: string, fix: Fix): boolean {
  return fix.edits.every((edit) => {
    const replaced = text.slice(edit.start, edit.end);
    return count(LINE_BREAK, edit.newText) >= count(LINE_BREAK, replaced) && count(WORD, edit.newText) >= count(WORD, replaced);
  });
}

const LINE_BREAK = /\r\n|\r|\n/g;
const WORD = /[\p{L}\p{N}]+/gu;

function count(pattern: RegExp, text: string): number {
  if (text.length === 0) return 0;
  let found = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) found++;
  return found;
}
