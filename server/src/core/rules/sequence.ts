import type { Marker } from "../document/model.js";
import type { TextEdit } from "../text/edit.js";
import { resumesAfterSlip, resumesAfterStepBack } from "../analysis/numbering.js";

export type BreakKind = "start" | "gap" | "duplicate" | "order";

export interface SequenceBreak {
  index: number;
  kind: BreakKind;
  /** The value that follows the marker before (1 for the first): never the value found. */
  expected: number;
  actual: number;
  /** The previous marker's value. */
  previous?: number;
}

/**
 * Where a run of markers stops counting 1, 2, 3 …: a wrong start, a gap, a duplicate or a step back.
 * Only the first marker of each break is reported; the ones after it follow from it, and so does
 * the marker after a slip that follows what the slip stands for ("a, b, f, d").
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
    if (resumesAfterStepBack(breaks, i, (before) => actual === markers[before].value + 1)) continue;
    if (resumesAfterSlip(breaks, i, actual, (slip) => actual === slip.expected + 1)) continue;
    const kind: BreakKind = actual === previous ? "duplicate" : actual < previous ? "order" : "gap";
    breaks.push({ index: i, kind, expected: previous + 1, actual, previous });
  }
  return breaks;
}

/**
 * Edits that number the markers from `from` up to (not including) `to` on from the marker before
 * `from` (from 1 at the start), as the break at `from` expects.
 */
export function renumberEdits(markers: readonly Marker[], from: number, format: (value: number) => string, to = markers.length): TextEdit[] {
  const edits: TextEdit[] = [];
  const first = from > 0 ? markers[from - 1].value + 1 : 1;
  for (let i = from; i < to; i++) {
    const wanted = format(first + i - from);
    if (markers[i].text !== wanted) edits.push({ start: markers[i].start, end: markers[i].end, newText: wanted });
  }
  return edits;
}

/**
 * Where the fix of break `b` stops: the first break's fix mends the whole run in one go, and the
 * fixes of later breaks (which fix-all then skips as overlapping) reach only to the next break, so
 * that a run broken at every marker does not make a fix of every marker for each.
 */
export function fixEnd(breaks: readonly SequenceBreak[], b: number, length: number): number {
  return b === 0 ? length : (breaks[b + 1]?.index ?? length);
}

/** "5", "5 and 6", "5–9": the values a gap leaves out. */
export function describeMissing(from: number, to: number, format: (value: number) => string): string {
  if (to === from) return format(from);
  if (to === from + 1) return `${format(from)} and ${format(to)}`;
  return `${format(from)}–${format(to)}`;
}
