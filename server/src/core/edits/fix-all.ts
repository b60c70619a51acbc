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

/**
 * Whether a fix keeps every word and line break: it writes at least as many line breaks as it
 * replaces, and no edit only drops words (writing none it did not have), unless the fix writes
 * those words elsewhere, as a move does. A renumbering, a better term or a definition moved to
 * its first use keeps them; a join of two paragraphs, a removed definition or "Convention … (CRC)"
 * cut to "CRC" does not.
 */
export function keepsWordsAndBreaks(text: string, fix: Fix): boolean {
  let breaks = 0;
  const written: string[] = [];
  const dropped: string[] = [];
  for (const edit of fix.edits) {
    const replaced = text.slice(edit.start, edit.end);
    breaks += (edit.newText.match(LINE_BREAK)?.length ?? 0) - (replaced.match(LINE_BREAK)?.length ?? 0);
    const before = replaced.match(WORD) ?? [];
    const after = edit.newText.match(WORD) ?? [];
    written.push(...after);
    if (without(after, before).length === 0) dropped.push(...without(before, after));
  }
  return breaks >= 0 && without(dropped, written).length === 0;
}

/** The words of `words` left once each of `taken` has taken one equal to it. */
function without(words: readonly string[], taken: readonly string[]): string[] {
  const left = [...words];
  for (const word of taken) {
    const at = left.indexOf(word);
    if (at !== -1) left.splice(at, 1);
  }
  return left;
}

const LINE_BREAK = /\r\n|\r|\n/g;
const WORD = /[\p{L}\p{N}]+/gu;
