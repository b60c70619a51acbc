import type { Marker } from "../document/model.js";
import type { TextEdit } from "../text/edit.js";

export type BreakKind = "start" | "gap" | "duplicate" | "order";

export interface SequenceBreak {
  index: number;
  kind: BreakKind;
  /** The value this position should have, counting from the first. */
  expected: number;
  actual: number;
  /** The previous marker's value. */
  previous?: number;
}

/**
 * Where a run of markers stops counting 1, 2, 3 …: a wrong start, a gap, a duplicate or a step back.
 * Only the first marker of each break is reported; the ones after it follow from it.
 */
export function sequenceBreaks(markers: readonly Marker[]): SequenceBreak[] {
  const breaks: SequenceBreak[] = [];
  for (let i = 0; i < markers.length; i++) {
    const actual = markers[i].value;
    if (i === 0) {
      if (actual !== 1) breaks.push({ index: 0, kind: "start", expected: 1, actual });
      continue;
    }
    const previous = markers[i - 1].value;
    if (actual === previous + 1) continue;
    const kind: BreakKind = actual === previous ? "duplicate" : actual < previous ? "order" : "gap";
    breaks.push({ index: i, kind, expected: i + 1, actual, previous });
  }
  return breaks;
}

/** Edits that give each marker from `from` up to (not including) `to` its position's value (1-based). */
export function renumberEdits(
  markers: readonly Marker[],
  from: number,
  format: (value: number) => string,
  to = markers.length,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = from; i < to; i++) {
    const wanted = format(i + 1);
    if (markers[i].text !== wanted) edits.push({ start: markers[i].start, end: markers[i].end, newText: wanted });
  }
  return edits;
}

/** "5", "5 and 6", "5–9": the values a gap leaves out. */
export function describeMissing(from: number, to: number, format: (value: number) => string): string {
  if (to === from) return format(from);
  if (to === from + 1) return `${format(from)} and ${format(to)}`;
  return `${format(from)}–${format(to)}`;
}
