import { isNumberingSetting, submissionMetadata } from "../document/front-matter-fields.js";
import type { Block, Marker, UprDocument } from "../document/model.js";

/**
 * How a draft numbers its paragraphs:
 * - `flat`: 1, 2, 3 … running across sections (the OHCHR default);
 * - `decimal`: 1., 1.1, 1.1.1 under numbered sections, the section numbers part of the run;
 * - `per-section`: 1, 2, 3 … again under each heading.
 */
export type NumberingScheme = "flat" | "decimal" | "per-section";

/** The numbered blocks of one run, in order, each with its number as a list of parts. */
export interface NumberedRun {
  scheme: NumberingScheme;
  blocks: Block[];
  /** By block: whether a heading lies between it and the block before (per-section runs restart there). */
  afterHeading: boolean[];
}

export interface NumberingBreak {
  index: number;
  kind: "start" | "gap" | "duplicate" | "order" | "missing-level";
  expected: string;
  actual: string;
  previous?: string;
}

/** The scheme set in the front matter, else in the configuration, else read from the numbers. */
export function numberingScheme(document: UprDocument, configured?: unknown): NumberingScheme {
  const pinned = submissionMetadata(document).numbering ?? (isNumberingSetting(configured) ? configured : "auto");
  if (pinned !== "auto") return pinned;
  let read = readSchemes.get(document);
  if (read === undefined) readSchemes.set(document, (read = readScheme(document)));
  return read;
}

/**
 * The scheme read from each document's numbers, once: UPR001 and UPR002 both ask, and reading it
 * walks every block twice.
 */
const readSchemes = new WeakMap<UprDocument, NumberingScheme>();

function readScheme(document: UprDocument): NumberingScheme {
  const paragraphs = document.paragraphs;
  let decimal = 0;
  for (const paragraph of paragraphs) if (paragraph.marker!.path !== undefined) decimal++;
  if (decimal >= 2 && decimal * 3 >= paragraphs.length) return "decimal";
  const run = numberedRun(document, "per-section");
  let restarts = 0;
  for (let i = 1; i < run.blocks.length; i++) {
    const value = run.blocks[i].marker!.value;
    if (run.afterHeading[i] && value === 1) restarts++;
  }
  return restarts >= 1 && numberingBreaks(run).length < numberingBreaks({ ...run, scheme: "flat" }).length ? "per-section" : "flat";
}

/** Each document's runs by scheme, made once: reading the scheme makes one, and the rule another. */
const runs = new WeakMap<UprDocument, Partial<Record<NumberingScheme, NumberedRun>>>();

/**
 * The blocks whose numbers form the run: numbered paragraphs, and in the decimal scheme the
 * numbered headings too. Shared by every caller that asks about the same document: not to be
 * changed.
 */
export function numberedRun(document: UprDocument, scheme: NumberingScheme): NumberedRun {
  let byScheme = runs.get(document);
  if (!byScheme) runs.set(document, (byScheme = {}));
  return (byScheme[scheme] ??= readRun(document, scheme));
}

function readRun(document: UprDocument, scheme: NumberingScheme): NumberedRun {
  const blocks: Block[] = [];
  const afterHeading: boolean[] = [];
  let heading = false;
  for (const block of readingOrder(document)) {
    if (block.inAnnex) break;
    const numberedHeading = block.kind === "heading" && block.heading?.style === "numbered" && block.marker !== undefined;
    // Decimal numbers in a draft numbered 1, 2, 3 are figures or stray; plain ones in a decimal draft are its top level.
    const counted = block.kind === "paragraph" && (scheme === "decimal" || block.marker!.path === undefined);
    if (counted || (scheme === "decimal" && numberedHeading)) {
      blocks.push(block);
      afterHeading.push(heading);
      heading = false;
    } else if (block.kind === "heading") heading = true;
  }
  return { scheme, blocks, afterHeading };
}

/** The blocks as the draft is read: on a page set in two columns, the right-hand column's numbered paragraphs after the left-hand column. */
function readingOrder(document: UprDocument): Iterable<Block> {
  return document.columnParagraphs.length === 0 ? document.blocks : withColumns(document);
}

function* withColumns(document: UprDocument): Iterable<Block> {
  const columns = document.columnParagraphs;
  let column = 0;
  for (const block of document.blocks) {
    for (; column < columns.length && columns[column].end <= block.start; column++) yield* columns[column].paragraphs;
    yield block;
  }
  for (; column < columns.length; column++) yield* columns[column].paragraphs;
}

/** Where the run stops counting as its scheme does. Only the first number of each break is reported. */
export function numberingBreaks(run: NumberedRun): NumberingBreak[] {
  const breaks: NumberingBreak[] = [];
  const blocks = run.blocks;
  if (run.scheme !== "decimal") {
    // Plain numbers: compared as they are, with no list of parts made for each.
    for (let i = 0; i < blocks.length; i++) {
      const actual = blocks[i].marker!.value;
      const previous = i > 0 ? blocks[i - 1].marker!.value : undefined;
      const found = countBreak(previous, actual, run.scheme === "per-section" && run.afterHeading[i]);
      if (found && resumesAfterStepBack(breaks, i, (before) => actual === blocks[before].marker!.value + 1)) continue;
      // "1 or 3" at a section start of the per-section scheme: either is what the slip stands for.
      if (found && resumesAfterSlip(breaks, i, String(actual), (slip) => slip.expected.split(" or ").some((expected) => actual === Number(expected) + 1))) continue;
      if (found) breaks.push({ index: i, ...found, actual: String(actual), previous: previous === undefined ? undefined : String(previous) });
    }
    return breaks;
  }
  const paths = blocks.map((block) => pathOf(block.marker!));
  for (let i = 0; i < paths.length; i++) {
    const actual = paths[i];
    const previous = i > 0 ? paths[i - 1] : undefined;
    const found = decimalBreak(previous, actual);
    if (found && resumesAfterStepBack(breaks, i, (before) => decimalBreak(paths[before], actual) === undefined)) continue;
    if (found && resumesAfterSlip(breaks, i, actual.join("."), (slip) => slip.kind !== "missing-level" && followsDecimal(slip.expected.split(".").map(Number), actual))) continue;
    if (found) breaks.push({ index: i, ...found, actual: actual.join("."), previous: previous?.join(".") });
  }
  return breaks;
}

/**
 * Two numbers swapped (14, 16, 15, 17) are two breaks, the jump and the step back: the number
 * after the step back that follows the one before it (17 after 16) is in order again.
 */
export function resumesAfterStepBack(breaks: readonly { index: number; kind: string }[], index: number, follows: (before: number) => boolean): boolean {
  const last = breaks.at(-1);
  return index >= 2 && last?.index === index - 1 && last.kind === "order" && follows(index - 2);
}

/**
 * One mistyped number (1, 2, 7, 4) is one break, not two: the number after a jump or a step back
 * that follows the number the slip stands for (4 after the 3 that 7 stands for) is in order again.
 * A duplicate keeps the break after it (2, 2, 4), and so does a repeat of the slip (2, 4, 4): a
 * lost paragraph may as well be the cause.
 */
export function resumesAfterSlip<Value, Break extends { index: number; kind: string; actual: Value }>(
  breaks: readonly Break[],
  index: number,
  actual: Value,
  followsWhatItStandsFor: (slip: Break) => boolean,
): boolean {
  const last = breaks.at(-1);
  return last !== undefined && last.index === index - 1 && (last.kind === "gap" || last.kind === "order") && last.actual !== actual && followsWhatItStandsFor(last);
}

/**
 * The number each block of the run should have, from `from` up to `to`, continuing from the block
 * before `from`, written as the block writes its own: a section numbered "2.0" stays "N.0".
 */
export function expectedNumbers(run: NumberedRun, from: number, to: number): string[] {
  const numbers: string[] = [];
  let previous = from > 0 ? pathOf(run.blocks[from - 1].marker!) : undefined;
  for (let i = from; i < to; i++) {
    const marker = run.blocks[i].marker!;
    const actual = pathOf(marker);
    let next: number[];
    if (run.scheme === "decimal") next = nextAtDepth(previous, actual.length);
    else if (run.scheme === "per-section" && run.afterHeading[i] && actual[0] === 1) next = [1];
    else next = [(previous?.[0] ?? 0) + 1];
    numbers.push(next.length === 1 && marker.text.endsWith(".0") ? `${next[0]}.0` : next.join("."));
    previous = next;
  }
  return numbers;
}

function countBreak(previous: number | undefined, value: number, sectionStart: boolean): Omit<NumberingBreak, "index" | "actual" | "previous"> | undefined {
  if (previous === undefined) return value === 1 ? undefined : { kind: "start", expected: "1" };
  if (value === previous + 1 || (sectionStart && value === 1)) return undefined;
  const kind = value === previous ? "duplicate" : value < previous ? "order" : "gap";
  return { kind, expected: sectionStart ? `1 or ${previous + 1}` : String(previous + 1) };
}

/** After 3.1.8 may come 3.1.9, 3.1.8.1, 3.2 or 4; after nothing, 1 (or 1.1). */
function decimalBreak(previous: number[] | undefined, actual: number[]): Omit<NumberingBreak, "index" | "actual" | "previous"> | undefined {
  if (!previous) return actual.every((part) => part === 1) ? undefined : { kind: "start", expected: actual.map(() => 1).join(".") };
  if (followsDecimal(previous, actual)) return undefined;
  // 3.2.1 after 3.1.8: 3.2 is missing, not 3.2.1.
  for (let depth = 1; depth < actual.length; depth++) {
    const prefix = actual.slice(0, depth);
    if (followsDecimal(previous, prefix)) return { kind: "missing-level", expected: prefix.join(".") };
  }
  const order = compare(actual, previous);
  const kind = order === 0 ? "duplicate" : order < 0 ? "order" : "gap";
  return { kind, expected: nextAtDepth(previous, actual.length).join(".") };
}

function followsDecimal(previous: number[], actual: number[]): boolean {
  if (actual.length === previous.length + 1) return samePrefix(previous, actual, previous.length) && actual[actual.length - 1] === 1;
  if (actual.length > previous.length) return false;
  const last = actual.length - 1;
  return samePrefix(previous, actual, last) && actual[last] === previous[last] + 1;
}

/** The number after `previous` at the given depth: 3.1.8 → 3.1.9 (depth 3), 3.2 (depth 2), 3.1.8.1 (depth 4). */
function nextAtDepth(previous: number[] | undefined, depth: number): number[] {
  const next: number[] = [];
  for (let d = 0; d < depth; d++) next.push(previous && d < previous.length ? previous[d] : 0);
  if (!previous || depth > previous.length) {
    for (let d = previous?.length ?? 0; d < depth; d++) next[d] = 1;
    return next;
  }
  next[depth - 1]++;
  return next;
}

function samePrefix(a: number[], b: number[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function pathOf(marker: Marker): number[] {
  return marker.path ?? [marker.value];
}
