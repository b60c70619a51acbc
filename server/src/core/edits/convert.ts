import { blockLines } from "../document/block-lines.js";
import type { Block, FootnoteReference, UprDocument } from "../document/model.js";
import { parse } from "../document/parser/index.js";
import { groupReferencesByBlock, joinLines } from "../document/join-lines.js";
import { dominantLineBreak } from "../text/text.js";

const FRONT_MATTER_TEMPLATE = ["---", "state:", "cycle:", "session:", "submission: individual", "organisations: []", "---"];

/**
 * Turns text pasted from Word or PDF into the canonical .upr form: one block per line, headings
 * behind `#`, footnote markers as `[^n]`. Every word stays, in order, except what page breaks left
 * inside paragraphs: footnote texts become `[^n]: text` definitions at the end, and leaked URLs
 * and page numbers move to a comment below the block they interrupted. Lines end as most of the
 * input's lines do, so a CRLF file stays CRLF throughout.
 */
export function convertToCanonical(text: string): string {
  const document = parse(text);
  const out: string[] = [];
  out.push(...(document.frontMatter ? [text.slice(document.frontMatter.start, document.frontMatter.end)] : FRONT_MATTER_TEMPLATE));
  const referencesByBlock = groupReferencesByBlock(document);
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
  const lineBreak = dominantLineBreak(text);
  const canonical = out.join("\n") + "\n";
  return lineBreak === "\n" && !canonical.includes("\r\n") ? canonical : canonical.replace(/\r?\n/g, lineBreak);
}

function renderBlock(document: UprDocument, block: Block, references: FootnoteReference[]): string {
  const text = document.text;
  const body = joinLines(text, blockLines(block), document.mode === "pasted" ? references : []);
  if (block.kind !== "heading" || block.heading!.hashes > 0) return body;
  return `${block.heading!.level === 1 ? "#" : "##"} ${body}`;
}
