import { charAt, type SourceText } from "../text/source-text.js";
import { lostNumbers } from "../analysis/lost-numbers.js";
import { blockLines } from "../document/block-lines.js";
import type { Block, FootnoteReference, UprDocument } from "../document/model.js";
import { parse } from "../document/parser/index.js";
import { labelledRecommendationRuns } from "../analysis/labelled-recommendations.js";
import { endsSentence } from "../document/parser/blocks.js";
import { groupReferencesByBlock, joinLines } from "../document/join-lines.js";
import { overlapsAny } from "../document/span-search.js";
import { dominantLineBreak, type Span } from "../text/text.js";
import { reflowColumns } from "../text/columns.js";

const FRONT_MATTER_TEMPLATE = ["---", "state:", "cycle:", "session:", "submission: individual", "organisations: []", "---"];

export interface Conversion {
  /** The canonical draft. */
  text: string;
  /** The page furniture taken out (page numbers, running headers and footers), one line each, in text order. */
  removed: string[];
  /** The labels of footnote texts whose marker was not found in the text, in order. */
  unplaced: string[];
}

/**
 * Written above a footnote text whose marker was not found: the marker is missing from the
 * reading, not known missing from the draft, so the text is not reported as never referred to.
 */
function unplacedComments(label: string): string[] {
  return [`<!-- Convert found no marker for footnote ${label} in the pasted text: put [^${label}] where it belongs. -->`, "<!-- upr-draft-disable-next-line UPR007 -->"];
}

/**
 * Turns text pasted from Word or PDF into the canonical .upr form: one block per line, headings
 * behind `#`, quotations behind `>`, footnote markers as `[^n]`. Every word stays, in order, but
 * for page furniture, which is taken out and listed, and what page breaks left inside paragraphs:
 * footnote texts become `[^n]: text` definitions at the end, and leaked URLs move to a comment
 * below the block they interrupted. A paragraph cut in two by a page break is joined again, and
 * unnumbered text that runs on a numbered paragraph stays in it, unless it stands where a
 * paragraph number is missing (the paragraph that lost it). Lines end as most of the input's
 * lines do, so a CRLF file stays CRLF throughout.
 */
export function convertToCanonical(text: string): Conversion {
  // A page set in two columns side by side is read column by column.
  const flowed = reflowColumns(text);
  const document = parse(flowed);
  const pasted = document.mode === "pasted";
  const referencesByBlock = groupReferencesByBlock(document);
  const notes = pasted ? document.footnoteDefinitions : [];
  const lost = new Set(pasted ? lostNumbers(document).map(({ block }) => block) : []);
  const labels = ownLabelStarts(document);
  const entries: Entry[] = [];
  for (let b = 0; b < document.blocks.length; b++) {
    const block = document.blocks[b];
    // Endnotes are written with the other footnote texts, at the end.
    if (pasted && block.kind === "footnote") continue;
    const body = renderBlock(document, block, referencesByBlock.get(block) ?? []);
    // A stray bullet glyph is no word to keep.
    const moved = block.artefacts.filter((span) => !overlapsAny(notes, span) && !overlapsAny(document.furniture, span) && /[\p{L}\p{N}]/u.test(document.text.slice(span.start, span.end)));
    const comment = moved.length > 0 ? `<!-- Moved from a page break: ${moved.map((span) => document.text.slice(span.start, span.end).trim()).join(" ")} -->` : undefined;
    // A block of page furniture alone (a running header above the title) leaves nothing to write.
    if (!body && !comment) continue;
    // Never across a comment: the words would move to its other side.
    const last = entries.at(-1);
    const joining = pasted && last && !lost.has(block) ? joinWith(last, block, body, runInText(document.text, document.blocks[b + 1])) : undefined;
    if (joining !== undefined) {
      last!.text += joining + body;
      if (comment) last!.comments.push(comment);
      continue;
    }
    const resumes = pasted && resumesAfterQuotation(entries, block);
    const form = (resumes && runInText(document.text, document.blocks[b + 1])) || opensWithLabel(labels, block) ? body : pasted ? pastedForm(document.text, block, body) : body;
    entries.push({ block, text: form, comments: comment ? [comment] : [], inParagraph: block.kind === "paragraph" || resumes });
  }
  const out = document.frontMatter ? [flowed.slice(document.frontMatter.start, document.frontMatter.end)] : [...FRONT_MATTER_TEMPLATE];
  for (const entry of entries) out.push(...(entry.text ? ["", entry.text] : []), ...entry.comments.flatMap((comment) => ["", comment]));
  const referenced = new Set(document.footnoteReferences.map((reference) => reference.label));
  const unplaced: string[] = [];
  if (notes.length > 0) {
    out.push("");
    for (const note of notes) {
      // A text whose marker the reading could not place is kept, said so, and not reported as unused.
      if (!referenced.has(note.label!)) {
        unplaced.push(note.label!);
        out.push(...unplacedComments(note.label!));
      }
      out.push(`[^${note.label}]: ${noteText(document.text, note)}`);
    }
  }
  const removed = document.furniture.map((line) => document.text.slice(line.start, line.end).trim());
  const lineBreak = dominantLineBreak(text);
  const canonical = out.join("\n") + "\n";
  return { text: lineBreak === "\n" && !canonical.includes("\r\n") ? canonical : canonical.replace(/\r?\n/g, lineBreak), removed, unplaced };
}

/** Where the draft's own labelled recommendations open ("Recommendation 3.1: …"): they are no quotations to write behind `>`. */
function ownLabelStarts(document: UprDocument): Set<number> {
  const starts = new Set<number>();
  for (const run of labelledRecommendationRuns(document)) for (const label of run) starts.add(document.text.lastIndexOf("\n", label.start) + 1);
  return starts;
}

function opensWithLabel(labels: Set<number>, block: Block): boolean {
  return labels.size > 0 && labels.has(block.start);
}

/** A footnote text on one line, without its number when the number stood on a line of its own. */
function noteText(text: SourceText, note: Block): string {
  const lines: Span[] = [];
  for (let start = note.content.start; start < note.content.end; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 || newline > note.content.end ? note.content.end : newline;
    lines.push({ start, end });
    start = end + 1;
  }
  if (lines.length > 1 && text.slice(lines[0].start, lines[0].end).trim() === note.label) lines.shift();
  return joinLines(text, lines, []);
}

/** A block as written out, with the blocks it took in (a paragraph continued after a page break). */
interface Entry {
  block: Block;
  text: string;
  comments: string[];
  /** A numbered paragraph, or its text resumed after its block quotation: unnumbered text below it is more of it. */
  inParagraph: boolean;
}

/** Unnumbered text just after a block quotation that a numbered paragraph introduced: the paragraph goes on. */
function resumesAfterQuotation(entries: readonly Entry[], block: Block): boolean {
  if (block.kind !== "text" || block.role !== "body") return false;
  let e = entries.length - 1;
  while (e >= 0 && entries[e].block.kind === "text" && entries[e].block.role === "quotation") e--;
  return e >= 0 && e < entries.length - 1 && entries[e].inParagraph;
}

function renderBlock(document: UprDocument, block: Block, references: FootnoteReference[]): string {
  const text = document.text;
  const body = joinLines(text, blockLines(block), document.mode === "pasted" ? references : []);
  if (block.kind !== "heading" || block.heading!.hashes > 0) return body;
  return `${block.heading!.level === 1 ? "#" : "##"} ${body}`;
}

/** Fewer words than this, and no full stop, make a line of its own a sub-heading. */
const MAX_HEADING_WORDS = 12;

/**
 * A block of pasted text as the canonical form writes it: a paragraph number with its full stop,
 * a bullet with its glyph; unnumbered text of the body as a quotation behind `>` or, a short line
 * alone, as a sub-heading.
 */
function pastedForm(text: SourceText, block: Block, body: string): string {
  // "1 Our main concern …" or "1 – Our main concern …": the canonical form reads a paragraph number by its full stop.
  if (block.kind === "paragraph" && block.marker && !block.marker.path && /^\d+[ \t]/.test(body) && !/[.)]/.test(charAt(text, block.marker.end) ?? "")) {
    return body.replace(/^(\d+)(?:[ \t]+[-–—](?=[ \t]))?/, "$1.");
  }
  // "[1] Our main concern …": a paragraph number in brackets.
  if (block.kind === "paragraph" && block.marker && charAt(text, block.marker.start - 1) === "[") return body.replace(/^\[(\d+)\]/, "$1.");
  // A bullet whose glyph the extractor set apart from it.
  if (block.kind === "bullet" && block.content.start === block.start) return `• ${body}`;
  if (block.kind !== "text") return body;
  if (block.role === "quotation") return `> ${body}`;
  if (block.role === "body" && isSubHeading(body)) return `## ${body}`;
  return body;
}

function isSubHeading(body: string): boolean {
  return /^\p{Lu}/u.test(body) && !/[.:;,!?…]["”’)]*$/.test(body) && body.split(/\s+/, MAX_HEADING_WORDS + 1).length <= MAX_HEADING_WORDS;
}

const RUNNING_ON: ReadonlySet<Block["kind"]> = new Set(["paragraph", "item", "bullet"]);

/** Whether a block is unnumbered running text of the body: what a run-in sub-heading leads into. */
function runInText(text: SourceText, block: Block | undefined): boolean {
  return block?.kind === "text" && block.role === "body" && !isSubHeading(text.slice(block.content.start, block.content.end));
}

/**
 * How an unnumbered body block joins the text written before it, if it does: with a space when it
 * finishes a sentence a page break cut, on a line of its own (the same canonical block) when it
 * is more of a numbered paragraph, a run-in sub-heading of the paragraph ("… some impacts are:",
 * then a short line, then its text) or the text under one; undefined when it stands alone.
 * `textFollows` says whether unnumbered running text comes next.
 */
function joinWith(last: Entry, block: Block, body: string, textFollows: boolean): string | undefined {
  if (block.kind !== "text" || block.role !== "body") return undefined;
  const before = last.block;
  // A line without a word ("6. 3") is the end of a wrapped line before it: a heading's, too.
  if (!/\p{L}/u.test(body) && before.kind !== "comment") return " ";
  const continues = RUNNING_ON.has(before.kind) || (before.kind === "text" && (before.role === "body" || before.role === "quotation"));
  // A line written out as a sub-heading above a page break ("Conclusion") takes no text from the next page.
  if (!continues || (last.text.startsWith("## ") && before.artefacts.length > 0)) return undefined;
  const paragraph = last.inParagraph;
  if (paragraph && isSubHeading(last.text.slice(last.text.lastIndexOf("\n") + 1))) return "\n";
  if (!endsSentence(last.text) || /^\p{Ll}/u.test(body)) return " ";
  return paragraph && (!isSubHeading(body) || textFollows) ? "\n" : undefined;
}
