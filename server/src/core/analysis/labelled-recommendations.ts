import { blockLines } from "../document/block-lines.js";
import type { Marker, UprDocument } from "../document/model.js";
import { RECOMMENDATION_LABEL } from "../document/parser/lines.js";
import { endsWithRecommendingState } from "../document/parser/structure.js";
import { resumesAfterSlip, resumesAfterStepBack } from "./numbering.js";
import { BlockCache } from "./block-cache.js";

/**
 * The highest section number a run under a heading about recommendations starts at: an earlier
 * report numbers its recommendations in a paragraph near its end (89.1, 110.53, 122.103).
 */
const MAX_SECTION = 30;
/** How much of a line a label takes at most. */
const LABEL_LENGTH = 30;
/** How much of a recommendation's end the recommending State in parentheses can take. */
const TAIL_LENGTH = 160;

/** A label's number, "3.1" or "4", as a marker with its parts. */
export type LabelMarker = Marker & { path: number[] };

/**
 * The draft's own labelled recommendations, in runs: the labels of one top-level section, decimal
 * ("Recommendation 3.1:") and plain ("Recommendation 4:") apart, when they are the section's own.
 * A decimal run is when its first label carries the number of the numbered section it stands in
 * ("3. Recommendations", then "Recommendation 3.1"), or starts at N.1 under a heading about
 * recommendations; a plain run when it starts at 1 under such a heading and mostly counts on by
 * one. Recommendations of an earlier report quoted by number carry that report's numbers, which
 * do not count on ("Recommendation 2: …", "Recommendation 25: …", "Recommendation 110.53: …"),
 * and "UPR Recommendation 10: …" or a label closed by the recommending State in parentheses
 * ("… (Spain).") is a quotation wherever it stands.
 */
export function labelledRecommendationRuns(document: UprDocument): LabelMarker[][] {
  let runs = cache.get(document);
  if (!runs) cache.set(document, (runs = readRuns(document)));
  return runs;
}

const cache = new WeakMap<UprDocument, LabelMarker[][]>();

interface Context {
  /** The number of the numbered top-level section the labels stand in. */
  section?: number;
  /** Whether the section's heading, or the sub-heading the labels stand under, is about recommendations. */
  aboutRecommendations: boolean;
  sectionAbout: boolean;
}

function readRuns(document: UprDocument): LabelMarker[][] {
  const runs: LabelMarker[][] = [];
  let decimal: LabelMarker[] = [];
  let plain: LabelMarker[] = [];
  let context: Context = { aboutRecommendations: false, sectionAbout: false };
  let runContext = context;
  const close = () => {
    for (const run of [decimal, plain]) if (isOwnRun(run, runContext)) runs.push(run);
    decimal = [];
    plain = [];
  };
  const { blocks } = document;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.inAnnex) break;
    if (block.kind === "heading") {
      const about = aboutRecommendations.at(document, index);
      if (block.heading!.level === 1) {
        close();
        const marker = block.heading!.style === "numbered" ? block.marker : undefined;
        context = { section: marker ? (marker.path?.[0] ?? marker.value) : undefined, aboutRecommendations: about, sectionAbout: about };
      } else context = { ...context, aboutRecommendations: context.sectionAbout || about };
      continue;
    }
    // Pasted text may run a label's line on from the block above: a lead-in paragraph, or the recommendation before.
    if (block.kind !== "text" && block.kind !== "paragraph") continue;
    for (const label of labelsIn(document, index)) {
      if (decimal.length === 0 && plain.length === 0) runContext = context;
      (label.path.length > 1 ? decimal : plain).push(label);
    }
  }
  close();
  return runs;
}

function isOwnRun(run: LabelMarker[], context: Context): boolean {
  if (run.length < 2) return false;
  const [major, minor] = run[0].path;
  if (minor === undefined) return major === 1 && context.aboutRecommendations && countsOn(run);
  return major === context.section || (minor === 1 && major <= MAX_SECTION && context.aboutRecommendations);
}

/** More than half the steps of a run of plain labels count on by one: 1, 2, 3, 5, 6. */
function countsOn(run: LabelMarker[]): boolean {
  let steps = 0;
  for (let i = 1; i < run.length; i++) if (run[i].value === run[i - 1].value + 1) steps++;
  return steps * 2 > run.length - 1;
}

/** The labels at the starts of a block's lines, leaving out those the recommending State closes. */
/** The labels of the block at `index`. */
function labelsIn(document: UprDocument, index: number): LabelMarker[] {
  const block = document.blocks[index];
  const found = labelsOfBlock.at(document, index);
  if (found.length === 0) return [];
  // A numbered paragraph's own first line opens with its number, not a label.
  const own = block.kind === "paragraph" ? found.filter((label) => !label.onFirstLine) : found;
  return own.map(({ start, end, text, value, path }) => ({ start: block.start + start, end: block.start + end, text, value, path }));
}

const NO_LABELS: readonly (LabelMarker & { onFirstLine: boolean })[] = [];

/** The labels at the starts of a block's lines, at offsets from the block's start, read once per version of the block. */
const labelsOfBlock = new BlockCache<readonly (LabelMarker & { onFirstLine: boolean })[]>((document, block) => {
  const text = document.text;
  const starts: { at: number; match: RegExpExecArray; line: number }[] = [];
  const lines = blockLines(block);
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    const start = Math.max(line.start, block.content.start);
    // "UPR Recommendation 10: …" quotes an earlier cycle's recommendation wherever it stands.
    if ((text.charCodeAt(start) | 0x20) !== 0x72 /* r */) continue;
    const match = RECOMMENDATION_LABEL.exec(text.slice(start, Math.min(line.end, start + LABEL_LENGTH)));
    if (match) starts.push({ at: start, match, line: l });
  }
  if (starts.length === 0) return NO_LABELS;
  return starts.flatMap(({ at, match, line }, i) => {
    const end = starts[i + 1]?.at ?? block.content.end;
    if (endsWithRecommendingState(text.slice(Math.max(at, end - TAIL_LENGTH), end))) return [];
    const number = match[2] === undefined ? match[1] : `${match[1]}.${match[2]}`;
    const start = at + match[0].indexOf(number) - block.start;
    const path = number.split(".").map(Number);
    return [{ start, end: start + number.length, text: number, value: path[path.length - 1], path, onFirstLine: line === 0 }];
  });
});

/** Whether a heading is about recommendations, read once per version of its block. */
const aboutRecommendations = new BlockCache((document, heading) => /recommend/i.test(document.text.slice(heading.content.start, heading.content.end)));

export interface LabelBreak {
  index: number;
  kind: "start" | "gap" | "duplicate" | "order";
  expected: string;
  actual: string;
  previous?: string;
}

/**
 * Where a run of labels stops counting N.1, N.2 … (or N+1.1 for the next group), or 1, 2, 3 ….
 * Only the first label of each break is reported, and one mistyped label is one break.
 */
export function labelBreaks(run: readonly LabelMarker[]): LabelBreak[] {
  const breaks: LabelBreak[] = [];
  for (let i = 0; i < run.length; i++) {
    const previous = i > 0 ? run[i - 1].path : before(run);
    const actual = run[i].path;
    if (follows(previous, actual)) continue;
    if (resumesAfterStepBack(breaks, i, (earlier) => follows(run[earlier].path, actual))) continue;
    if (resumesAfterSlip(breaks, i, run[i].text, (slip) => follows(slip.expected.split(".").map(Number), actual))) continue;
    const order = actual[0] - previous[0] || (actual[1] ?? 0) - (previous[1] ?? 0);
    const kind = i === 0 ? "start" : order === 0 ? "duplicate" : order < 0 ? "order" : "gap";
    breaks.push({ index: i, kind, expected: next(previous).join("."), actual: run[i].text, previous: i > 0 ? run[i - 1].text : undefined });
  }
  return breaks;
}

/** The numbers labels `from` … `to` - 1 should have, on from the label before `from`. */
export function expectedLabels(run: readonly LabelMarker[], from: number, to: number): string[] {
  let wanted = from > 0 ? run[from - 1].path : before(run);
  const labels: string[] = [];
  for (let i = from; i < to; i++) {
    const actual = run[i].path;
    wanted = actual.length > 1 && actual[0] === wanted[0] + 1 && actual[1] === 1 ? actual : next(wanted);
    labels.push(wanted.join("."));
  }
  return labels;
}

/** What comes before the first label: N.0 of its section, or 0. */
function before(run: readonly LabelMarker[]): number[] {
  return run[0].path.length > 1 ? [run[0].path[0], 0] : [0];
}

/** 3.2 after 3.1, 5 after 4. */
function next(path: readonly number[]): number[] {
  return [...path.slice(0, -1), path[path.length - 1] + 1];
}

/** 3.2 after 3.1, 4.1 after 3.5, 5 after 4. */
function follows(previous: readonly number[], actual: readonly number[]): boolean {
  if (actual.length === 1) return actual[0] === previous[0] + 1;
  return (actual[0] === previous[0] && actual[1] === previous[1] + 1) || (actual[0] === previous[0] + 1 && actual[1] === 1);
}
