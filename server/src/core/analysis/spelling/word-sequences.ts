import type { SourceText } from "../../text/source-text.js";
import sequences from "../../data/word-sequences.json";
import { BlockFindings } from "../block-findings.js";
import type { Block, UprDocument } from "../../document/model.js";
import { overlapsAny, sortedSpans } from "../../document/span-search.js";
import type { Span } from "../../text/text.js";
import { GAP_TIGHT, IN_BLOCKQUOTE, IN_FOOTNOTE, SKIPPED_BEFORE, blockWordTokens, wordKey, type WordTokens } from "../terminology/words.js";

/** Two words in a row that English does not write: the same word twice, or "of" and a preposition with a word lost between. */
export interface WordSequence extends Span {
  kind: "repeated" | "missing";
  /** The first word, as written. */
  first: string;
  /** The second word, as written. */
  second: string;
  /** Where the first word ends: the repeated word is deleted from there. */
  firstEnd: number;
}

const REPEATED = new Set(sequences.repeated.words);
const AFTER_OF = new Set(sequences.afterOf.prepositions);
const COMPLEX = new Set(sequences.complexPrepositions.words);
const FIXED = new Set(sequences.fixedAfterPreposition.words);
/** The keys of the words that may start a finding: any other word is passed over unread. */
const KEYS = new Set([...REPEATED, ...AFTER_OF].map(wordKey));
const OF = wordKey("of");

const finder = new BlockFindings<WordSequence>(scan, (item, delta) => ({ ...item, start: item.start + delta, end: item.end + delta, firstEnd: item.firstEnd + delta }));

/** The repeated words and words missing after "of" in a document, kept per block across edits elsewhere. */
export function findWordSequences(document: UprDocument): WordSequence[] {
  return finder.get(document);
}

/** Someone else's words, a footnote's citation, or text that a page break or a marker interrupts. */
const NOT_OURS = IN_BLOCKQUOTE | IN_FOOTNOTE;

function scan(document: UprDocument, blocks: readonly Block[]): WordSequence[] {
  const from = blocks[0]?.start ?? 0;
  const to = blocks[blocks.length - 1]?.end ?? 0;
  const quotes = sortedSpans(document.quotes.filter((quote) => quote.end > from && quote.start < to));
  const tokens = blockWordTokens(document, blocks);
  const { keys, flags, starts, ends, text } = { ...tokens, text: document.text };
  const found: WordSequence[] = [];
  for (let i = 1; i < tokens.count; i++) {
    // A word repeated has the key of the word before it.
    if ((keys[i - 1] !== keys[i] && keys[i - 1] !== OF) || !KEYS.has(keys[i]) || tokens.gap(i) !== GAP_TIGHT || flags[i] & (SKIPPED_BEFORE | NOT_OURS) || flags[i - 1] & NOT_OURS) continue;
    const second = tokens.original(i);
    if (second !== second.toLowerCase()) continue;
    const first = tokens.original(i - 1);
    const lower = first.toLowerCase();
    let kind: WordSequence["kind"] | undefined;
    if (lower === second && REPEATED.has(second) && !hyphenBetween(text, ends[i - 1], starts[i])) kind = "repeated";
    else if (lower === "of" && AFTER_OF.has(second) && lostAfterOf(tokens, i)) kind = "missing";
    if (!kind) continue;
    const span = { start: starts[i - 1], end: ends[i] };
    if (overlapsAny(quotes, span)) continue;
    found.push({ ...span, kind, first, second, firstEnd: ends[i - 1] });
  }
  return found;
}

/** "of" then a preposition, where no complex preposition ("instead of") or fixed phrase ("in particular", "in-depth") explains it. */
function lostAfterOf(tokens: WordTokens, i: number): boolean {
  if (i >= 2 && tokens.gap(i - 1) === GAP_TIGHT && COMPLEX.has(tokens.norm(i - 2))) return false;
  const text = tokens.text;
  const after = text.charCodeAt(tokens.ends[i]);
  if (after === 0x2d || after === 0x2010 || after === 0x2011) return false;
  if (i + 1 < tokens.count && tokens.gap(i + 1) === GAP_TIGHT && FIXED.has(tokens.norm(i + 1))) return false;
  return true;
}

/** "in-in" or "by-by" is a word of its own, not a slip. */
function hyphenBetween(text: SourceText, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x2d || code === 0x2010 || code === 0x2011) return true;
  }
  return false;
}
