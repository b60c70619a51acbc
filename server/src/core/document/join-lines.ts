import type { SourceText } from "../text/source-text.js";
import type { Block, FootnoteReference, UprDocument } from "./model.js";
import type { Span } from "../text/text.js";
import { readLetterSpacing } from "../text/letter-spacing.js";

/**
 * A block's lines as one line of canonical text: wrapped lines joined with one space (a hyphen or
 * a URL broken at the line end joins without one), pasted footnote markers written `[^n]`, and a
 * letter-spaced line closed up ("I N T R O D U C T I O N" as "INTRODUCTION") where its words are known.
 */
export function joinLines(text: SourceText, lines: Span[], references: FootnoteReference[]): string {
  const out: string[] = [];
  let token: TokenEnds | undefined;
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
    const spacing = cursor === line.start ? readLetterSpacing(piece) : undefined;
    if (spacing?.wordsKnown) piece = spacing.text;
    piece = piece.replace(/[ \t\u00a0]{2,}/g, " ").trim();
    if (!piece) continue;
    const tight = token !== undefined && joinsTight(token, piece);
    if (token !== undefined && !tight) out.push(" ");
    out.push(piece);
    token = lastToken(piece, tight ? token : undefined);
  }
  return out.join("");
}

/**
 * The start and the end of the last word written: all that joining the next line looks at. Kept
 * apart from the joined text, which a block of thousands of lines would make long to search.
 */
interface TokenEnds {
  head: string;
  tail: string;
}

const HEAD = 8; // "https://"
const TAIL = 3; // a letter (one or two code units) and a hyphen

function lastToken(piece: string, joinedTo: TokenEnds | undefined): TokenEnds {
  const space = piece.lastIndexOf(" ");
  if (space >= 0) return ends(piece.slice(space + 1));
  if (!joinedTo) return ends(piece);
  return { head: (joinedTo.head + piece.slice(0, HEAD)).slice(0, HEAD), tail: (joinedTo.tail + piece.slice(-TAIL)).slice(-TAIL) };
}

function ends(token: string): TokenEnds {
  return { head: token.slice(0, HEAD), tail: token.slice(-TAIL) };
}

function joinsTight(token: TokenEnds, after: string): boolean {
  // A capitalised word and a space after an address ("… www.example.org" / "The Government is …") opens a new sentence.
  if (/^(?:https?:\/\/|www\.)/.test(token.head) && /^[\w%./?=&#-]+(?:\s|$)/.test(after) && !/[.,;]$/.test(token.tail) && !/^\p{Lu}\p{Ll}*\s/u.test(after)) {
    return true;
  }
  return /\p{L}-$/u.test(token.tail) && /^\p{Ll}/u.test(after);
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
