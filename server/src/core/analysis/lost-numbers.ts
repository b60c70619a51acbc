import { charAt, type SourceText } from "../text/source-text.js";
import { lastLineSpan } from "../document/block-lines.js";
import type { Block, UprDocument } from "../document/model.js";
import { endsSentence } from "../document/parser/blocks.js";
import { firstStartingFrom } from "../document/span-search.js";

/** An unnumbered paragraph of pasted text that stands where a number is missing, and that number. */
export interface LostNumber {
  block: Block;
  number: string;
}

/**
 * Pasted text: unnumbered text is most often the rest of a paragraph cut by a page break, a
 * quotation or a list, so only a number that is plainly lost is found: paragraphs N and N + 2
 * with one block between them that starts a sentence after one that ended.
 */
export function lostNumbers(document: UprDocument): LostNumber[] {
  const { blocks, paragraphs, text } = document;
  const lost: LostNumber[] = [];
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const before = paragraphs[p].marker!;
    const after = paragraphs[p + 1].marker!;
    if (after.value !== before.value + 2 || (before.path?.length ?? 1) !== (after.path?.length ?? 1)) continue;
    const from = firstStartingFrom(blocks, paragraphs[p].start) + 1;
    const to = firstStartingFrom(blocks, paragraphs[p + 1].start);
    const between = blocks.slice(from, to).filter((block) => block.kind !== "comment");
    const body = between.filter((block) => block.kind === "text" && block.role === "body");
    if (body.length !== 1 || between.some((block) => block.kind === "heading")) continue;
    const block = body[0];
    const previous = blocks[firstStartingFrom(blocks, block.start) - 1];
    if (looksBrokenOff(text, previous, block)) continue;
    lost.push({ block, number: before.path ? [...before.path.slice(0, -1), before.value + 1].join(".") : String(before.value + 1) });
  }
  return lost;
}

/** Whether a block reads as the tail of the one before: that one ends mid-sentence, or this one starts in lower case. */
export function looksBrokenOff(text: SourceText, previous: Block, block: Block): boolean {
  const last = lastLineSpan(previous);
  const previousEnd = last ? text.slice(last.start, last.end) : "";
  const first = charAt(text, block.content.start) ?? "";
  return !endsSentence(previousEnd) || first !== first.toUpperCase();
}
