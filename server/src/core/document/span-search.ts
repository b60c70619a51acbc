import type { Block, UprDocument } from "./model.js";
import type { Span } from "../text/text.js";

/** Whether a span overlaps one of the spans given, which are sorted and do not overlap each other. */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= span.start) low = mid + 1;
    else high = mid;
  }
  return low < spans.length && spans[low].start < span.end;
}

/** The index of the first item, in start order, that starts at `offset` or later (the count of those before). */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Spans in start order, as `overlapsAny` needs them: the spans themselves when they are in order
 * already, as a document's lists mostly are, else a sorted copy. Not to be changed.
 */
export function sortedSpans(spans: readonly Span[]): readonly Span[] {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}

/** The block the offset lies in, its ends included. */
export function blockAt(document: UprDocument, offset: number): Block | undefined {
  const block = document.blocks[firstStartingFrom(document.blocks, offset + 1) - 1];
  return block && offset <= block.end ? block : undefined;
}
