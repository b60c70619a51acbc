import type { Block } from "./model.js";
import type { Span } from "../text/text.js";

/** A block's line spans: those it keeps, or for a block of one line, which keeps none, its own span. */
export function blockLines(block: Block): Span[] {
  return block.lines ?? [{ start: block.start, end: block.end }];
}

export function lineCount(block: Block): number {
  return block.lines ? block.lines.length : 1;
}

export function firstLineSpan(block: Block): Span | undefined {
  return block.lines ? block.lines[0] : block;
}

export function lastLineSpan(block: Block): Span | undefined {
  return block.lines ? block.lines[block.lines.length - 1] : block;
}
