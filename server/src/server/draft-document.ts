import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { ChunkedText, lineHolding, splitLines, type SourceText } from "../core/index.js";

/** The line break after a line: none (the last line), "\n", "\r" or "\r\n". Its length is its code's bit count. */
const NONE = 0;
const LF = 1;
const CR = 2;
const CRLF = 3;

function breakLength(kind: number): number {
  return kind === CRLF ? 2 : kind === NONE ? 0 : 1;
}

function breakText(kind: number): string {
  return kind === CRLF ? "\r\n" : kind === CR ? "\r" : kind === LF ? "\n" : "";
}

/**
 * An open draft as the server keeps it: its text in chunks (`ChunkedText`), and where its lines
 * start and how each ends, in typed arrays. A change replaces the chunks it touches and splits
 * again only the lines it touched; the text is never copied whole, and `source` hands the linter
 * a version it reads through without joining it. The `TextDocument` of
 * vscode-languageserver-textdocument builds the whole string again and shifts an array of
 * numbers, copying a 2.5 MB draft on every keystroke. Positions and offsets map as
 * there: a character past a line's end is its end, a line past the last is the text's end.
 */
export class DraftDocument implements TextDocument {
  private text: ChunkedText;
  private starts: Int32Array;
  private breaks: Uint8Array;
  private count: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    text: string,
  ) {
    this.text = ChunkedText.from(text);
    const lines = splitBreaks(text);
    this.starts = lines.starts;
    this.breaks = lines.breaks;
    this.count = lines.count;
  }

  static create(uri: string, languageId: string, version: number, text: string): DraftDocument {
    return new DraftDocument(uri, languageId, version, text);
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.count;
  }

  /** The whole text as one string, joined once per version: for commands, not for each keystroke. */
  getText(range?: Range): string {
    if (!range) return this.text.toString();
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    return this.text.slice(Math.min(start, end), Math.max(start, end));
  }

  /** This version of the text, to read without joining it into one string. */
  get source(): ChunkedText {
    return this.text;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexAt(clamped);
    return { line, character: Math.min(clamped, this.lineEnd(line)) - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.count) return this.text.length;
    if (position.line < 0) return 0;
    return Math.min(this.starts[position.line] + Math.max(0, position.character), this.lineEnd(position.line));
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const at = Math.min(line, this.count - 1);
    const end = line >= this.count ? this.text.length : this.lineEnd(at);
    return { start: { line: at, character: 0 }, end: { line: at, character: end - this.starts[at] } };
  }

  getEOLCharacters(line: number): string {
    return line < 0 || line >= this.count ? "" : breakText(this.breaks[line]);
  }

  /** Applies the changes in order, each to the text the ones before it left. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ("range" in change) this.replace(change.range, change.text);
      else this.reset(change.text);
    }
    this.currentVersion = version;
  }

  private reset(text: string): void {
    this.text = ChunkedText.from(text);
    const lines = splitBreaks(text);
    this.starts = lines.starts;
    this.breaks = lines.breaks;
    this.count = lines.count;
  }

  private replace(range: Range, inserted: string): void {
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    const start = Math.min(a, b);
    const end = Math.max(a, b);
    this.text = this.text.replace(start, end, inserted);

    // Offsets never fall inside a line break, so the change touches the lines that hold its ends;
    // and the line before, when it ends in a "\r" that a "\n" at the change's start may join.
    const startLine = this.lineIndexAt(start);
    const lastLine = this.lineIndexAt(end);
    const joinsCr = startLine > 0 && start === this.starts[startLine] && this.breaks[startLine - 1] === CR;
    const firstLine = joinsCr ? startLine - 1 : startLine;
    // The touched lines as a stand-in text that holds their line breaks and the change: the old
    // text's other characters matter only by how many there are, so one "x" stands for each run.
    const before = start - this.starts[firstLine] - (joinsCr ? 1 : 0);
    const after = this.lineEnd(lastLine) - end;
    const head = (before > 0 ? "x" : "") + (joinsCr ? "\r" : "");
    const tail = (after > 0 ? "x" : "") + breakText(this.breaks[lastLine]);
    const window = head + inserted + tail;
    const split = splitBreaks(window);
    // Stand-in offset → offset in the new text: each "x" stood for `before` or `after` characters.
    const tailX = head.length + inserted.length;
    const real = (at: number) => this.starts[firstLine] + at + (before > 0 && at >= 1 ? before - 1 : 0) + (after > 0 && at > tailX ? after - 1 : 0);
    // The window's last line is the line after the change's last, unless the change reached the end.
    const windowLines = this.breaks[lastLine] === NONE ? split.count : split.count - 1;
    const delta = inserted.length - (end - start);

    const count = this.count - (lastLine - firstLine + 1) + windowLines;
    const movedFrom = lastLine + 1;
    const movedTo = firstLine + windowLines;
    if (count > this.starts.length) this.grow(count);
    this.starts.copyWithin(movedTo, movedFrom, this.count);
    this.breaks.copyWithin(movedTo, movedFrom, this.count);
    for (let line = 0; line < windowLines; line++) {
      this.starts[firstLine + line] = real(split.starts[line]);
      this.breaks[firstLine + line] = split.breaks[line];
    }
    if (delta !== 0) for (let line = movedTo; line < count; line++) this.starts[line] += delta;
    this.count = count;
  }

  private grow(count: number): void {
    const starts = new Int32Array(count * 2);
    const breaks = new Uint8Array(count * 2);
    starts.set(this.starts.subarray(0, this.count));
    breaks.set(this.breaks.subarray(0, this.count));
    this.starts = starts;
    this.breaks = breaks;
  }

  /** Where line `line` ends, before its line break. */
  private lineEnd(line: number): number {
    return line + 1 < this.count ? this.starts[line + 1] - breakLength(this.breaks[line]) : this.text.length;
  }

  private lineIndexAt(offset: number): number {
    return lineHolding(this.starts, this.count, offset);
  }
}

/** A document's text to read without joining it: a draft document's chunks, or another document's string. */
export function sourceOf(document: TextDocument): SourceText {
  return document instanceof DraftDocument ? document.source : document.getText();
}

/** Where the lines of a text start and what ends each: the core's split, with each line's break told apart. */
function splitBreaks(text: string): { starts: Int32Array; breaks: Uint8Array; count: number } {
  const { starts, ends, count } = splitLines(text);
  const breaks = new Uint8Array(starts.length);
  for (let line = 0; line + 1 < count; line++) {
    breaks[line] = starts[line + 1] - ends[line] === 2 ? CRLF : text.charCodeAt(ends[line]) === 0x0d ? CR : LF;
  }
  return { starts, breaks, count };
}
