import type { Block, FootnoteReference, UprDocument } from "./model.js";
import { parse } from "./parser/index.js";
import type { Span } from "./text.js";

const FRONT_MATTER_TEMPLATE = ["---", "state:", "cycle:", "session:", "submission: individual", "organisations: []", "---"];

/**
 * Turns text pasted from Word or PDF into the canonical .upr form: one block per line, headings
 * behind `#`, footnote markers as `[^n]`. Every word stays, in order, except what page breaks left
 * inside paragraphs: footnote texts become `[^n]: text` definitions at the end, and leaked URLs
 * and page numbers move to a comment below the block they interrupted.
 */
export function convertToCanonical(text: string): string {
  const document = parse(text);
  const out: string[] = [];
  out.push(...(document.frontMatter ? [text.slice(document.frontMatter.start, document.frontMatter.end)] : FRONT_MATTER_TEMPLATE));
  const referencesByBlock = groupReferences(document);
  const notes = new Set(document.mode === "pasted" ? document.footnoteDefinitions.map((note) => note.start) : []);
  for (const block of document.blocks) {
    out.push("");
    out.push(renderBlock(document, block, referencesByBlock.get(block) ?? []));
    const artefacts = block.artefacts.filter((span) => !notes.has(span.start));
    if (artefacts.length > 0) {
      const texts = artefacts.map((span) => document.text.slice(span.start, span.end).trim());
      out.push("", `<!-- Moved from a page break: ${texts.join(" ")} -->`);
    }
  }
  if (notes.size > 0) {
    out.push("");
    for (const note of document.footnoteDefinitions) {
      out.push(`[^${note.label}]: ${joinLines(document.text, [note.content], [])}`);
    }
  }
  return out.join("\n") + "\n";
}

function renderBlock(document: UprDocument, block: Block, references: FootnoteReference[]): string {
  const text = document.text;
  const body = joinLines(text, block.lines, document.mode === "pasted" ? references : []);
  if (block.kind !== "heading" || block.heading!.hashes > 0) return body;
  return `${block.heading!.level === 1 ? "#" : "##"} ${body}`;
}

/** Joins wrapped lines with one space; a hyphen or a URL broken at the line end joins without one. */
function joinLines(text: string, lines: Span[], references: FootnoteReference[]): string {
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

function groupReferences(document: UprDocument): Map<Block, FootnoteReference[]> {
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
