import type { SourceText } from "../../text/source-text.js";
import type { Block } from "../model.js";
import { blockLines } from "../block-lines.js";

/**
 * PDF extractors can set a bullet's glyph on a line of its own, away from its text: the glyph
 * alone, the text of the bullet before running on below it, and the text of its own bullet left
 * without one. In a run of bullets, when the glyphs standing alone are as many as the unbulleted
 * paragraphs between and after the bullets, each paragraph is a bullet and the lines below each
 * lone glyph run on the bullet before. Changes `blocks` in place.
 */
export function reattachBulletGlyphs(text: SourceText, blocks: Block[]): void {
  for (let start = 0; start < blocks.length; start++) {
    if (blocks[start].kind !== "bullet") continue;
    let end = start + 1;
    while (end < blocks.length && (blocks[end].kind === "bullet" || blocks[end].kind === "text")) end++;
    // The run ends with its last bullet: text after it is the body again.
    while (end > start && blocks[end - 1].kind !== "bullet") end--;
    const run = blocks.slice(start, end);
    const lone = run.filter((block) => isLoneGlyph(text, block));
    const unbulleted = run.filter((block) => block.kind === "text" && /^\p{Lu}/u.test(text.slice(block.content.start, block.content.start + 1)));
    if (lone.length > 0 && lone.length === unbulleted.length) {
      for (const block of unbulleted) block.kind = "bullet";
      for (const glyph of lone) mergeIntoPrevious(blocks, blocks.indexOf(glyph));
      end -= lone.length;
    }
    start = end - 1;
  }
}

function isLoneGlyph(text: SourceText, block: Block): boolean {
  if (block.kind !== "bullet") return false;
  const first = blockLines(block)[0];
  return text.slice(block.content.start, first.end).trim() === "";
}

/** The glyph's line becomes an artefact of the block before, and the lines below it run on that block. */
function mergeIntoPrevious(blocks: Block[], index: number): void {
  const glyph = blocks[index];
  const previous = blocks[index - 1];
  const [glyphLine, ...rest] = blockLines(glyph);
  previous.lines ??= [{ start: previous.start, end: previous.end }];
  previous.lines.push(...rest);
  previous.artefacts.push(glyphLine, ...glyph.artefacts);
  previous.artefacts.sort((a, b) => a.start - b.start);
  if (rest.length > 0) previous.content.end = rest[rest.length - 1].end;
  previous.end = Math.max(previous.end, glyph.end);
  previous.lastLine = glyph.lastLine;
  blocks.splice(index, 1);
}
