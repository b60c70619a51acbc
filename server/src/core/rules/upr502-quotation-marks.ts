import { blockLines } from "../document/block-lines.js";
import type { Block, UprDocument } from "../document/model.js";
import { BlockCache } from "../analysis/block-cache.js";
import { blocksAround, isLetter, isSpaceOrNone, ProseBlockFindings } from "../analysis/punctuation.js";
import type { SourceText } from "../text/source-text.js";
import type { Rule } from "./types.js";

/**
 * Quotation marks, curly and straight, and the stand-ins PDF extraction writes for them: „ for ‘
 * and ‟ for ’ (or for “ and ”), ‚ for ‘.
 */
const QUOTE_MARK = /["'\u00ab\u00bb\u2018\u2019\u201a\u201c\u201d\u201e\u201f]/g;

/** Marks that only ever open a quotation. */
const OPENING = new Set(["“", "‘", "„", "‚", "«"]);

/** What closes a quotation opened by each opening mark: its own closing mark, and the stand-ins extraction mixes in. */
const CLOSES: Record<string, string> = { "“": "”\"", "‘": "’'", "„": "‟’“”'\"", "‚": "‘’'", "«": "»" };

/** Closing marks that may end a quotation whose opening mark is missing. */
const CLOSING_DOUBLE = new Set(["”", "»"]);
const CLOSING_SINGLE = new Set(["’", "‟"]);

/** Blocks looked back over for a quotation still open, when a closing mark has no opening one in its own block. */
const LOOK_BACK = 20;

interface Mark {
  at: number;
  char: string;
}

export const quotationMarks: Rule = {
  id: "UPR502",
  name: "quotation-marks",
  description:
    "Quotation marks that do not pair up within a paragraph: two opening marks of one kind and a single closing one (`only when „deportation is „imminent‟: in many cases`), or a closing mark with no opening mark before it (`… comply with the legislation...’`).",
  rationale:
    "A quotation whose start or end is lost leaves the reader unsure which words are quoted and which are the submission's own. Only clear cases are reported: apostrophes (children’s, States’, O’Brien, ’90s) are not quotation marks, a quotation may nest ‘…’ in “…”, may run over several paragraphs and reopen at each, or be broken by a page break or a footnote, and the stand-ins PDF extraction writes („ ‟ ‚) and straight quotes pair with curly ones. Headings, footnote texts, tables and page furniture are left alone.",
  tags: ["punctuation"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    for (const { block, found } of unpairedInBlock.in(document)) {
      const { doubled, stray } = found;
      if (doubled && !reopensNext(document, block, doubled.open.char)) {
        report({
          start: block.start + doubled.open.at,
          end: block.start + doubled.close.at + 1,
          message: `Two opening quotation marks (${doubled.open.char} … ${doubled.open.char}) and one closing mark (${doubled.close.char}): one of the quotations is never closed, or one mark is misplaced.`,
        });
      }
      if (stray && !openBefore(document, block)) {
        report({
          start: block.start + stray.at,
          end: block.start + stray.at + 1,
          message: `A closing quotation mark (${stray.char}) with no opening mark before it in the paragraph: where the quotation begins is lost.`,
        });
      }
    }
  },
};

/**
 * The marks in a block that do not pair up, at offsets from the block's start: a doubled opening
 * mark not at the block's start, and a closing mark with none before it. Whether the quotation
 * runs on from the block before or into the next is judged by the rule.
 */
const unpairedInBlock = new ProseBlockFindings(QUOTE_MARK, (text, block) => {
  const marks = quoteMarks(text, block);
  const doubled = doubledOpening(text, marks);
  const opened = doubled && !opensBlock(text, block, doubled.open.at) ? doubled : undefined;
  const stray = unopenedClosing(text, marks);
  if (!opened && !stray) return undefined;
  const fromStart = (mark: Mark): Mark => ({ at: mark.at - block.start, char: mark.char });
  return {
    doubled: opened && { open: fromStart(opened.open), close: fromStart(opened.close) },
    stray: stray && fromStart(stray),
  };
});

/** The block's quotation marks, outside page furniture and footnote texts at page bottoms. */
function quoteMarks(text: SourceText, block: Block): Mark[] {
  const marks: Mark[] = [];
  for (const line of blockLines(block)) {
    for (const match of text.slice(line.start, line.end).matchAll(QUOTE_MARK)) marks.push({ at: line.start + match.index, char: match[0] });
  }
  return marks;
}

/** Whether a mark stands where a quotation opens: after white space, a bracket or a dash, and before a letter or another mark. */
function opensHere(text: SourceText, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  return (isSpaceOrNone(before) || /[([{\u2013\u2014/-]/.test(text.charAt(at - 1))) && !isSpaceOrNone(after) && !isDigit(after);
}

/** Whether a mark stands between two letters, as an apostrophe does (children’s, O’Brien, Agency‟s). */
function isApostrophe(text: SourceText, at: number): boolean {
  return isLetter(text.charCodeAt(at - 1)) && isLetter(text.charCodeAt(at + 1));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Two opening marks of one kind in a row, each where a quotation opens and the second not at a
 * line's start (where a quotation that runs on reopens), with no sentence ending between them;
 * the mark after them closes the second quotation, and no mark after that closes the first. The
 * second must be the last of its kind: so each kind has one pair to look at.
 */
function doubledOpening(text: SourceText, marks: Mark[]): { open: Mark; close: Mark } | undefined {
  for (const char of OPENING) {
    let k = marks.length - 1;
    while (k >= 0 && marks[k].char !== char) k--;
    if (k < 1 || marks[k - 1].char !== char) continue;
    const [first, second] = [marks[k - 1], marks[k]];
    if (!opensHere(text, first.at) || !opensHere(text, second.at) || atLineStart(text, second.at)) continue;
    if (/[.!?]\s/.test(text.slice(first.at, second.at))) continue;
    const [close, ...after] = marks.slice(k + 1).filter((mark) => !isApostrophe(text, mark.at));
    if (close && CLOSES[char].includes(close.char) && !closesUnopened(text, after)) return { open: first, close };
  }
  return undefined;
}

/** Whether a mark closes a quotation the marks before it did not open. */
function closesUnopened(text: SourceText, marks: Mark[]): boolean {
  let open = 0;
  for (const mark of marks) {
    if (OPENING.has(mark.char) || opensHere(text, mark.at)) open++;
    else if (open > 0) open--;
    else return true;
  }
  return false;
}

function atLineStart(text: SourceText, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  return text.slice(lineStart, at).trim() === "";
}

/**
 * The first closing mark with no mark before it in the block that could open a quotation: a
 * closing double mark after a letter or a sign, or a closing single mark after a sign (after a
 * letter it may be an apostrophe: States’), before anything but a letter.
 */
function unopenedClosing(text: SourceText, marks: Mark[]): Mark | undefined {
  for (const mark of marks) {
    if (OPENING.has(mark.char) || opensHere(text, mark.at)) return undefined;
    const before = text.charAt(mark.at - 1);
    if (isLetter(text.charCodeAt(mark.at + 1)) || isSpaceOrNone(before.charCodeAt(0))) continue;
    if (CLOSING_DOUBLE.has(mark.char) && !isDigit(before.charCodeAt(0))) return mark;
    if (CLOSING_SINGLE.has(mark.char) && /[,;:!?…]/.test(before)) return mark;
    // After a full stop, a word's end, not an abbreviation's (the U.S.’ position).
    if (CLOSING_SINGLE.has(mark.char) && before === "." && /\p{L}{2,}\.+$/u.test(text.slice(Math.max(0, mark.at - 40), mark.at))) return mark;
  }
  return undefined;
}

/** Whether the block opens with the quotation mark at `at`: a quotation that may run on into the next paragraph. */
function opensBlock(text: SourceText, block: Block, at: number): boolean {
  return text.slice(block.content.start, at).trim() === "";
}

/** Whether the next prose block reopens the quotation, as a quotation over several paragraphs does. */
function reopensNext(document: UprDocument, block: Block, char: string): boolean {
  const [next] = blocksAround(document, block, 1, 1);
  if (!next) return false;
  const start = document.text.slice(next.content.start, next.content.end).trimStart();
  return start.startsWith(char);
}

/**
 * Whether a block before, up to LOOK_BACK of them, leaves a quotation open, which the closing mark
 * may end: a quotation over several paragraphs, broken by page furniture or a heading the layout
 * made of one of its lines.
 */
function openBefore(document: UprDocument, block: Block): boolean {
  return blocksAround(document, block, -1, LOOK_BACK).some((before) => leavesQuotationOpen.get(document, before));
}

const leavesQuotationOpen = new BlockCache((document, block) => leavesOpen(document.text, quoteMarks(document.text, block)));

/** Whether more quotations open in the marks than close: each opening mark, or mark where one opens, against each other mark that is not an apostrophe. */
function leavesOpen(text: SourceText, marks: Mark[]): boolean {
  let open = 0;
  for (const mark of marks) {
    if (isApostrophe(text, mark.at)) continue;
    if (OPENING.has(mark.char) || opensHere(text, mark.at)) open++;
    else if (open > 0) open--;
  }
  return open > 0;
}
