import { blockLines } from "../document/block-lines.js";
import { submissionMetadata, type SubmissionMetadata } from "../document/front-matter-fields.js";
import type { Block, UprDocument } from "../document/model.js";
import type { Span } from "../text/text.js";
import { formatNumber } from "./numbering.js";

/** A piece of a paragraph's text: words, or the place of a footnote (its number among the document's notes). */
export type WordInline = { text: string } | { footnote: number };

export type WordParagraphKind = "title" | "heading" | "paragraph" | "item" | "bullet" | "quote" | "text";

export interface WordParagraph {
  kind: WordParagraphKind;
  /** For headings: 1 for a section, 2 for a sub-heading. */
  level?: 1 | 2;
  /** The paragraph number or recommendation letter exactly as the draft shows it ("12.", "b."). */
  label?: string;
  inlines: WordInline[];
}

/** What a Word file of the draft holds, worked out from the parsed draft alone; `docx-export` writes it. */
export interface WordPlan {
  metadata: SubmissionMetadata;
  /** The document title, also written into the file's properties. */
  title: string;
  paragraphs: WordParagraph[];
  /** Footnote texts by footnote number (1, 2, 3 … in the order of the references). */
  footnotes: string[];
  /** What could not be carried over, one line each (a footnote text nobody refers to). */
  notices: string[];
}

export interface PlanOptions {
  /** Leave out theme tags such as `[F31]` and `Themes:` lines, for the final version. */
  stripThemeCodes?: boolean;
  /** The date in the title block when the front matter gives none. */
  date?: Date;
}

const THEME_TAG = /[ \t]*\[[A-Z]\d{1,2}(?:\s*[,;]\s*[A-Z]\d{1,2})*\]/g;
const HASHES = /^#{1,6}[ \t]+/;
const QUOTE_PREFIX = /^[ \t]*>[ \t]?/;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Lays out the draft as the paragraphs of a Word submission, with the numbers and letters the draft shows. */
export function planWordDocument(document: UprDocument, options: PlanOptions = {}): WordPlan {
  const metadata = submissionMetadata(document);
  const notes = new FootnoteNumbers(document);
  const themeLines = options.stripThemeCodes ? themesLineStarts(document) : new Set<number>();
  const paragraphs: WordParagraph[] = titleBlock(document, metadata, options.date ?? new Date());
  for (const block of document.blocks) {
    if (block.kind === "comment" || block.kind === "footnote") continue;
    const lines = blockLines(block).filter((line) => !themeLines.has(line.start));
    if (lines.length === 0) continue;
    // Only numbers, letters and bullet dashes become Word's own; any other text is kept from its first character.
    const contentStart = block.kind === "paragraph" || block.kind === "item" || block.kind === "bullet" ? block.content.start : block.start;
    const quote = block.kind === "text" && QUOTE_PREFIX.test(document.text.slice(block.start, block.end));
    const inlines = blockInlines(document, block, lines, contentStart, notes, options.stripThemeCodes ?? false, quote);
    const paragraph = paragraphOf(document, block, inlines, quote);
    // A number with no text after it is kept: the draft shows it.
    if (inlines.length > 0 || paragraph.label) paragraphs.push(paragraph);
  }
  return { metadata, title: titleOf(metadata), paragraphs, footnotes: notes.texts, notices: notes.unused() };
}

function paragraphOf(document: UprDocument, block: Block, inlines: WordInline[], quote: boolean): WordParagraph {
  const label = () => document.text.slice(block.start, block.content.start).trim();
  switch (block.kind) {
    case "heading": {
      const first = inlines[0];
      if (first && "text" in first) first.text = first.text.replace(HASHES, "");
      return { kind: "heading", level: block.heading?.level ?? 1, inlines };
    }
    case "paragraph":
      return { kind: "paragraph", label: label(), inlines };
    case "item":
      return { kind: "item", label: label(), inlines };
    case "bullet":
      return { kind: "bullet", inlines };
    default:
      return { kind: quote ? "quote" : "text", inlines };
  }
}

/** The block's lines, joined by spaces, from `contentStart` on, cut at footnote references. */
function blockInlines(
  document: UprDocument,
  block: Block,
  lines: Span[],
  contentStart: number,
  notes: FootnoteNumbers,
  stripThemes: boolean,
  quote: boolean,
): WordInline[] {
  const inlines: WordInline[] = [];
  let pending = "";
  const addText = (raw: string) => {
    const text = stripThemes ? raw.replace(THEME_TAG, "") : raw;
    pending += text.replace(/\s+/g, " ");
  };
  const references = notes.referencesIn(block);
  let next = 0;
  for (const line of lines) {
    let at = Math.max(line.start, contentStart);
    if (at >= line.end) continue;
    if (pending && !pending.endsWith(" ")) pending += " ";
    if (quote) at += QUOTE_PREFIX.exec(document.text.slice(at, line.end))?.[0].length ?? 0;
    for (; next < references.length && references[next].start < line.end; next++) {
      const reference = references[next];
      if (reference.start < at) continue;
      addText(document.text.slice(at, reference.start));
      if (pending) inlines.push({ text: pending });
      pending = "";
      inlines.push({ footnote: notes.number(reference) });
      at = reference.end;
    }
    addText(document.text.slice(at, line.end));
  }
  if (pending) inlines.push({ text: pending });
  trimEnds(inlines);
  return inlines;
}

function trimEnds(inlines: WordInline[]): void {
  const first = inlines[0];
  if (first && "text" in first) first.text = first.text.trimStart();
  const last = inlines[inlines.length - 1];
  if (last && "text" in last) last.text = last.text.trimEnd();
  if (first && "text" in first && first.text === "") inlines.shift();
  const end = inlines[inlines.length - 1];
  if (end && "text" in end && end.text === "") inlines.pop();
}

/** Word has one note per reference: each reference gets the next number, and its label's text. */
class FootnoteNumbers {
  readonly texts: string[] = [];
  private readonly definitions = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(private readonly document: UprDocument) {
    for (const definition of document.footnoteDefinitions) {
      if (definition.label === undefined || this.definitions.has(definition.label)) continue;
      const text = blockLines(definition)
        .map((line) => document.text.slice(Math.max(line.start, definition.content.start), line.end).trim())
        .filter((line) => line !== "")
        .join(" ");
      this.definitions.set(definition.label, text);
    }
  }

  referencesIn(block: Block) {
    return this.document.footnoteReferences.filter((reference) => reference.start >= block.start && reference.end <= block.end);
  }

  number(reference: { label: string }): number {
    this.used.add(reference.label);
    this.texts.push(this.definitions.get(reference.label) ?? "");
    return this.texts.length;
  }

  unused(): string[] {
    return [...this.definitions.keys()]
      .filter((label) => !this.used.has(label))
      .map((label) => `the footnote text [^${label}] is referred to nowhere; it is left out`);
  }
}

/** Line starts of `Themes:` lines that list codes. */
function themesLineStarts(document: UprDocument): Set<number> {
  const starts = new Set<number>();
  for (const mention of document.themes) {
    if (mention.form !== "themes-line") continue;
    const position = document.index.positionAt(mention.start);
    starts.add(document.index.offsetAt({ line: position.line, character: 0 }));
  }
  return starts;
}

function titleBlock(document: UprDocument, metadata: SubmissionMetadata, date: Date): WordParagraph[] {
  const lines: string[] = [titleOf(metadata)];
  const review = [metadata.cycle && `${formatNumber(metadata.cycle, "ordinal")} cycle`, metadata.session && `${formatNumber(metadata.session, "ordinal")} session`].filter(Boolean).join(", ");
  if (review) lines.push(`Universal Periodic Review, ${review}`);
  const organisations = metadata.organisations;
  if (organisations.length > 0) {
    lines.push(metadata.submission === "joint" || organisations.length > 1 ? "Joint submission by" : "Submission by");
    lines.push(...organisations);
  }
  lines.push(dateText(document, date));
  return lines.map((text) => ({ kind: "title", inlines: [{ text }] }));
}

function titleOf(metadata: SubmissionMetadata): string {
  return metadata.state ? `Stakeholder submission on ${metadata.state}` : "Stakeholder submission";
}

/** A `date` in the front matter as written, else the day of the export, as UN documents write it: 2 December 2026. */
function dateText(document: UprDocument, date: Date): string {
  const given = document.frontMatter?.data.date;
  if (typeof given === "string" && given.trim()) return given.trim();
  const when = given instanceof Date ? given : date;
  return `${when.getUTCDate()} ${MONTHS[when.getUTCMonth()]} ${when.getUTCFullYear()}`;
}
