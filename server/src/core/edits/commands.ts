import { convertToCanonical } from "./convert.js";
import { fixAll } from "./fix-all.js";
import type { LintOptions } from "../lint/lint.js";
import { paragraphNumbering } from "../rules/upr001-paragraph-numbering.js";
import { recommendationLettering } from "../rules/upr005-recommendation-lettering.js";
import type { TextEdit } from "../text/edit.js";
import { LineIndex } from "../text/text.js";

/**
 * The editor's commands as edits on the text. Each runs the rules' own fixes through fix-all (and
 * so through applyFixes), then describes the change as small edits, so that the editor applies it
 * as one undoable step and keeps the cursor where the text did not change.
 */

/** Numbers the paragraphs 1, 2, 3 … in order, and updates the cross-references that follow them. */
export function renumberParagraphs(text: string): TextEdit[] {
  return minimalEdits(text, fixAll(text, { rules: [paragraphNumbering] }).text);
}

/** Letters every recommendation list a, b, c … from a. */
export function reletterLists(text: string): TextEdit[] {
  return minimalEdits(text, fixAll(text, { rules: [recommendationLettering] }).text);
}

/** Applies every preferred fix (of one rule, when given) until nothing fixable is left. */
export function fixAllEdits(text: string, options: LintOptions, onlyRule?: string): TextEdit[] {
  return minimalEdits(text, fixAll(text, options, onlyRule).text);
}

/** Turns text pasted from Word or PDF into the canonical .upr form; `removed` lists the page furniture taken out. */
export function convertEdits(text: string): { edits: TextEdit[]; removed: string[]; unplaced: string[] } {
  const { text: converted, removed, unplaced } = convertToCanonical(text);
  return { edits: minimalEdits(text, converted), removed, unplaced };
}

/**
 * Edits that turn `before` into `after`: the text between their common start and end, split into
 * one edit per changed line when the line count stays the same (as renumbering and most fixes do).
 */
export function minimalEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const whole = trimmedEdit(before, after, 0);
  const old = before.slice(whole.start, whole.end);
  const oldLines = new LineIndex(old);
  const newLines = new LineIndex(whole.newText);
  if (oldLines.count === 1 || oldLines.count !== newLines.count) return [whole];
  const edits: TextEdit[] = [];
  for (let i = 0; i < oldLines.count; i++) {
    const line = oldLines.line(i);
    const newLine = newLines.line(i);
    const was = old.slice(line.start, line.next);
    const now = whole.newText.slice(newLine.start, newLine.next);
    if (was !== now) edits.push(trimmedEdit(was, now, whole.start + line.start));
  }
  return edits;
}

/** One edit replacing what lies between the common start and the common end of two texts. */
function trimmedEdit(before: string, after: string, offset: number): TextEdit {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shortest - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start: offset + start, end: offset + before.length - end, newText: after.slice(start, after.length - end) };
}
