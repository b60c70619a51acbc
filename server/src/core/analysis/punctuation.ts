import { blockLines } from "../document/block-lines.js";
import type { Block, UprDocument } from "../document/model.js";
import { blockAt } from "../document/span-search.js";
import type { Span } from "../text/text.js";

/**
 * The blocks whose punctuation the punctuation rules read: the drafter's own running text, from the
 * title block to the last body paragraph. Headings, footnote texts, comments, the closing contact
 * and signature blocks and the annex are left alone: they are cut short, wrapped or set out as
 * lists and tables, and a bracket or quotation mark there is rarely the drafter's slip.
 */
export function isProseBlock(block: Block): boolean {
  if (block.inAnnex) return false;
  switch (block.kind) {
    case "paragraph":
    case "item":
    case "bullet":
      return true;
    case "text":
      return block.role !== "closing" && block.role !== "annex";
    default:
      return false;
  }
}

/** The prose block holding the offset, with the line of the block it lies on; none on page furniture or a footnote text at a page bottom. */
export function proseLineAt(document: UprDocument, offset: number): { block: Block; line: Span } | undefined {
  const block = blockAt(document, offset);
  if (!block || !isProseBlock(block)) return undefined;
  const line = blockLines(block).find((span) => span.start <= offset && offset < span.end);
  return line && { block, line };
}

/** Whether the code is a letter: ASCII, Latin-1 and Latin Extended, Greek and Cyrillic. */
export function isLetter(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f)
  );
}

/** Whether the code is white space, or no character at all (before the text's start or after its end). */
export function isSpaceOrNone(code: number): boolean {
  return code !== code || code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x0c;
}
