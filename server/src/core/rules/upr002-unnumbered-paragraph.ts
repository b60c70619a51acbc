import { charAt, type SourceText } from "../text/source-text.js";
import { BlockCache } from "../analysis/block-cache.js";
import { lostNumbers, looksBrokenOff } from "../analysis/lost-numbers.js";
import { numberingScheme } from "../analysis/numbering.js";
import { firstLineSpan } from "../document/block-lines.js";
import type { Block, UprDocument } from "../document/model.js";
import { endsSentence } from "../document/parser/blocks.js";
import { MAX_PARAGRAPH_NUMBER } from "../document/parser/lines.js";
import { firstStartingFrom } from "../document/span-search.js";
import type { Fix, TextEdit } from "../text/edit.js";
import type { Rule } from "./types.js";

export const unnumberedParagraph: Rule = {
  id: "UPR002",
  name: "unnumbered-paragraph",
  description:
    "Every paragraph of the body carries a number: text that lost its number or broke off a wrapped paragraph is flagged, and a draft with no numbered paragraph at all is flagged once. Headings, quotations, footnotes, page furniture and closing blocks are not paragraphs; in decimal numbering, the text under a numbered heading, before the first paragraph numbered below it, takes the heading's number.",
  rationale:
    "OHCHR requires numbered paragraphs. Text pasted from PDF or Word often splits a paragraph in two, leaving an unnumbered tail.",
  tags: ["structure", "numbering"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, options, report }) {
    if (document.paragraphs.length === 0) reportNoNumbers(document, report);
    else if (document.mode === "pasted") reportLostNumbers(document, report);
    else {
      const numberedBy = headingNumbers(document, options.numbering);
      if (!reportMostlyUnnumbered(document, numberedBy, report)) reportUnnumbered(document, numberedBy, report);
    }
  },
};

type Report = Parameters<Rule["check"]>[0]["report"];

/** Whether the text block at an index takes its number from the heading above it. */
type NumberedByHeading = (index: number) => boolean;

/**
 * In the decimal scheme a numbered heading is a number of the run ("1.1 Introduction"), so the
 * text under it, before the first paragraph numbered below it ("1.1.1"), is numbered by it.
 * The scheme is read only when such text is there.
 */
function headingNumbers(document: UprDocument, configured: unknown): NumberedByHeading {
  let decimal: boolean | undefined;
  return (index) => {
    if (!opensNumberedSection(document.blocks, index)) return false;
    decimal ??= numberingScheme(document, configured) === "decimal";
    return decimal;
  };
}

/** Text that comes before anything numbered under a numbered heading. */
function opensNumberedSection(blocks: Block[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.kind === "heading") return block.heading!.style === "numbered" && block.marker !== undefined;
    if (block.kind !== "text" && block.kind !== "comment") return false;
  }
  return false;
}

/** Canonical text: every unnumbered block of the body. */
function reportUnnumbered(document: UprDocument, numberedBy: NumberedByHeading, report: Report): void {
  const blocks = document.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== "text" || block.role !== "body" || resumesAfterQuotation(blocks, i) || numberedBy(i)) continue;
    const previous = previousContent(blocks, i);
    const join = previous && joinFix(document, previous, block);
    const number = nextNumber(document, block);
    const numbering = number <= MAX_PARAGRAPH_NUMBER ? numberFix(block, String(number)) : undefined;
    // The preferred fix comes first: joining a tail that broke off its paragraph, else numbering.
    const ordered = join && looksBrokenOff(document.text, previous!, block) ? [join, numbering] : [numbering, join];
    const fixes = ordered.filter((fix): fix is Fix => fix !== undefined);
    const line = firstLineSpan(block) ?? block;
    report({
      start: line.start,
      end: line.end,
      message: numbering ? "This body paragraph has no number." : `This body paragraph has no number, and paragraph numbers end at ${MAX_PARAGRAPH_NUMBER}.`,
      fixes,
    });
  }
}

/** Pasted text: only a number that is plainly lost is reported. */
function reportLostNumbers(document: UprDocument, report: Report): void {
  for (const { block, number } of lostNumbers(document)) {
    const line = firstLineSpan(block) ?? block;
    report({ start: line.start, end: line.end, message: `This body paragraph has no number; paragraph ${number} is missing here.`, fixes: [numberFix(block, number)] });
  }
}

/** A draft with no numbered paragraph: one problem, whose fix numbers every body paragraph. */
function reportNoNumbers(document: UprDocument, report: Report): void {
  const candidates = document.blocks.filter((block) => block.kind === "text" && (block.role === "body" || block.role === "title") && isFullParagraph(document.text, block));
  if (candidates.length < 2) return;
  const edits: TextEdit[] = candidates.map((block, i) => ({ start: block.content.start, end: block.content.start, newText: `${i + 1}. ` }));
  const line = firstLineSpan(candidates[0]) ?? candidates[0];
  report({
    start: line.start,
    end: line.end,
    message: `No paragraph of this draft is numbered; OHCHR asks for numbered paragraphs (${candidates.length} found).`,
    fixes: [{ title: `Number the ${candidates.length} body paragraphs 1–${candidates.length}`, edits }],
  });
}

/**
 * A draft that numbers its questions or a few points but leaves most of its running text
 * unnumbered: one problem for the document, not one for each paragraph. Says whether it was so.
 */
function reportMostlyUnnumbered(document: UprDocument, numberedBy: NumberedByHeading, report: Report): boolean {
  const { blocks } = document;
  let unnumbered = 0;
  let first: Block | undefined;
  // A numbered question ("1. Will the Government …?") is an item of a list of questions, not a paragraph.
  let numbered = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === "text" && block.role === "body" && fullParagraphs.at(document, i) && !numberedBy(i)) {
      unnumbered++;
      first ??= block;
    } else if (block.kind === "paragraph" && !block.inAnnex && !questions.at(document, i)) numbered++;
  }
  if (!first || unnumbered < 2 || unnumbered <= numbered) return false;
  const line = firstLineSpan(first) ?? first;
  report({
    start: line.start,
    end: line.end,
    message: `Most paragraphs of this draft are unnumbered (${unnumbered} of ${unnumbered + numbered}); OHCHR asks for numbered paragraphs.`,
  });
  return true;
}

/** Whether a block's text reads as a question, and whether as a full paragraph: kept per block across edits elsewhere. */
const questions = new BlockCache((document, block) => isQuestion(document.text.slice(block.content.start, block.content.end)));
const fullParagraphs = new BlockCache((document, block) => isFullParagraph(document.text, block));

function isQuestion(content: string): boolean {
  return /\?["”’)]*(?:\[\^[^\]\s]{1,20}\])*\s*$/.test(content);
}

/** Fewer words than this make a caption, a date or a signature, not a paragraph. */
const MIN_PARAGRAPH_WORDS = 12;

/** A paragraph of running text: a sentence's worth of words, ending a sentence. */
function isFullParagraph(text: SourceText, block: Block): boolean {
  const content = text.slice(block.content.start, block.content.end);
  return endsSentence(content) && content.split(/\s+/, MIN_PARAGRAPH_WORDS + 1).length > MIN_PARAGRAPH_WORDS;
}

/** Text just after a block quotation that a numbered paragraph introduced ("… reported that:"): the paragraph goes on. */
function resumesAfterQuotation(blocks: Block[], index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (blocks[i].kind === "comment" || (blocks[i].kind === "text" && blocks[i].role === "quotation"))) i--;
  return i >= 0 && i < index - 1 && blocks[i].kind === "paragraph" && blocks.slice(i + 1, index).some((block) => block.kind === "text");
}

function previousContent(blocks: Block[], index: number): Block | undefined {
  for (let i = index - 1; i >= 0; i--) if (blocks[i].kind !== "comment") return blocks[i];
  return undefined;
}

function joinFix(document: UprDocument, previous: Block, block: Block): Fix | undefined {
  if (previous.kind !== "paragraph" && previous.kind !== "item" && previous.kind !== "bullet" && previous.kind !== "text") {
    return undefined;
  }
  const text = document.text;
  const hyphenated = charAt(text, previous.end - 1) === "-" && /[a-z]/.test(charAt(text, block.start) ?? "");
  return {
    title: "Join with the paragraph above",
    edits: [{ start: previous.end, end: block.start, newText: hyphenated ? "" : " " }],
  };
}

/** The number after the paragraph before the block. */
function nextNumber(document: UprDocument, block: Block): number {
  const before = firstStartingFrom(document.paragraphs, block.start);
  return before === 0 ? 1 : document.paragraphs[before - 1].marker!.value + 1;
}

function numberFix(block: Block, number: string): Fix {
  return { title: `Number it as paragraph ${number}`, edits: [{ start: block.start, end: block.start, newText: `${number}. ` }] };
}
