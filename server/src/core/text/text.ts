import type { SourceText } from "./source-text.js";

/** A zero-based position as editors count it (UTF-16 code units). */
export interface Position {
  line: number;
  character: number;
}

/** Offsets into the document text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** For each ASCII code, the letter or digit in lower case, or 0 for anything else: one look-up instead of three comparisons. */
export const ASCII_ALNUM_LOWER = Uint8Array.from({ length: 0x80 }, (_, code) =>
  code >= 65 && code <= 90 ? code + 32 : (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? code : 0,
);

/** The 32-bit FNV-1a offset basis and prime, for hashing words without cutting them out of the text. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** Dashes, curly quotes and the rest of the General Punctuation block: never part of a word, known without a look-up. */
/** Whether the code is a capital letter: ASCII, or any beyond it that has a lower case. */
export function isCapital(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 0xc0) return false;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

export function isGeneralPunctuation(code: number): boolean {
  return code >= 0x2000 && code <= 0x206f;
}

/**
 * A span moved by `delta`. Findings are moved by functions that spell out their fields, like this
 * one: an object literal of one shape is several times faster to make than a spread copy.
 */
export function movedSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

export interface Line extends Span {
  /** Line number, zero-based. */
  index: number;
  /** Offset just after the line's end-of-line sequence (equals `end` on the last line). */
  next: number;
}

/** Where lines start and end (before their line breaks), for the first `count` entries of the arrays. */
export interface LineOffsets {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/**
 * Splits text into lines on \n, \r\n and \r: all of it, or the part from `from` (a line start) to
 * `to`. Searches with indexOf: it is many times faster than a loop over characters. The offsets go
 * into typed arrays: a long draft has hundreds of thousands of lines, which as objects would cost
 * the garbage collector more than the search.
 */
export function splitLines(text: SourceText, from = 0, to = text.length): LineOffsets {
  // Searched within the part alone: a search for a "\r" the text lacks would otherwise run to its end.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  let starts = new Int32Array(16 + (part.length >> 5));
  let ends = new Int32Array(starts.length);
  let count = 0;
  let start = 0;
  let lf = part.indexOf("\n");
  let cr = part.indexOf("\r");
  for (;;) {
    const last = lf < 0 && cr < 0;
    const end = last ? part.length : cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
    }
    starts[count] = from + start;
    ends[count++] = from + end;
    if (last) return { starts, ends, count };
    start = end === cr && lf === cr + 1 ? lf + 1 : end + 1;
    if (lf >= 0 && lf < start) lf = part.indexOf("\n", start);
    if (cr >= 0 && cr < start) cr = part.indexOf("\r", start);
  }
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The lines of one text: maps offsets to positions and back. */
/** The last of the first `count` sorted line starts at or before `offset`: the line that holds it (0 before the first). */
export function lineHolding(starts: Int32Array, count: number, offset: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export class LineIndex {
  readonly count: number;
  /** Undefined once given up (`release`): read from the text again if asked for later. */
  private offsets: LineOffsets | undefined;

  constructor(
    readonly text: SourceText,
    lines: LineOffsets = splitLines(text),
  ) {
    this.offsets = lines;
    this.count = lines.count;
  }

  /** Where each line starts; line `i` runs on to `starts[i + 1]`. Not to be written to, nor kept beyond the index. */
  get starts(): Int32Array {
    return (this.offsets ??= splitLines(this.text)).starts;
  }

  /** Where each line ends, before its line break. Not to be written to, nor kept beyond the index. */
  get ends(): Int32Array {
    return (this.offsets ??= splitLines(this.text)).ends;
  }

  /**
   * Gives up the index's arrays, for the next version of the text to write its lines into
   * instead of two new arrays at every keystroke (200 KB for a 2.5 MB draft's 25,000 lines, left
   * for the collector each time). The index stays usable: it splits its text again if asked.
   */
  release(): LineOffsets | undefined {
    const offsets = this.offsets;
    this.offsets = undefined;
    return offsets;
  }

  /** Line `index`, below `count`. */
  line(index: number): Line {
    const end = this.ends[index];
    return { index, start: this.starts[index], end, next: index + 1 < this.count ? this.starts[index + 1] : end };
  }

  /** The index of the line that holds `offset`. */
  lineIndexAt(offset: number): number {
    return lineHolding(this.starts, this.count, offset);
  }

  lineAt(offset: number): Line {
    return this.line(this.lineIndexAt(offset));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexAt(clamped);
    return { line, character: Math.min(clamped, this.ends[line]) - this.starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.count) return this.text.length;
    return Math.min(this.starts[position.line] + Math.max(0, position.character), this.ends[position.line]);
  }
}

/**
 * The same characters in a string of their own. V8 keeps a longer part of a string as a pointer
 * into the whole, and a part the model hands on from one version of a draft to the next would
 * keep that version's whole text alive: a 10 MB draft for each version a finding was read in.
 */
export function ownCopy(part: string): string {
  return (" " + part).slice(1);
}

/**
 * Whether `pattern`, which never matches a line break, matches the text: a string is searched at
 * once, a `ChunkedText` a line at a time, so that no version of a long draft is joined into one
 * string to be searched.
 */
export function matchesInLines(text: SourceText, lines: LineIndex, pattern: RegExp): boolean {
  if (typeof text === "string") return pattern.test(text);
  for (let line = 0; line < lines.count; line++) if (pattern.test(text.slice(lines.starts[line], lines.ends[line]))) return true;
  return false;
}

/** Whether the text from `start` to `end` holds only spaces (the characters a line's indent may hold). */
export function isBlank(text: SourceText, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0xfeff && code !== 0xa0 && code !== 12 && code !== 11) return false;
  }
  return true;
}

/** The line break most lines of a text end with: "\r\n" when CRLF outnumbers a bare LF, else "\n". */
export function dominantLineBreak(text: string): "\n" | "\r\n" {
  let crlf = 0;
  let lf = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}
