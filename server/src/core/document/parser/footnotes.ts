import type { Block, FootnoteReference } from "../model.js";

const CANONICAL_REFERENCE = /\[\^([^\]\s]{1,20})\](?!:)/g;
const DIGITS = /\d+/g;
/** A footnote number glued to a word or to punctuation after a word, as PDF extraction leaves it. */
const GLUED = /(?<=\p{L}{2}[.,;:’”'")]{0,2})\d{1,3}(?=[\s.,;:)]|$)/uy;
/** A footnote number standing alone after a sentence: "Karachi. 24 Some". */
const DETACHED = /(?<=[.,;:’”"]\s{1,2})\d{1,3}(?=\s+\p{Lu})/uy;
/** How far the numbers of pasted footnote markers may jump; further is more likely a figure. */
const MAX_STEP = 3;

/** `[^12]` references in consecutive blocks (in a footnote text, after its label), found in one pass over their text. */
export function findCanonicalFootnotes(text: string, blocks: readonly Block[], out: FootnoteReference[]): void {
  let b = 0;
  CANONICAL_REFERENCE.lastIndex = blocks[0]?.start ?? text.length;
  for (let match = CANONICAL_REFERENCE.exec(text); match; match = CANONICAL_REFERENCE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (b < blocks.length && blocks[b].end < end) b++;
    if (b === blocks.length) return;
    const block = blocks[b];
    if (block.kind === "comment" || start < (block.kind === "footnote" ? block.content.start : block.start)) continue;
    out.push({ start, end, label: match[1], glued: false });
  }
}

/**
 * Pasted text has footnote markers as bare digits. They are accepted only in ascending order
 * (each at most a few above the last), which tells them apart from figures and codes.
 * Lines are fed in document order.
 */
export class GluedFootnotes {
  readonly references: FootnoteReference[] = [];
  readonly labels = new Set<string>();
  /** The number of the last marker found. */
  last = 0;

  scan(lineText: string, lineStart: number): void {
    for (const candidate of collectCandidates(lineText)) {
      const value = Number(candidate.digits);
      const step = value - this.last;
      if (step < 1 || step > (candidate.detached ? 1 : MAX_STEP)) continue;
      if (insideUrl(lineText, candidate.index)) continue;
      this.last = value;
      const start = lineStart + candidate.index;
      this.references.push({ start, end: start + candidate.digits.length, label: candidate.digits, glued: true });
      this.labels.add(candidate.digits);
    }
  }
}

interface Candidate {
  index: number;
  digits: string;
  detached: boolean;
}

/**
 * A marker is a whole run of one to three digits (a digit before it is neither a letter nor a
 * space), so the runs are found first and the context around each is checked where it stands:
 * searching the line with the lookbehinds would try them at every position.
 */
function collectCandidates(line: string): Candidate[] {
  const candidates: Candidate[] = [];
  DIGITS.lastIndex = 0;
  for (let run = DIGITS.exec(line); run; run = DIGITS.exec(line)) {
    if (run[0].length > 3) continue;
    GLUED.lastIndex = DETACHED.lastIndex = run.index;
    if (GLUED.test(line)) candidates.push({ index: run.index, digits: run[0], detached: false });
    else if (DETACHED.test(line)) candidates.push({ index: run.index, digits: run[0], detached: true });
  }
  return candidates;
}

function insideUrl(line: string, index: number): boolean {
  let start = index;
  while (start > 0 && !/\s/.test(line[start - 1])) start--;
  const token = line.slice(start, index);
  return token.includes("/") || token.includes("www.") || token.includes("@");
}
