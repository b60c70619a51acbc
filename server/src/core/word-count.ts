import { groupReferencesByBlock, joinLines } from "./join-lines.js";
import type { UprDocument } from "./model.js";

export interface WordCount {
  /** Every word of the submission: body, footnote texts and annex. Front matter, comments and markers are left out. */
  total: number;
  footnotes: number;
  annex: number;
}

/** A word: a run of letters or digits, with inner apostrophes and hyphens ("children’s", "in-depth"). */
const WORD = /[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu;

export function countWords(document: UprDocument): WordCount {
  const count: WordCount = { total: 0, footnotes: 0, annex: 0 };
  const text = document.text;
  const references = document.mode === "pasted" ? groupReferencesByBlock(document) : undefined;
  for (const block of document.blocks) {
    if (block.kind === "comment" || block.lines.length === 0) continue;
    const lines = [{ start: Math.max(block.content.start, block.lines[0].start), end: block.lines[0].end }, ...block.lines.slice(1)];
    const words = wordsIn(joinLines(text, lines, references?.get(block) ?? []));
    count.total += words;
    if (block.kind === "footnote") count.footnotes += words;
    else if (block.inAnnex) count.annex += words;
  }
  if (document.mode === "pasted") {
    for (const note of document.footnoteDefinitions) {
      const words = wordsIn(text.slice(note.content.start, note.end));
      count.total += words;
      count.footnotes += words;
    }
  }
  return count;
}

function wordsIn(text: string): number {
  const withoutReferences = text.includes("[^") ? text.replace(/\[\^[^\]\s]{1,20}\]/g, " ") : text;
  return withoutReferences.match(WORD)?.length ?? 0;
}
