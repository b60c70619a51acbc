import type { Block, FootnoteReference, UprDocument } from "./model.js";
import type { Span } from "./text.js";

/**
 * A block's lines as one line of canonical text: wrapped lines joined with one space (a hyphen or
 * a URL broken at the line end joins without one), and pasted footnote markers written `[^n]`.
 */
export function joinLines(text: string, lines: Span[], references: FootnoteReference[]): string {
  let out = "";
  let r = 0;
  for (const line of lines) {
    let piece = "";
    let cursor = line.start;
    for (; r < references.length && references[r].start < line.end; r++) {
      const reference = references[r];
      if (reference.start < line.start) continue;
      piece += text.slice(cursor, reference.start).trimEnd() + `[^${reference.label}]`;
      cursor = reference.end;
    }
    piece += text.slice(cursor, line.end);
    piece = piece.replace(/[ \t\u00a0]{2,}/g, " ").trim();
    if (!piece) continue;
    out = out === "" ? piece : out + (joinsTight(out, piece) ? "" : " ") + piece;
  }
  return out;
}

function joinsTight(before: string, after: string): boolean {
  const lastToken = before.slice(before.lastIndexOf(" ") + 1);
  if (/^(?:https?:\/\/|www\.)/.test(lastToken) && /^[\w%./?=&#-]+(?:\s|$)/.test(after) && !/[.,;]$/.test(lastToken)) {
    return true;
  }
  return /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after);
}

/** Each block's footnote references, so that joining a block's lines looks at its own references only. */
export function groupReferencesByBlock(document: UprDocument): Map<Block, FootnoteReference[]> {
  const map = new Map<Block, FootnoteReference[]>();
  let b = 0;
  const blocks = document.blocks;
  for (const reference of document.footnoteReferences) {
    while (b < blocks.length && blocks[b].end < reference.start) b++;
    if (b >= blocks.length) break;
    const list = map.get(blocks[b]) ?? [];
    list.push(reference);
    map.set(blocks[b], list);
  }
  return map;
}
