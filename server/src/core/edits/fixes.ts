import type { Fix, TextEdit } from "../text/edit.js";

/**
 * Applies fixes to a text. The one place where fixes turn into text: quick fixes, fix-all,
 * the CLI's --fix and the commands all come here. A fix whose edits overlap an edit already
 * taken is skipped whole (identical edits are shared), so the result is what each applied fix names.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: Fix[] } {
  const taken = new EditSet();
  const applied: Fix[] = [];
  for (const fix of fixes) {
    const edits = [...fix.edits].sort(byPosition);
    if (edits.some((edit) => edit.start < 0 || edit.end > text.length || edit.start > edit.end)) continue;
    if (edits.some((edit, i) => i > 0 && overlaps(edits[i - 1], edit) && !sameEdit(edits[i - 1], edit))) continue;
    if (edits.some((edit) => taken.conflicts(edit))) continue;
    for (const edit of edits) taken.add(edit);
    applied.push(fix);
  }
  return { text: applyEdits(text, taken.edits), applied };
}

/** Applies edits that do not overlap (identical ones count once). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort(byPosition);
  const parts: string[] = [];
  let cursor = 0;
  let previous: TextEdit | undefined;
  for (const edit of sorted) {
    if (previous && sameEdit(previous, edit)) continue;
    parts.push(text.slice(cursor, edit.start), edit.newText);
    cursor = edit.end;
    previous = edit;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}

/** Edits kept sorted by start, so a new edit is checked against its neighbours only. */
class EditSet {
  readonly edits: TextEdit[] = [];

  conflicts(edit: TextEdit): boolean {
    const at = this.insertionPoint(edit);
    for (let i = Math.max(0, at - 1); i < this.edits.length && this.edits[i].start <= edit.end; i++) {
      const other = this.edits[i];
      if (!sameEdit(edit, other) && overlaps(edit, other)) return true;
    }
    return false;
  }

  add(edit: TextEdit): void {
    const at = this.insertionPoint(edit);
    const neighbour = this.edits[at];
    if (neighbour && sameEdit(neighbour, edit)) return;
    this.edits.splice(at, 0, edit);
  }

  private insertionPoint(edit: TextEdit): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (byPosition(this.edits[mid], edit) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end || (a.newText < b.newText ? -1 : a.newText > b.newText ? 1 : 0);
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/** Two edits overlap when they touch the same characters, or insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end || b.start === b.end) {
    if (a.start === a.end && b.start === b.end) return a.start === b.start;
    const [point, range] = a.start === a.end ? [a, b] : [b, a];
    return point.start > range.start && point.start < range.end;
  }
  return a.start < b.end && b.start < a.end;
}
