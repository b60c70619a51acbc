import type { Block, UprDocument } from "../document/model.js";
import { toLetter } from "../text/numerals.js";
import type { TextEdit } from "../text/edit.js";
import { isBlank, type Span } from "../text/text.js";

const BARE_MARKER = /^[ \t]*(?:\d{1,3}|[a-z]{1,2})\.[ \t]*$/;

/**
 * The marker a new block on `line` continues with: after paragraph 28, "29. "; after item b. (or a
 * dash bullet under it), "c. "; after a lead-in ending in a colon, "a. "; after a section heading,
 * the number after the last paragraph before it. Undefined where nothing is being numbered.
 */
export function continuationMarker(document: UprDocument, line: number): string | undefined {
  const at = lastBlockBefore(document.blocks, line);
  if (at < 0) return undefined;
  const block = document.blocks[at];
  switch (block.kind) {
    case "paragraph":
      return `${block.marker!.value + 1}. `;
    case "item":
      return `${toLetter(block.marker!.value + 1)}. `;
    case "bullet": {
      const item = previousOfKind(document.blocks, at, "item");
      return item ? `${toLetter(item.marker!.value + 1)}. ` : undefined;
    }
    case "text":
      return document.text.slice(block.start, block.end).trimEnd().endsWith(":") ? "a. " : undefined;
    case "heading": {
      if (block.inAnnex) return undefined;
      const paragraph = previousOfKind(document.blocks, at, "paragraph");
      return `${(paragraph?.marker!.value ?? 0) + 1}. `;
    }
    default:
      return undefined;
  }
}

/**
 * What Enter does on `line` (the new, empty line): right after a numbered paragraph or a lettered
 * item, the next number or letter. Enter on a line holding only a marker takes that marker away,
 * so a second Enter ends the numbering, as in Markdown lists.
 */
export function onEnterEdits(document: UprDocument, line: number): TextEdit[] {
  const { index } = document;
  if (line < 1 || line >= index.count || !isBlank(document.text, index.starts[line], index.ends[line])) return [];
  const previous = index.line(line - 1);
  if (BARE_MARKER.test(document.text.slice(previous.start, previous.end))) {
    return [{ start: previous.start, end: previous.end, newText: "" }];
  }
  const at = lastBlockBefore(document.blocks, line);
  if (at < 0 || document.blocks[at].lastLine !== line - 1) return [];
  const marker = continuationMarker(document, line);
  return marker ? [{ start: index.ends[line], end: index.ends[line], newText: marker }] : [];
}

export interface MarkerCompletion {
  marker: string;
  /** What the completion replaces: the part of a marker typed so far. */
  range: Span;
}

/** At the start of a line, with at most a partial marker typed, the marker that continues the numbering. */
export function markerCompletion(document: UprDocument, offset: number): MarkerCompletion | undefined {
  const line = document.index.lineAt(offset);
  const before = document.text.slice(line.start, offset);
  const typed = /^[ \t]*([\da-z]{0,3})$/i.exec(before);
  if (!typed) return undefined;
  const marker = continuationMarker(document, line.index);
  if (!marker || !marker.startsWith(typed[1])) return undefined;
  return { marker, range: { start: offset - typed[1].length, end: offset } };
}

/**
 * The index of the last block, comments aside, that starts before `line`. A marker being typed can
 * join the block above as a wrapped line; that block is still the one it continues.
 */
function lastBlockBefore(blocks: Block[], line: number): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (blocks[i].firstLine < line && blocks[i].kind !== "comment") return i;
  }
  return -1;
}

function previousOfKind(blocks: Block[], from: number, kind: Block["kind"]): Block | undefined {
  for (let i = from - 1; i >= 0; i--) if (blocks[i].kind === kind) return blocks[i];
  return undefined;
}
