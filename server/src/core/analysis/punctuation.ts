import { blockLines } from "../document/block-lines.js";
import type { Block, UprDocument } from "../document/model.js";
import { BlockCache } from "./block-cache.js";
import { firstStartingFrom } from "../document/span-search.js";
import type { SourceText } from "../text/source-text.js";

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

/** Whether a block is set out in columns, as a table pasted from Word or PDF is: a line with a tab, or three spaces between words. */
export function isTableBlock(text: SourceText, block: Block): boolean {
  return blockLines(block).some((line) => /\S(?:\t| {3,})\S/.test(text.slice(line.start, line.end)));
}

/**
 * What a punctuation rule finds in each prose block that holds one of its marks, worked out once per version of the block (a keystroke searches only the blocks it
 * rebuilt). A finding follows from the block's own text and holds offsets relative to the block's
 * start; what depends on the blocks around it is for the rule to judge afterwards.
 */
export class ProseBlockFindings<T extends NonNullable<unknown>> {
  private readonly cache: BlockCache<T | false>;

  /**
   * `pattern` is a constant global expression of one character; `find` answers undefined for a
   * block with nothing to report. Tables are searched too when `inTables` is set.
   */
  constructor(pattern: RegExp, find: (text: SourceText, block: Block) => T | undefined, { inTables = false } = {}) {
    this.cache = new BlockCache((document, block) => {
      const { text } = document;
      if (!holdsMatch(text, block, pattern) || (!inTables && isTableBlock(text, block))) return false;
      return find(text, block) ?? false;
    });
  }

  /** The prose blocks with a finding, in order. */
  in(document: UprDocument): { block: Block; found: T }[] {
    const out: { block: Block; found: T }[] = [];
    const { blocks } = document;
    for (let index = 0; index < blocks.length; index++) {
      if (!isProseBlock(blocks[index])) continue;
      const found = this.cache.at(document, index);
      if (found !== false) out.push({ block: blocks[index], found });
    }
    return out;
  }
}

function holdsMatch(text: SourceText, block: Block, pattern: RegExp): boolean {
  return blockLines(block).some((line) => {
    const found = pattern.test(text.slice(line.start, line.end));
    pattern.lastIndex = 0;
    return found;
  });
}

/**
 * The blocks next to a block, going back (`step` -1) or on (1), up to `count` of them, of any
 * kind but footnote texts and comments, which are passed over: a heading among them may be a
 * line the layout of pasted text set apart.
 */
export function blocksAround(document: UprDocument, block: Block, step: 1 | -1, count: number): Block[] {
  const { blocks } = document;
  const found: Block[] = [];
  for (let at = firstStartingFrom(blocks, block.start) + step; at >= 0 && at < blocks.length && found.length < count; at += step) {
    if (blocks[at].kind !== "footnote" && blocks[at].kind !== "comment") found.push(blocks[at]);
  }
  return found;
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
