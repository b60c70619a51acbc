import { BlockCache } from "./block-cache.js";
import { blockLines, lineCount } from "../document/block-lines.js";
import { groupReferencesByBlock, joinLines } from "../document/join-lines.js";
import type { Block, FootnoteReference, UprDocument } from "../document/model.js";

export interface WordCount {
  /** Every word of the submission: body, footnote texts and annex. Front matter, comments and markers are left out. */
  total: number;
  footnotes: number;
  annex: number;
}

/** A word: a run of letters or digits, with inner apostrophes and hyphens ("children’s", "in-depth"). */
const WORD = /[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*/gu;

const counts = new WeakMap<UprDocument, WordCount>();
const referencesOf = new WeakMap<UprDocument, Map<Block, FootnoteReference[]>>();

/**
 * The words of a block, counted once per version of its text: the server counts them after every
 * edit. (Pasted footnote markers, which the count leaves out, depend on the blocks before; but
 * pasted text is parsed in full each time, so no block of it is handed on.)
 */
const blockWords = new BlockCache((document, block) => {
  const [first, ...rest] = blockLines(block);
  const lines = [{ start: Math.max(block.content.start, first.start), end: first.end }, ...rest];
  return wordsIn(joinLines(document.text, lines, references(document).get(block) ?? []));
});

export function countWords(document: UprDocument): WordCount {
  let count = counts.get(document);
  if (count) return { ...count };
  count = { total: 0, footnotes: 0, annex: 0 };
  const text = document.text;
  const blocks = document.blocks;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.kind === "comment" || lineCount(block) === 0) continue;
    const words = blockWords.at(document, index);
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
  counts.set(document, count);
  return { ...count };
}

/** Pasted footnote markers by block, grouped once per document. */
function references(document: UprDocument): Map<Block, FootnoteReference[]> {
  let map = referencesOf.get(document);
  if (!map) {
    map = document.mode === "pasted" ? groupReferencesByBlock(document) : new Map();
    referencesOf.set(document, map);
  }
  return map;
}

function wordsIn(text: string): number {
  const withoutReferences = text.includes("[^") ? text.replace(/\[\^[^\]\s]{1,20}\]/g, " ") : text;
  return withoutReferences.match(WORD)?.length ?? 0;
}
