import { blockLines } from "../document/block-lines.js";
import type { Block } from "../document/model.js";
import { blocksAround, isSpaceOrNone, ProseBlockFindings } from "../analysis/punctuation.js";
import type { Span } from "../text/text.js";
import type { SourceText } from "../text/source-text.js";
import type { Rule } from "./types.js";

const CLOSING: Record<string, string> = { "(": ")", "[": "]" };
const OPENING_BRACKET = /[([]/g;

/**
 * A sentence that ends and another that begins: a full stop, question or exclamation mark after
 * a word of two letters or more, closing quotes, a footnote marker, white space, and a capital
 * or an opening quote.
 */
const SENTENCE_BREAK = /(\p{L}{2,})[.!?]["”’‟]*(?:\d{1,3}|[ivx]{1,5}|\[\^\w+\])?\s+["“‘„]?\p{Lu}/gu;

/** Words a full stop follows inside a sentence: "(see para. 12", "(Smith et al. 2019", "(e.g. The". */
const ABBREVIATIONS = new Set(
  "al approx art arts cf ch co corp dept dr ed eds est etc fig figs gen govt hon ibid inc jr ltd mr mrs ms no nos op para paras pp prof rev sect sr st viz vol vols vs".split(" "),
);

/** How far a URL or a smiley around a bracket is looked for. */
const LONGEST_WORD = 200;

export const unclosedBracket: Rule = {
  id: "UPR501",
  name: "unclosed-bracket",
  description:
    "An opening bracket, `(` or `[`, that is never closed: the paragraph runs on past the end of the sentence it opens in, as in `without time limit (may be argued to be mental torture. We have …`.",
  rationale:
    "A bracket left open leaves the reader unsure where the aside ends and what the sentence says. Only clear cases are reported: the paragraph holds no closing bracket for it, and a new sentence begins after it. List markers (`a)`, `1)`, `ii)`), brackets in URLs and smileys, headings, footnote texts, tables and page furniture are left alone.",
  tags: ["punctuation"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    const { text } = document;
    for (const { block, found } of unclosedInBlock.in(document)) {
      const [next] = blocksAround(document, block, 1, 1);
      if (next && closesFirst(text, next)) continue;
      for (const offset of found) {
        const open = block.start + offset;
        report({
          start: open,
          end: open + 1,
          message: `‘${text.charAt(open)}’ is never closed: the paragraph runs on past the end of the sentence it opens in without a ‘${CLOSING[text.charAt(open)]}’.`,
        });
      }
    }
  },
};

/**
 * The block's opening brackets, from its start, that no closing bracket in it matches and that
 * run past a sentence's end; the rule still asks whether the next block closes them.
 */
const unclosedInBlock = new ProseBlockFindings(OPENING_BRACKET, (text, block) => {
  const found = unclosedBrackets(text, block);
  return found.length > 0 ? found.map((at) => at - block.start) : undefined;
});

function unclosedBrackets(text: SourceText, block: Block): number[] {
  const lines = blockLines(block);
  const round: number[] = [];
  const square: number[] = [];
  for (const line of lines) {
    const chars = text.slice(line.start, line.end);
    for (let at = 0; at < chars.length; at++) {
      const char = chars[at];
      if (char === "(") round.push(line.start + at);
      else if (char === "[") square.push(line.start + at);
      else if (char === ")") round.pop();
      else if (char === "]") square.pop();
    }
  }
  const open = round.concat(square).sort((a, b) => a - b);
  if (open.length === 0) return [];
  const lastBreak = lastSentenceBreak(text, lines, open[0]);
  return open.filter((at) => at < lastBreak && isAside(text, at));
}

/**
 * Whether the bracket opens an aside in running text: not a list marker at a line's start
 * (`(a` `(iv` `(12`), not part of a URL or a path, not a smiley (`:(`, `;-(`).
 */
function isAside(text: SourceText, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < LONGEST_WORD && !isSpaceOrNone(text.charCodeAt(start - 1))) start--;
  let end = at + 1;
  while (end < text.length && end - at < LONGEST_WORD && !isSpaceOrNone(text.charCodeAt(end))) end++;
  const word = text.slice(start, end);
  if (/[:;=]-?[([]/.test(word) || /[([][:;]/.test(word)) return false;
  if (/\/|\\|www\.|@/.test(word)) return false;
  if (text.lastIndexOf("\n", at) + 1 === start && /^[([](?:[a-z]{1,2}|[ivxlc]+|\d{1,3})$/i.test(word)) return false;
  return isSpaceOrNone(text.charCodeAt(at - 1)) || /[\p{L}\p{N}"'“‘„]/u.test(text.charAt(at - 1));
}

/** Where, after `from`, the block's last sentence break lies (the word before its full stop), or -1. */
function lastSentenceBreak(text: SourceText, lines: Span[], from: number): number {
  const parts = lines.filter((line) => line.end > from).map((line) => ({ start: Math.max(line.start, from), end: line.end }));
  const joined = parts.map((part) => text.slice(part.start, part.end)).join(" ");
  let last = -1;
  for (const match of joined.matchAll(SENTENCE_BREAK)) if (!ABBREVIATIONS.has(match[1].toLowerCase())) last = match.index;
  for (const part of parts) {
    if (last < 0 || last < part.end - part.start) return last < 0 ? -1 : part.start + last;
    last -= part.end - part.start + 1;
  }
  return -1;
}

/** Whether the block closes a bracket before it opens one: an aside that runs on from the block before. */
function closesFirst(text: SourceText, block: Block): boolean {
  for (const line of blockLines(block)) {
    const match = /[()[\]]/.exec(text.slice(line.start, line.end));
    if (match) return match[0] === ")" || match[0] === "]";
  }
  return false;
}
