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

/** Dashes, curly quotes and the rest of the General Punctuation block: never part of a word, known without a look-up. */
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

/**
 * Splits text into lines on \n, \r\n and \r, keeping offsets: all of it, or the part from `from`
 * (a line start) to `to`, numbering its lines from `firstIndex`. Searches with indexOf: it is many
 * times faster than a loop over characters.
 */
export function splitLines(text: string, from = 0, to = text.length, firstIndex = 0): Line[] {
  // Searched within the part alone: a search for a "\r" the text lacks would otherwise run to its end.
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const lines: Line[] = [];
  let start = 0;
  let lf = part.indexOf("\n");
  let cr = part.indexOf("\r");
  while (lf >= 0 || cr >= 0) {
    const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    const next = end === cr && lf === cr + 1 ? lf + 1 : end + 1;
    lines.push({ index: firstIndex + lines.length, start: from + start, end: from + end, next: from + next });
    start = next;
    if (lf >= 0 && lf < start) lf = part.indexOf("\n", start);
    if (cr >= 0 && cr < start) cr = part.indexOf("\r", start);
  }
  lines.push({ index: firstIndex + lines.length, start: from + start, end: to, next: to });
  return lines;
}

/** Maps offsets to positions and back for one text. */
export class LineIndex {
  readonly lines: Line[];

  constructor(readonly text: string, lines?: Line[]) {
    this.lines = lines ?? splitLines(text);
  }

  lineAt(offset: number): Line {
    return this.lines[lineIndexAt(this.lines, offset)];
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line: line.index, character: Math.min(clamped, line.end) - line.start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.text.length;
    const line = this.lines[position.line];
    return Math.min(line.start + Math.max(0, position.character), line.end);
  }
}

/** The index of the line that holds `offset`. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function isBlank(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0xfeff && code !== 0xa0 && code !== 12 && code !== 11) return false;
  }
  return true;
}
