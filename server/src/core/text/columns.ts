/**
 * Two columns of running text side by side, as `pdftotext -layout` writes a page set in two
 * columns: each line holds a line of the left column, a gap of spaces, and a line of the right
 * column, which starts at about the same place on every line.
 */
export interface ColumnRun {
  /** The first line of the run. */
  first: number;
  /** The line after the last. */
  end: number;
  /** Where the right column starts on each line: the left column is what comes before. */
  gutter: number;
}

/** A run ends within this many lines: more than a page holds. */
const MAX_RUN_LINES = 120;
/** A gap between the columns is at least this many spaces on the line where they come closest. */
const MIN_GAP = 2;
/** A gap of three spaces or more between words may part two columns; narrower ones are spaces of justified text. */
const WIDE_GAP = /\S( {3,})(?=\S)/g;
/** A run has at least this many lines with text in both columns. */
const MIN_ROWS = 4;
/** Each column's lines are this long, as the median goes: a table's cells are shorter. */
const MIN_COLUMN_WIDTH = 20;
/** At least this share of a column's characters are letters: a table of figures has fewer. */
const MIN_LETTER_SHARE = 0.6;
/** Lines of a column with a wide gap of their own: more than this share, and the run is a table of three columns or more. */
const MAX_GAPPED_SHARE = 0.25;

/**
 * The runs of lines set in two columns of running text. Tables (cells of figures, short cells, or
 * three columns and more) and a list of names in two columns of a few lines are not. A line
 * across the gutter, a page number or a form feed ends a run.
 */
export function findColumnRuns(lines: readonly string[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (let i = 0; i < lines.length; ) {
    const run = runFrom(lines, i, runs.at(-1)?.end ?? 0);
    if (run) {
      runs.push(run);
      i = run.end;
    } else i++;
  }
  return runs;
}

/**
 * The run through line `line`, trying each wide gap of that line as the gutter; it reaches back to
 * lines above whose columns come closer, down to line `floor`.
 */
function runFrom(lines: readonly string[], line: number, floor: number): ColumnRun | undefined {
  for (const gap of wideGaps(lines[line])) {
    let from = gap.start;
    let to = gap.end;
    let first = line;
    for (; first > floor && !endsPage(lines[first - 1]); first--) {
      const narrowed = narrow(lines[first - 1], from, to);
      if (!narrowed) break;
      [from, to] = narrowed;
    }
    // Lines above the first with text in the right column come before both columns.
    while (first < line && !/\S/.test(lines[first].slice(to))) first++;
    let end = line + 1;
    for (const last = Math.min(lines.length, first + MAX_RUN_LINES); end < last; end++) {
      const line = lines[end];
      if (endsPage(line)) break;
      const narrowed = narrow(line, from, to);
      if (!narrowed) break;
      [from, to] = narrowed;
    }
    // After the last line with text in the right column, the left column goes on to its first blank line; what follows is the page's.
    let last = end - 1;
    while (last > first && !/\S/.test(lines[last].slice(to))) last--;
    end = last + 1;
    while (end < lines.length && /\S/.test(lines[end]) && !/\S/.test(lines[end].slice(to)) && !endsPage(lines[end])) end++;
    const run = { first, end, gutter: to };
    if (isTwoColumnText(lines, run)) return run;
  }
  return undefined;
}

/** Where a line leaves blank the columns from `from` to `to`, narrowed to its own blank stretch there; undefined when it does not leave `MIN_GAP` of them. */
function narrow(line: string, from: number, to: number): [number, number] | undefined {
  let start = from;
  let end = to;
  for (let c = from; c < end && c < line.length; c++) {
    if (isBlank(line, c)) continue;
    // Text inside the gap: the right column starts there, unless too little of the gap is left before it; then the left column's line reached into the gap.
    let next = c;
    while (next < end && next < line.length && !isBlank(line, next)) next++;
    if (c - start >= MIN_GAP) end = c;
    else start = next;
    c = next - 1;
  }
  return end - start >= MIN_GAP ? [start, end] : undefined;
}

/** A page number, "- 3 -", "Page 3" or "3", or a form feed: the columns of a page end there. */
const PAGE_END = /\f|^\s*(?:[-–]\s*)?(?:page\s+)?\d{1,4}(?:\s*[-–])?\s*$/i;

function endsPage(line: string): boolean {
  return PAGE_END.test(line);
}

function isBlank(line: string, c: number): boolean {
  const code = line.charCodeAt(c);
  return code !== code || code === 32 || code === 13;
}

/** The wide gaps between words of a line, as [start, end) of the spaces. */
function wideGaps(line: string): { start: number; end: number }[] {
  const gaps: { start: number; end: number }[] = [];
  for (const match of line.matchAll(WIDE_GAP)) gaps.push({ start: match.index + 1, end: match.index + 1 + match[1].length });
  return gaps;
}

function isTwoColumnText(lines: readonly string[], run: ColumnRun): boolean {
  const left: string[] = [];
  const right: string[] = [];
  for (let l = run.first; l < run.end; l++) {
    const line = lines[l];
    const leftText = line.slice(0, run.gutter).trim();
    const rightText = line.slice(run.gutter).trim();
    if (leftText && rightText) {
      left.push(leftText);
      right.push(rightText);
    }
  }
  // A paragraph's number at the end of the left-hand part: the gap was the one between a number and its text.
  const numbersLeft = left.filter((line) => LONE_NUMBER_AT_END.test(line)).length;
  return left.length >= MIN_ROWS && numbersLeft <= MAX_GAPPED_SHARE * left.length && isRunningText(left) && isRunningText(right);
}

const LONE_NUMBER_AT_END = /(?:^|\s)\d{1,3}[.)]$/;

/** Lines of prose: long enough, mostly letters, and with no column gap of their own past a paragraph number. */
function isRunningText(column: string[]): boolean {
  const widths = column.map((line) => line.length).sort((a, b) => a - b);
  if (widths[Math.floor(widths.length / 2)] < MIN_COLUMN_WIDTH) return false;
  const joined = column.join("");
  const letters = joined.replace(/[^\p{L}]/gu, "").length;
  const visible = joined.replace(/\s/g, "").length;
  if (letters < MIN_LETTER_SHARE * visible) return false;
  const gapped = column.filter((line) => / {3,}\S/.test(line.replace(/^\S{1,5} {3,}/, ""))).length;
  return gapped <= MAX_GAPPED_SHARE * column.length;
}

/**
 * The text with each run of lines set in two columns written as its left-hand column, a blank
 * line, then its right-hand column: every word kept, in reading order. Line breaks stay as they
 * were ("\r\n" too).
 */
export function reflowColumns(text: string): string {
  if (!text.includes("   ")) return text;
  const lines = text.split("\n");
  const runs = findColumnRuns(lines);
  if (runs.length === 0) return text;
  const out: string[] = [];
  let next = 0;
  for (const run of runs) {
    out.push(...lines.slice(next, run.first));
    const rows = lines.slice(run.first, run.end);
    const cr = rows[0].endsWith("\r") ? "\r" : "";
    const column = (part: (row: string) => string) => rows.map((row) => part(row.replace(/\r$/, "")).trimEnd() + cr);
    out.push(...column((row) => row.slice(0, run.gutter)), cr, ...column((row) => row.slice(run.gutter)));
    next = run.end;
  }
  out.push(...lines.slice(next));
  return out.join("\n");
}
