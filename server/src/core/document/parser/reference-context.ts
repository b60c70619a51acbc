import type { SourceText } from "../../text/source-text.js";
/**
 * Whether a paragraph reference points into this draft or at another document, read from the
 * words around it in its block. A submission cites other documents by paragraph all the time
 * (`para. 56 of A/HRC/8/25`, `CRC/C/GBR/CO/4, paras. 28–30`, `"…" (Para 24)` after a quoted
 * concluding observation); only references into the draft can be checked against it.
 */

/** A UN document symbol: `A/HRC/8/25`, `CRC/C/GBR/CO/4`, `E/C.12/GBR/CO/5`, `A/RES/60/251`. */
const SYMBOL = /\b[A-Z]{1,8}(?:\/(?:[A-Z]{1,8}(?:\.\d{1,3})?|\d{1,4}(?:\.\d{1,3})?)){2,}\b|\b[A-Z]\/\d{1,4}\/\d{1,4}\b/;
/** Right before the reference: a symbol, a page, or "pg 2", each with at most a comma or dash between. */
const CITATION_BEFORE = /(?:\b[A-Z]{1,8}\/[\w./-]*|\b(?:pages?|pp?\.|pg\.?)\s*\d{1,4}|\b(?:report|observations|resolution|comment|recommendation|decision|declaration)(?:\s+(?:No\.\s*)?\d[\d/]*)?)[)\]]?\s*[-–—,;]?\s*$/i;
/** Right after: `of A/HRC/8/25`, `of resolution 16/21`, `of the report`, `in the concluding observations`, a symbol or a page. */
const CITATION_AFTER = /^(?:\s+(?:of|in)\s+(?!(?:the\s+)?(?:present|this|our)\b)|\s*[,;]?\s*(?:pages?|pp?\.|pg\.?)\s*\d|\s*[,;]?\s*[A-Z]{1,8}\/[A-Z0-9])/i;
/** Words that point into the draft: `see para. 12`, `paragraph 12 above`, `of this submission`. */
const INTERNAL_BEFORE = /(?:\b(?:see|cf\.|refer(?:s|red)?\s+to)\b[^.;:()]{0,20}|\b(?:above|below)\s+(?:at|in)\s+)$/i;
const INTERNAL_AFTER = /^(?:\s*[,)]?\s*(?:above|below|supra|infra)\b|\s+(?:of|in)\s+(?:the\s+)?(?:present|this|our)\b)/i;
/** A body or a document with numbered paragraphs of its own, named in the sentence before the reference. */
const OUTSIDE_SOURCE =
  /\b(?<!(?:this|our|present)\s)(?:committee|rapporteur|working\s+group|report|concluding\s+observations|resolution|general\s+(?:comment|recommendation)|decision|declaration|judge?ment|programme\s+of\s+action|platform\s+for\s+action)\b/i;
/** A parenthesised reference just after a closing quotation mark cites the source of the quotation: `…rights." (Para 24)`. */
const AFTER_QUOTATION = /["”’'»][.,;]?\s*\(\s*$/;
/** How far a sentence is followed on either side of a reference. */
const SENTENCE_REACH = 300;

/** Whether the reference at `start`–`end` of `text` (a block's text) cites another document. */
export function citesAnotherDocument(text: SourceText, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  if (CITATION_BEFORE.test(before) || CITATION_AFTER.test(after)) return true;
  if (INTERNAL_BEFORE.test(before) || INTERNAL_AFTER.test(after)) return false;
  if (AFTER_QUOTATION.test(before)) return true;
  const sentenceStart = startOfSentence(text, start);
  const sentenceEnd = endOfSentence(text, end);
  return SYMBOL.test(text.slice(sentenceStart, sentenceEnd)) || OUTSIDE_SOURCE.test(text.slice(sentenceStart, start));
}

/** Where the sentence around `offset` starts: after `.`, `!` or `?`, closing marks and footnote digits, then a space. */
function startOfSentence(text: SourceText, offset: number): number {
  const from = Math.max(0, offset - SENTENCE_REACH);
  const window = text.slice(from, offset);
  const ends = /[.!?]["”’')\]]*\d{0,3}\s+(?=["“‘(]?\p{Lu})/gu;
  let start = 0;
  for (let match = ends.exec(window); match; match = ends.exec(window)) start = match.index + match[0].length;
  return from + start;
}

function endOfSentence(text: SourceText, offset: number): number {
  const window = text.slice(offset, offset + SENTENCE_REACH);
  const end = /[.!?]["”’')\]]*\d{0,3}(?:\s+(?=["“‘(]?\p{Lu})|\s*$)/u.exec(window);
  return offset + (end ? end.index : window.length);
}
