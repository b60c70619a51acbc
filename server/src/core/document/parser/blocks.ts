import { charAt, type SourceText } from "../../text/source-text.js";
import type { Block, BlockKind, ColumnParagraphs, FootnoteReference, Marker, PageFurniture } from "../model.js";
import { findColumnRuns } from "../../text/columns.js";
import { blockLines, lastLineSpan } from "../block-lines.js";
import { isBlank, type Line, type LineIndex, type Span } from "../../text/text.js";
import { isSuperscriptDigit } from "../../text/numerals.js";
import { settleBracketNumbers } from "./bracket-numbers.js";
import { reattachBulletGlyphs } from "./bullet-glyphs.js";
import { GluedFootnotes, hasOnePlace, resolveMarkersFromNotes } from "./footnotes.js";
import { canonicalLetter, settleLetters } from "./letters.js";
import { asText, classifyLine, RECOMMENDATION_LABEL, type LineInfo } from "./lines.js";
import { readLetterSpacing } from "../../text/letter-spacing.js";
import { secondText, textAboveLabel } from "./note-above.js";
import { endnoteLabel, Furniture, readPageLayout, type ClassifiedLine, type PageLayout } from "./page-layout.js";

const STRUCTURAL: ReadonlySet<string> = new Set([
  "hash-heading", "roman-heading", "upper-letter", "number", "letter", "bullet", "footnote-definition", "comment",
]);
const HEADING_LINES: ReadonlySet<string> = new Set(["hash-heading", "roman-heading", "upper-letter"]);
/** The rule a word processor draws above the footnotes, as extracted: "______". */
const FOOTNOTE_RULE = /^_{5,}[ \t]*$/;
/** A paragraph number with nothing after it on its line: "12.", "12)". */
const NUMBER_ALONE = /^([1-9][0-9]{0,2})[.)][ \t]*$/;
/** A numbered heading without a full stop has at most this many words. */
const MAX_HEADING_WORDS = 12;
/** How many lines must stop mid-sentence before the gap after them is read as the wrapping gap. */
const MIN_WRAP_SAMPLES = 2;
/** How many more blank lines than usual a sentence running on to a lower-case line may skip. */
const MAX_EXTRA_GAP = 3;
/** Footnote text at a page bottom runs on for at most this many lines before the page break. */
const MAX_NOTE_LINES = 12;
/** A line indented this much more than the next is set apart from it, as a centred title is. */
const CENTRED_INDENT = 8;
/** In pasted text, a line shorter than this share of the usual width ended its paragraph. */
const SHORT_LINE_SHARE = 0.7;
const SENTENCE_PUNCTUATION = ".!?:;";
const CLOSING_MARKS = "’”\"')]";

export interface BuiltBlocks {
  blocks: Block[];
  /** Footnote texts found at page bottoms of pasted text; they are artefacts of the blocks they interrupt. */
  notes: Block[];
  /** Footnote markers of pasted text (bare digits), found line by line in document order. */
  references: FootnoteReference[];
  /** Page numbers and running headers and footers of pasted text, in document order. */
  furniture: PageFurniture[];
  /** The paragraphs numbered in the right-hand column of pages set in two columns. */
  columnParagraphs: ColumnParagraphs[];
}

/** Groups classified lines into blocks: headings, numbered paragraphs, items, bullets, footnote texts, text. */
export function buildBlocks(text: SourceText, lines: LineIndex, bodyLine: number, pasted: boolean): BuiltBlocks {
  if (!pasted) return { blocks: buildBlocksFrom(text, lines, bodyLine, bodyLine, () => false).blocks, notes: [], references: [], furniture: [], columnParagraphs: [] };
  const classified: ClassifiedLine[] = [];
  const columns = readColumns(text, lines, bodyLine);
  for (let i = bodyLine; i < lines.count; i++) {
    if (isBlank(text, lines.starts[i], lines.ends[i])) continue;
    const line = lines.line(i);
    const gutter = columns.gutters.get(line.start);
    const lineText = text.slice(line.start, line.end);
    classified.push({ line, info: gutter === undefined ? classifyLine(lineText) : leftColumnLine(lineText, gutter) });
  }
  settleBracketNumbers(text, classified);
  settleLetters(text, classified);
  const builder = new BlockBuilder(text, true, classified, columns.gutters);
  for (let c = 0; c < classified.length; c++) builder.add(classified[c], c);
  for (const block of builder.blocks) trimEnd(text, block);
  for (const note of builder.notes) trimEnd(text, note);
  reattachBulletGlyphs(text, builder.blocks);
  // A footnote text read above its number comes after the footnotes read below it.
  builder.notes.sort((a, b) => a.start - b.start);
  const excluded: Span[] = [...builder.furniture, ...builder.notes.flatMap((note) => blockLines(note))].sort((a, b) => a.start - b.start);
  const references = resolveMarkersFromNotes({ text, excluded }, builder.glued.references, builder.notes);
  return { blocks: builder.blocks, notes: builder.notes, references, furniture: builder.furniture, columnParagraphs: columns.paragraphs };
}

/** Where lines are set in two columns, the gutter of each such line by its start, and the paragraphs numbered in the right-hand column. */
function readColumns(text: SourceText, lines: LineIndex, bodyLine: number): { gutters: Map<number, number>; paragraphs: ColumnParagraphs[] } {
  const gutters = new Map<number, number>();
  const paragraphs: ColumnParagraphs[] = [];
  const body: string[] = [];
  for (let i = bodyLine; i < lines.count; i++) body.push(text.slice(lines.starts[i], lines.ends[i]));
  for (const run of findColumnRuns(body)) {
    const numbered: Block[] = [];
    for (let l = run.first; l < run.end; l++) {
      const line = lines.line(bodyLine + l);
      gutters.set(line.start, run.gutter);
      const right = classifyLine(body[l].slice(run.gutter));
      if (right.kind === "number") numbered.push(newBlock({ ...line, start: line.start + run.gutter }, right, []));
    }
    if (numbered.length > 0) paragraphs.push({ end: lines.ends[bodyLine + run.end - 1], paragraphs: numbered });
  }
  return { gutters, paragraphs };
}

/** A line set in two columns, read by its left-hand column: the right-hand one runs on in the blocks the left one makes. */
function leftColumnLine(line: string, gutter: number): LineInfo {
  const left = line.slice(0, gutter);
  return /\S/.test(left) ? classifyLine(left) : asText(classifyLine(line));
}

/**
 * Builds the blocks of canonical text from line `from` on, as `buildBlocks` would from a block
 * that starts there. Stops before the first block that starts on a line `resumeAt` accepts, and
 * returns that line: from a block start on, what follows depends on the lines alone (and whether
 * the line before is blank), so each line is classified as it comes and not kept.
 */
export function buildBlocksFrom(
  text: SourceText,
  lines: LineIndex,
  bodyLine: number,
  from: number,
  resumeAt: (line: number) => boolean,
): { blocks: Block[]; resumedAt?: number } {
  const builder = new BlockBuilder(text, false, []);
  let resumedAt: number | undefined;
  for (let i = from; i < lines.count; i++) {
    // Half the lines of canonical text are the blank ones between blocks: passed over before anything is made for them.
    if (isBlank(text, lines.starts[i], lines.ends[i])) continue;
    const line = lines.line(i);
    // A number of four digits or more starts a paragraph only where a block may start: after a blank line, or first in the body.
    const afterBlank = i === bodyLine || isBlank(text, lines.starts[i - 1], lines.ends[i - 1]);
    const lineText = text.slice(line.start, line.end);
    const shape = classifyLine(lineText, afterBlank);
    const info = shape.kind === "letter" && !canonicalLetter(lineText, shape, afterBlank) ? asText(shape) : shape;
    const count = builder.blocks.length;
    builder.add({ line, info }, -1);
    if (builder.blocks.length > count && i > from && resumeAt(i)) {
      builder.blocks.pop();
      resumedAt = i;
      break;
    }
  }
  for (const block of builder.blocks) trimEnd(text, block);
  return { blocks: builder.blocks, resumedAt };
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  readonly notes: Block[] = [];
  readonly glued = new GluedFootnotes();
  readonly furniture: PageFurniture[] = [];
  private readonly noteLabels = new Set<string>();
  private readonly layout: PageLayout | undefined;
  /** The classified line up to which (excluded) lines belong to the footnote text being read. */
  private noteUntil = -1;
  private lastNote: Block | undefined;
  /** The last paragraph number written without a full stop, when the text numbers its paragraphs so. */
  private undotted = 0;
  /** The number of the last paragraph numbered 1, 2, 3 (not decimal). */
  private lastParagraph = 0;
  private readonly wrapGap: number;
  private readonly shortLine: number;
  private current: Block | undefined;
  private previousLine = -1;
  private openComment = false;

  constructor(
    private readonly text: SourceText,
    private readonly pasted: boolean,
    private readonly classified: ClassifiedLine[],
    /** By line start, the gutter of each line set in two columns. */
    private readonly gutters: ReadonlyMap<number, number> = new Map(),
  ) {
    this.layout = pasted ? readPageLayout(text, classified) : undefined;
    // A running header set in spaced letters is read as a heading by its shape, and is none.
    for (let c = 0; this.layout && c < classified.length; c++) {
      const { line, info } = classified[c];
      if (this.layout.furniture[c] === Furniture.RunningLine && HEADING_LINES.has(info.kind)) classified[c] = { line, info: asText(info) };
    }
    this.shortLine = pasted ? SHORT_LINE_SHARE * typicalWidth(classified) : 0;
    this.wrapGap = pasted ? typicalWrapGap(text, classified, this.shortLine) : 0;
  }

  /** Adds the line classified as `entry`: in pasted text, the `c`th of those the builder was given. */
  add(entry: ClassifiedLine, c: number): void {
    const { line, info } = entry;
    const gap = this.previousLine < 0 ? 0 : line.index - this.previousLine - 1;
    this.previousLine = line.index;
    const current = this.current;
    if (this.openComment && current) {
      this.extend(current, { start: line.start, end: line.end });
      this.openComment = !this.text.slice(line.start, line.end).includes("-->");
      return;
    }
    const layout = this.layout;
    if (layout && layout.endnotes >= 0 && c >= layout.endnotes) {
      this.addEndnoteLine(entry, c === layout.endnotes);
      return;
    }
    const furniture = layout ? layout.furniture[c] : Furniture.None;
    if (this.pasted && furniture === Furniture.None && this.isUndottedHeading(info, c)) {
      const heading = newBlock(line, { ...info, kind: "roman-heading", headingStyle: "numbered", marker: undottedMarker(info) }, []);
      this.blocks.push(heading);
      this.current = heading;
      return;
    }
    if (furniture === Furniture.PageNumber && this.addLabelBelowText(entry, c)) return;
    const noteLine = this.pasted && furniture === Furniture.None && c < this.noteUntil;
    const note = this.pasted && furniture !== Furniture.RunningLine && (this.isPageNote(info, c) || this.isLoneNoteLabel(info, c) || this.isDottedPageNote(info, c));
    if (furniture !== Furniture.None && !note) {
      this.furniture.push({ start: line.start + info.indent, end: line.end, kind: furniture === Furniture.PageNumber ? "page-number" : "running-line" });
    }
    if (noteLine && !note && this.lastNote) this.extend(this.lastNote, { start: line.start + info.indent, end: line.end });
    const artefact = note || noteLine || furniture !== Furniture.None || (this.pasted && isArtefact(this.text, this.classified, c, this.wrapGap));
    if (note) {
      const block = newBlock(line, info, [], "footnote");
      block.label = info.label ?? info.marker?.text ?? text(this.text, line, info).trim();
      this.notes.push(block);
      this.lastNote = block;
      this.noteLabels.add(block.label);
      this.noteUntil = this.noteEnd(c);
    }
    if (artefact && current && current.kind !== "heading" && current.kind !== "comment") {
      // The block's span now runs past its one line, which must be kept on its own.
      current.lines ??= [{ start: current.start, end: current.end }];
      current.artefacts.push({ start: line.start, end: line.end });
      current.end = line.end;
      current.lastLine = line.index;
      return;
    }
    // A figure closing a letter-spaced heading ("2 . 1   R e g i s t r a t i o n") is its number, not a footnote marker.
    const spacedHeading = info.kind === "roman-heading" && readLetterSpacing(this.text.slice(line.start, line.end)) !== undefined;
    if (this.pasted && !artefact && info.kind !== "comment" && !spacedHeading) this.glued.scan(this.text.slice(line.start, line.end), line.start);
    const alone = this.pasted && info.kind === "text" && !artefact ? this.numberAlone(c) : undefined;
    if (current && !artefact && !alone && this.continues(current, info, line, gap)) {
      this.extend(current, { start: line.start + info.indent, end: line.end });
      return;
    }
    const undotted = info.kind === "note" && this.isUndottedNumber(info);
    const plainNote = (info.kind === "note" && !undotted) || info.kind === "bracket-note";
    const block = newBlock(line, undotted ? undottedParagraph(info) : (alone ?? info), this.pasted ? [] : NO_ARTEFACTS, plainNote ? "text" : undefined);
    this.openComment = info.kind === "comment" && !this.text.slice(line.start + info.indent + 4, line.end).includes("-->");
    if (artefact) {
      block.artefacts.push({ start: line.start, end: line.end });
      block.lines = [];
    }
    this.blocks.push(block);
    this.current = block;
    if (block.kind === "paragraph" && !block.marker!.path) this.lastParagraph = block.marker!.value;
  }

  private continues(current: Block, info: LineInfo, line: Line, gap: number): boolean {
    if (this.pasted && this.clauseOfQuotation(current, info, line)) return true;
    if (STRUCTURAL.has(info.kind) || current.kind === "heading" || current.kind === "comment" || this.startsUndotted(info)) return false;
    if (this.pasted && current.kind === "paragraph" && current.content.start >= current.content.end) return gap <= this.wrapGap + MAX_EXTRA_GAP;
    if (gap > this.wrapGap && !(this.pasted && gap <= this.wrapGap + MAX_EXTRA_GAP && this.runsOn(current, line, info))) return false;
    if (!this.pasted || !startsUpper(this.text, line.start + info.indent)) return true;
    return !endedShort(this.text, current, this.shortLine, this.gutters) && !this.startsHeadingLine(current, line, info) && !this.isHeadingAbovePageBreak(current) && !this.startsLabel(current, line, info);
  }

  /** "Recommendation 3.2: …" after a line that ended a sentence or a lead-in: a recommendation of its own, not more of the text above. */
  private startsLabel(current: Block, line: Line, info: LineInfo): boolean {
    const start = line.start + info.indent;
    if ((this.text.charCodeAt(start) | 0x20) !== 0x72 /* r */ && this.text.charCodeAt(start) !== 0x55 /* U */) return false;
    const last = lastLineSpan(current);
    return last !== undefined && RECOMMENDATION_LABEL.test(this.text.slice(start, Math.min(line.end, start + 40))) && endsSentence(this.text.slice(last.start, last.end));
  }

  /**
   * A numbered line inside a quotation the paragraph opened ("… reads: “1. Everyone …" then "2. The
   * same act …”"): a clause of the quoted text, when its number does not go on from the paragraph's
   * and the quotation closes on it or within a few lines, before the next paragraph's number.
   */
  private clauseOfQuotation(current: Block, info: LineInfo, line: Line): boolean {
    const marker = info.marker;
    if (info.kind !== "number" || !marker || marker.path || current.kind !== "paragraph" || marker.value === this.lastParagraph + 1) return false;
    if (!opensQuotation(this.text.slice(current.start, current.end))) return false;
    for (let c = this.classifiedIndex(line), seen = 0; c < this.classified.length && seen <= MAX_QUOTED_CLAUSE_LINES; c++, seen++) {
      const next = this.classified[c];
      if (seen > 0 && next.info.kind === "number" && next.info.marker?.value === this.lastParagraph + 1) return false;
      if (/[”"]/.test(this.text.slice(next.line.start, next.line.end))) return true;
    }
    return false;
  }

  /** The index of a line among the classified lines. */
  private classifiedIndex(line: Line): number {
    let low = 0;
    let high = this.classified.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.classified[middle].line.index < line.index) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Lines of the "Notes" section and after it: each labelled line starts a note, the others run on
   * the note before. The heading is a plain heading.
   */
  private addEndnoteLine({ line, info }: ClassifiedLine, heading: boolean): void {
    const lineText = text(this.text, line, info);
    const label = heading ? undefined : endnoteLabel(lineText, this.layout!.endnoteLabels);
    if (!heading && label === undefined) {
      if (this.lastNote) this.extend(this.lastNote, { start: line.start + info.indent, end: line.end });
      return;
    }
    const block = newBlock(line, { ...info, kind: heading ? "roman-heading" : "footnote-definition", marker: undefined, headingStyle: "plain" }, []);
    if (heading) block.content.start = block.start;
    else {
      block.label = label;
      block.content.start = line.start + info.indent + (/^\S+\s*/.exec(lineText)?.[0].length ?? 0);
      this.notes.push(block);
      this.noteLabels.add(label!);
      this.lastNote = block;
    }
    this.blocks.push(block);
    this.current = block;
  }

  /**
   * Where the footnote text starting at classified line `c` ends: at the page break, when one
   * comes within a few lines and nothing between looks like the body (numbered paragraphs, lists,
   * headings); else with its own line.
   */
  private noteEnd(c: number): number {
    const boundary = this.layout!.nextBoundary[c + 1];
    if (boundary - c > MAX_NOTE_LINES) return c + 1;
    for (let n = c + 1; n < boundary; n++) if (STRUCTURAL.has(this.classified[n].info.kind) && !this.wrapsNote(n)) return c + 1;
    return boundary;
  }

  /**
   * A line shaped like a paragraph number or a dash bullet that is more of the footnote text
   * above it: a figure alone ("18.10", the rule number a wrapped citation ends with), or a dash
   * after a line that stopped mid-sentence ("Holloway 15" then "– 23 April 2010").
   */
  private wrapsNote(n: number): boolean {
    const { line, info } = this.classified[n];
    if (info.kind === "number") return info.contentStart >= line.end - line.start || /^\s*$/.test(this.text.slice(line.start + info.contentStart, line.end));
    if (info.kind !== "bullet" || !/^[-–—]/.test(this.text.slice(line.start + info.indent, line.end))) return false;
    const above = this.classified[n - 1].line;
    return !endsSentence(this.text.slice(above.start, above.end));
  }

  /** A footnote's number alone on its line, its text on the lines below before the page break. */
  private isLoneNoteLabel(info: LineInfo, c: number): boolean {
    if (info.kind !== "page-number" || c + 1 >= this.classified.length) return false;
    const { line } = this.classified[c];
    const label = text(this.text, line, info).trim();
    if (!/^\d{1,3}$/.test(label) || this.noteLabels.has(label)) return false;
    if (!this.glued.labels.has(label) && !this.isNextUnreferencedNote(label, c)) return false;
    const next = this.classified[c + 1].info.kind;
    return (next === "text" || next === "url") && this.noteEnd(c) > c + 1;
  }

  /**
   * "2<tab>Climate change" is section heading 2 when the decimal paragraphs under it start at
   * 2.1 on the next line: Word's numbered headings lose their full stop on the way out.
   */
  private isUndottedHeading(info: LineInfo, c: number): boolean {
    const path = this.classified[c + 1]?.info.marker?.path;
    if (info.kind !== "note" || path?.length !== 2 || path[1] !== 1 || path[0] !== Number(info.label)) return false;
    const { line } = this.classified[c];
    const title = this.text.slice(line.start + info.contentStart, line.end).trim();
    return !endsSentence(title) && !/[,;]$/.test(title) && title.split(/\s+/).length <= MAX_HEADING_WORDS;
  }

  /**
   * "12." alone on its line, the paragraph's text on the next: PDF extractors set a list number
   * apart from its text. Read as the number of the paragraph below it.
   */
  private numberAlone(c: number): LineInfo | undefined {
    const { line, info } = this.classified[c] ?? {};
    const next = this.classified[c + 1];
    if (!line || !info || next?.info.kind !== "text" || this.layout?.furniture[c + 1] !== Furniture.None) return undefined;
    const number = NUMBER_ALONE.exec(this.text.slice(line.start + info.indent, line.end));
    if (!number || next.line.index - line.index - 1 > this.wrapGap + MAX_EXTRA_GAP || !startsUpper(this.text, next.line.start + next.info.indent)) return undefined;
    const width = line.end - line.start - info.indent;
    return { ...info, kind: "number", contentStart: info.indent + width, marker: { start: info.indent, end: info.indent + number[1].length, text: number[1], value: Number(number[1]) } };
  }

  /**
   * A footnote's number alone on its line below its text, then the page number or break: the
   * number of a footnote already referred to that has no text yet. The lines above become its
   * text, taken from the block or the footnote text they were read into.
   */
  private addLabelBelowText({ line, info }: ClassifiedLine, c: number): boolean {
    const label = text(this.text, line, info).trim();
    if (!/^\d{1,3}$/.test(label) || this.noteLabels.has(label) || !(this.glued.labels.has(label) || Number(label) < this.glued.last)) return false;
    const above = textAboveLabel(this.text, this.classified, this.layout!, c, endsSentence);
    const holder = above && this.detach(above);
    if (holder) {
      this.addNote(line.index - above.length, line, label, above);
      const current = this.current;
      if (current && current.kind !== "heading" && current.kind !== "comment") {
        current.lines ??= [{ start: current.start, end: current.end }];
        // Lines of a footnote text are artefacts of the block already.
        if (holder === "block") current.artefacts.push(...above);
        current.artefacts.push({ start: line.start, end: line.end });
        current.end = line.end;
        current.lastLine = line.index;
      }
      return true;
    }
    // The number fell below the footnotes after it: its text is the second half of the footnote before, and the number is left as furniture.
    const before = this.notes.find((note) => note.label === String(Number(label) - 1));
    const second = before && secondText(this.text, blockLines(before), before.label!, endsSentence);
    if (!second || !this.detach(second, before)) return false;
    this.addNote(before.firstLine + countLineBreaks(this.text, before.start, second[0].start), undefined, label, second);
    return false;
  }

  /** A footnote text made of lines read before its number, from line `firstLine`; the number's line ends it when it stands just below. */
  private addNote(firstLine: number, labelLine: Line | undefined, label: string, spans: Span[]): void {
    const first = spans[0];
    const last = spans[spans.length - 1];
    const note = newBlock({ index: firstLine, start: first.start, end: last.end, next: last.end }, { kind: "text", indent: 0, contentStart: 0 }, [], "footnote");
    note.label = label;
    note.lines = spans;
    note.end = labelLine?.end ?? last.end;
    note.lastLine = labelLine?.index ?? firstLine + spans.length - 1;
    this.notes.push(note);
    this.noteLabels.add(label);
  }

  /**
   * Takes the lines `spans` (the last lines read) out of the footnote text or the block that
   * holds them, and says which; undefined when they are not the end of one, or would leave a
   * block with artefacts and no line.
   */
  private detach(spans: Span[], note = this.lastNote): "note" | "block" | undefined {
    const first = spans[0].start;
    for (const holder of [note, this.current]) {
      if (!holder || holder.kind === "heading" || holder.kind === "comment") continue;
      const lines = blockLines(holder);
      const from = lines.findIndex((span) => span.start === first);
      if (from < 0 || lines.length - from !== spans.length) continue;
      if (from > 0) {
        // A footnote keeps some text: lines below its own number are its own.
        if (holder === note && !/\p{L}/u.test(this.text.slice(lines[0].start, lines[from - 1].end))) return undefined;
        holder.lines = lines.slice(0, from);
        holder.content.end = lines[from - 1].end;
        if (holder === note) holder.end = holder.content.end;
        return holder === note ? "note" : "block";
      }
      if (holder !== this.current || holder.artefacts.length > 0) return undefined;
      this.blocks.pop();
      this.current = this.blocks.at(-1);
      return "block";
    }
    return undefined;
  }

  /** "3 Text" is paragraph 3 when the paragraphs so far ran 1, 2 without full stops. */
  private isUndottedNumber(info: LineInfo): boolean {
    if (!this.startsUndotted(info)) return false;
    this.undotted = Number(info.label);
    return true;
  }

  private startsUndotted(info: LineInfo): boolean {
    if (info.kind !== "note" || this.layout?.undottedNumbers !== true || info.indent > 3) return false;
    // The next number, or the one after it once the numbering has begun: a skipped number is UPR001's to report.
    const step = Number(info.label) - this.undotted;
    return step === 1 || (step === 2 && this.undotted > 0);
  }

  /**
   * A line after one that stopped mid-sentence carries the sentence on, however far apart the
   * extractor set them, when it starts in lower case or the line before ran to the full width.
   */
  private runsOn(current: Block, line: Line, info: LineInfo): boolean {
    const first = charAt(this.text, line.start + info.indent) ?? "";
    if (first === first.toUpperCase() && endedShort(this.text, current, this.shortLine, this.gutters)) return false;
    const last = lastLineSpan(current);
    // A centred line (a title) is not continued by a line set at the margin after a gap.
    if (last && indentOf(this.text, last.start) >= info.indent + CENTRED_INDENT) return false;
    return last !== undefined && !endsSentence(this.text.slice(last.start, last.end));
  }

  /**
   * A short line with no full stop after a line that ended a sentence: a heading, in text with
   * no blank lines ("Concerns", "Proposed Questions").
   */
  private startsHeadingLine(current: Block, line: Line, info: LineInfo): boolean {
    const own = this.text.slice(line.start + info.indent, line.end).trimEnd();
    if (own.length >= this.shortLine || endsSentence(own) || /[,;-]$/.test(own)) return false;
    const last = lastLineSpan(current);
    return last !== undefined && endsSentence(this.text.slice(last.start, last.end));
  }

  /**
   * A short line alone, with no full stop, then footnote texts or a page break: a heading at a
   * page bottom ("Conclusion"), which the capitalised line of the next page does not continue.
   */
  private isHeadingAbovePageBreak(current: Block): boolean {
    if (current.kind !== "text" || !current.lines || current.lines.length !== 1 || current.artefacts.length === 0) return false;
    const own = this.text.slice(current.lines[0].start, current.lines[0].end).trimEnd();
    return own.length < this.shortLine && !endsSentence(own) && !/[-,;:]$/.test(own);
  }

  /**
   * "3. Ministry of Justice, …" at a page bottom is the text of footnote 3, numbered like a
   * paragraph, when 3 is the next footnote's number and was referred to, and the paragraphs do
   * not expect it.
   */
  private isDottedPageNote(info: LineInfo, c: number): boolean {
    const marker = info.marker;
    if (info.kind !== "number" || !marker || marker.path || marker.value === this.lastParagraph + 1) return false;
    if (marker.value !== this.nextNoteNumber() || !this.glued.labels.has(marker.text) || this.noteLabels.has(marker.text)) return false;
    // Numbering that starts again under a heading is the paragraphs'.
    if (this.current?.kind === "heading") return false;
    const boundary = this.layout!.nextBoundary[c + 1];
    if (boundary >= this.classified.length || boundary - c > MAX_NOTE_LINES) return false;
    // Down to the page break, only the footnotes after it, numbered on, and their wrapped lines.
    let next = marker.value + 1;
    for (let n = c + 1; n < boundary; n++) {
      const { kind, marker: other } = this.classified[n].info;
      if (kind === "number" && !other!.path && other!.value === next) next++;
      else if (STRUCTURAL.has(kind)) return false;
    }
    return true;
  }

  /** The number after the last footnote text's, 1 before the first. */
  private nextNoteNumber(): number {
    const last = this.lastNote?.label;
    return last && /^\d+$/.test(last) ? Number(last) + 1 : 1;
  }

  /** "12 UNICEF, …" is a footnote text when footnote 12 was referred to and has no text yet. */
  private isPageNote(info: LineInfo, c: number): boolean {
    if ((info.kind !== "note" && info.kind !== "bracket-note") || !info.label) return false;
    const label = info.label;
    if (this.noteLabels.has(label)) return false;
    if (isSuperscriptDigit(charAt(this.text, this.classified[c].line.start + info.indent))) return this.glued.superscripts.has(label) || this.isNextUnreferencedNote(label, c);
    return (Number(label) <= this.glued.last && this.glued.labels.has(label)) || this.isNextUnreferencedNote(label, c);
  }

  /**
   * A footnote whose marker was not read (glued to a figure, say): its number is the next after
   * the last footnote text's, and it sits at a page bottom: a page break (not the end of the text)
   * a few lines below.
   */
  private isNextUnreferencedNote(label: string, c: number): boolean {
    if (Number(label) !== this.nextNoteNumber()) return false;
    const boundary = this.layout!.nextBoundary[c + 1];
    return (boundary < this.classified.length && boundary - c <= MAX_NOTE_LINES) || this.notesToEnd(Number(label), c);
  }

  /**
   * The footnote texts that end the text, numbered on from `value` at line `c` to the last line,
   * one of them referred to by a marker already read, or, when every marker is glued to a figure
   * ("in June 2024.2"), by a marker that has exactly one place in the text above: the last page's
   * footnotes, with no page break below them.
   */
  private notesToEnd(value: number, c: number): boolean {
    let next = value + 1;
    let referred = false;
    for (let n = c + 1; n < this.classified.length; n++) {
      const { kind, label } = this.classified[n].info;
      if (kind === "note" && Number(label) === next) {
        referred ||= this.glued.labels.has(label!);
        next++;
      } else if (STRUCTURAL.has(kind) || kind === "note") return false;
    }
    return referred || this.markerPlaced(value, next - 1, c);
  }

  /** Whether a footnote from `first` to `last` has its marker's one place in the text above line `c`. */
  private markerPlaced(first: number, last: number, c: number): boolean {
    const excluded = [...this.furniture, ...this.notes.flatMap((note) => blockLines(note))].sort((a, b) => a.start - b.start);
    const end = this.classified[c].line.start;
    for (let value = first; value <= last; value++) if (hasOnePlace({ text: this.text, excluded }, String(value), 0, end)) return true;
    return false;
  }

  private extend(block: Block, span: { start: number; end: number }): void {
    (block.lines ??= [{ start: block.start, end: block.end }]).push(span);
    block.end = span.end;
    block.content.end = span.end;
    block.lastLine = this.previousLine;
  }
}

/**
 * Page numbers, the rule above footnotes, and URLs that leaked out of footnotes: in double-spaced
 * extracted text they sit closer to their neighbours than wrapped lines do. A URL wrapped like the
 * text around it is content.
 */
function isArtefact(text: SourceText, classified: ClassifiedLine[], c: number, wrapGap: number): boolean {
  const { line, info } = classified[c];
  if (info.kind === "page-number") return true;
  if (info.kind === "text" && FOOTNOTE_RULE.test(text.slice(line.start + info.indent, line.end))) return true;
  if (info.kind !== "url" || wrapGap === 0) return false;
  const before = c > 0 ? line.index - classified[c - 1].line.index - 1 : wrapGap;
  const after = c + 1 < classified.length ? classified[c + 1].line.index - line.index - 1 : wrapGap;
  return before < wrapGap || after < wrapGap;
}

/**
 * The artefacts of every block of canonical text, which has none: one empty list rather than one
 * per block. Only the builder of pasted text adds artefacts, to lists of its own.
 */
const NO_ARTEFACTS: Span[] = [];

function text(source: SourceText, line: Line, info: LineInfo): string {
  return source.slice(line.start + info.indent, line.end);
}

function countLineBreaks(source: SourceText, from: number, to: number): number {
  let count = 0;
  for (let at = source.indexOf("\n", from); at >= 0 && at < to; at = source.indexOf("\n", at + 1)) count++;
  return count;
}

/** A line "3 Text" read as paragraph 3. */
function undottedParagraph(info: LineInfo): LineInfo {
  return { ...info, kind: "number", label: undefined, marker: undottedMarker(info) };
}

function undottedMarker(info: LineInfo): LineInfo["marker"] {
  const label = info.label!;
  return { start: info.indent, end: info.indent + label.length, text: label, value: Number(label) };
}

function newBlock(line: Line, info: LineInfo, artefacts: Span[], forced?: BlockKind): Block {
  const kind: BlockKind = forced ?? blockKind(info);
  const marker: Marker | undefined = info.marker && {
    start: line.start + info.marker.start,
    end: line.start + info.marker.end,
    text: info.marker.text,
    value: info.marker.value,
    path: info.marker.path,
  };
  const block: Block = {
    kind,
    start: line.start + info.indent,
    end: line.end,
    firstLine: line.index,
    lastLine: line.index,
    lines: undefined,
    artefacts,
    marker,
    content: { start: line.start + info.contentStart, end: line.end },
    // Every block has every field, so that code walking blocks meets one shape.
    heading: undefined,
    role: undefined,
    label: undefined,
    inAnnex: false,
  };
  if (kind === "heading") {
    const subsection = info.kind === "upper-letter" || (info.marker?.path?.length ?? 0) > 1;
    const level = info.kind === "hash-heading" ? (info.hashes === 1 ? 1 : 2) : subsection ? 2 : 1;
    block.heading = { level, style: info.headingStyle ?? "plain", hashes: info.hashes ?? 0, annex: false };
  }
  if (kind === "footnote") block.label = info.label;
  if (kind === "text") block.marker = undefined;
  return block;
}

function blockKind(info: LineInfo): BlockKind {
  switch (info.kind) {
    case "hash-heading":
    case "roman-heading":
    case "upper-letter":
      return "heading";
    case "number":
      return "paragraph";
    case "letter":
      return "item";
    case "bullet":
      return "bullet";
    case "footnote-definition":
      return "footnote";
    case "comment":
      return "comment";
    default:
      return "text";
  }
}

/**
 * Text extracted from PDF often has an empty line between every wrapped line. The typical gap
 * between a line that stops mid-sentence and the next one is the gap that does not end a paragraph.
 * Only a line that fills the width can have wrapped: a short line (a plain heading, a title) stops
 * where its text stops, and in a Word paste, one paragraph a line, it is what stands above a blank
 * line without ending a sentence.
 */
function typicalWrapGap(text: SourceText, classified: ClassifiedLine[], shortLine: number): number {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < classified.length; i++) {
    const { line, info } = classified[i];
    const own = text.slice(line.start, line.end).trimEnd();
    if (HEADING_LINES.has(info.kind) || endsSentence(own) || own.length < shortLine) continue;
    const gap = classified[i + 1].line.index - line.index - 1;
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  // One title line above a blank line says nothing of how the text wraps.
  return bestCount >= MIN_WRAP_SAMPLES ? best : 0;
}

/** The width of a full line: the upper quartile of line lengths. */
function typicalWidth(classified: ClassifiedLine[]): number {
  if (classified.length < 8) return 0;
  const widths = classified.map(({ line }) => line.end - line.start).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.75)];
}

/**
 * Whether a block's last line stopped short of the width of a full line; on a line set in two
 * columns, of the left column's width.
 */
/** How many lines a quoted text's numbered clauses may run on before the quotation closes. */
const MAX_QUOTED_CLAUSE_LINES = 12;

/** Whether a text leaves a double quotation open: more “ than ”, or an odd number of straight ones. */
function opensQuotation(text: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const char of text) {
    if (char === "\u201c") curly++;
    else if (char === "\u201d") curly--;
    else if (char === '"') straight++;
  }
  return curly > 0 || straight % 2 === 1;
}

function endedShort(text: SourceText, block: Block, shortLine: number, gutters: ReadonlyMap<number, number>): boolean {
  const last = lastLineSpan(block);
  // Artefacts come in line order: whether one follows the last line shows in the last one.
  if (!last || (block.artefacts.at(-1)?.start ?? -1) > last.start) return false;
  const gutter = gutters.size > 0 ? gutters.get(text.lastIndexOf("\n", last.start - 1) + 1) : undefined;
  if (gutter !== undefined) {
    const left = text.slice(last.start, Math.min(last.end, last.start - indentOf(text, last.start) + gutter)).trimEnd();
    return indentOf(text, last.start) + left.length < SHORT_LINE_SHARE * gutter && !/[-,]$/.test(left);
  }
  const lastText = text.slice(last.start, last.end).trimEnd();
  return lastText.length < shortLine && !/[-,]$/.test(lastText);
}

/** How far the line holding `offset` is indented, up to `offset`. */
function indentOf(text: SourceText, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

function startsUpper(text: SourceText, offset: number): boolean {
  const char = charAt(text, offset);
  return char !== undefined && char !== char.toLowerCase();
}

function trimEnd(text: SourceText, block: Block): void {
  let end = block.end;
  while (end > block.start && isTrailingSpace(text.charCodeAt(end - 1))) end--;
  block.end = end;
  if (block.content.end > end) block.content.end = end;
  if (block.content.start > block.content.end) block.content.start = block.content.end;
  for (const line of block.lines ?? []) {
    while (line.end > line.start && isTrailingSpace(text.charCodeAt(line.end - 1))) line.end--;
  }
}

function isTrailingSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff;
}

/**
 * Whether a line ends a sentence: `.`, `!`, `?`, `:` or `;`, then closing quotes or brackets, up
 * to three footnote digits, a glued Roman endnote marker or `[^n]` references, and spaces. Read backwards from the end: a regular expression anchored
 * at the end would be tried at every position of the line.
 */
export function endsSentence(text: string): boolean {
  let i = text.trimEnd().length - 1;
  // A footnote reference after the full stop: "… in 2020.[^3]", or as Word pastes it, "… in 2020.[3]".
  while (i > 2 && text[i] === "]") {
    const open = text.lastIndexOf("[", i);
    if (open < 0 || i - open > 22 || (text[open + 1] !== "^" && !/^\d{1,3}$/.test(text.slice(open + 1, i)))) break;
    i = open - 1;
  }
  const lastDigit = i;
  while (i >= 0 && isDigit(text.charCodeAt(i))) i--;
  if (lastDigit - i > 3) return false;
  // A Roman endnote marker glued after the full stop: "… under the new powers.iv".
  if (lastDigit === i) {
    let roman = i;
    while (roman >= 0 && "ivx".includes(text[roman])) roman--;
    if (i - roman <= 4 && roman >= 0 && SENTENCE_PUNCTUATION.includes(text[roman])) i = roman;
  }
  while (i >= 0 && CLOSING_MARKS.includes(text[i])) i--;
  return i >= 0 && SENTENCE_PUNCTUATION.includes(text[i]);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
