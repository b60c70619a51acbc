import { charAt, type SourceText } from "../../text/source-text.js";
import { firstLineSpan, lastLineSpan, lineCount } from "../block-lines.js";
import type { Block, Marker, RecommendationList, Section } from "../model.js";
import { isRomanInContext, parenMarker, romanValue } from "../../text/numerals.js";
import { endsSentence } from "./blocks.js";
import { RECOMMENDATION_LABEL } from "./lines.js";
import { HEADING_SHAPE, LEAD_IN, PLAIN_HEADING, QUOTATION, recalled, remember, type BlockFacts } from "./block-facts.js";

const ANNEX = /^\s*(?:#+\s*)?annex(?:es)?\b/i;
const MAX_HEADING_WORDS = 12;

/**
 * Settles what each block is from its neighbours: sub-headings, plain headings, the annex, text
 * roles. Returns the markers of the numbered blocks it found to be text, by block index: a block
 * copied into the next version of the document is settled again from its built form.
 */
export function resolveBlocks(text: SourceText, blocks: Block[], facts: BlockFacts): Map<number, Marker> {
  const unnumbered = new Map<number, Marker>();
  const hasSectionHeadings = blocks.some((block) => block.kind === "heading" && block.heading?.level === 1);
  let inAnnex = false;
  let bodyStarted = false;
  const numbers: NumberContext = { last: 0, lastHeading: 0, lastDecimal: false, labelled: false };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = nextContentBlock(blocks, i);
    if (block.kind === "paragraph" && isListUnderLabels(text, blocks, i, numbers)) block.kind = "bullet";
    if (block.kind === "paragraph" && !settleNumberedBlock(text, blocks, i, numbers, facts)) {
      unnumbered.set(i, block.marker!);
      block.kind = "text";
      block.marker = undefined;
    }
    if (block.kind === "item" && isRomanItem(text, blocks, i, next)) {
      unnumbered.set(i, block.marker!);
      block.kind = "text";
      block.marker = undefined;
    }
    if (block.kind === "paragraph") {
      numbers.labelled = isLabelled(text, block);
      numbers.lastDecimal = block.marker!.path !== undefined;
      if (!numbers.lastDecimal) numbers.last = block.marker!.value;
    } else if (block.kind === "heading" && block.heading?.style === "numbered" && !block.marker?.path) numbers.lastHeading = block.marker!.value;
    if (block.kind === "item" && looksLikeLetterHeading(text, block, blocks[i - 1], next)) {
      block.kind = "heading";
      block.heading = { level: 2, style: "lower-letter", hashes: 0, annex: false };
    }
    const onlyLine = block.kind === "text" && lineCount(block) === 1 ? firstLineSpan(block)! : undefined;
    if (onlyLine && isAnnexTitle(text, onlyLine.start, onlyLine.end)) {
      block.kind = "heading";
      block.heading = { level: 1, style: "plain", hashes: 0, annex: true };
    }
    if (block.kind === "heading" && block.heading && isAnnexTitle(text, block.content.start, block.content.end)) {
      block.heading.annex = true;
    }
    if (block.kind === "heading" && block.heading?.annex) inAnnex = true;
    if (
      block.kind === "text" &&
      bodyStarted &&
      !inAnnex &&
      (next?.kind === "paragraph" || (next !== undefined && opensWithLabel(text, next))) &&
      looksLikePlainHeading(text, blocks, i, facts)
    ) {
      block.kind = "heading";
      block.heading = { level: hasSectionHeadings ? 2 : 1, style: "plain", hashes: 0, annex: false };
    }
    block.inAnnex = inAnnex;
    // A plain `# Title` above the first section is part of the title block, not the body.
    if (block.kind === "paragraph" || block.kind === "item" || (block.kind === "heading" && block.marker)) bodyStarted = true;
    if (block.kind === "text") {
      block.role = inAnnex ? "annex" : !bodyStarted ? "title" : isQuotation(text, blocks, i, facts) ? "quotation" : leadsIntoBullets(text, block, next) ? "lead-in" : "body";
    }
  }
  markClosing(text, blocks);
  return unnumbered;
}

/**
 * A numbered line that is not a numbered paragraph: a numbered heading ("2. BACKGROUND",
 * "3.1 Legal framework"), the end of a wrapped line ("6. 3": no words), or a recommendation of an
 * earlier report quoted with its number and the recommending State ("23. To … (Egypt)") whose
 * number does not follow the draft's own. Returns false for a block that is text, not numbered.
 */
function settleNumberedBlock(text: SourceText, blocks: Block[], index: number, numbers: NumberContext, facts: BlockFacts): boolean {
  const block = blocks[index];
  const marker = block.marker!;
  const { start, end } = block.content;
  // Read where the answer shows, not the whole paragraph: this runs on every paragraph at every keystroke.
  const firstLetter = firstLetterAt(text, start, end);
  // A decimal number alone on its line belongs to decimal numbering ("4.4.2" that lost its text), else it is a figure.
  if (start + 8 >= end && text.slice(start, end).trim() === "" && (!marker.path || numbers.lastDecimal)) return true;
  if (firstLetter < 0) return false;
  const shaped = headingShaped(text, blocks, index, facts) || (!marker.path && firstLineNumbersHeading(text, block, numbers));
  if (shaped) {
    const content = text.slice(start, end);
    if (marker.path ? !hasMoreWords(content, 12) || isTitleCase(content) : isNumberedHeading(text, blocks, index, numbers, facts)) {
      block.kind = "heading";
      block.heading = { level: marker.path && marker.path.length > 1 ? 2 : 1, style: "numbered", hashes: 0, annex: false };
      return true;
    }
  }
  return marker.path !== undefined || marker.value === numbers.last + 1 || marker.value === 1 || !QUOTED_RECOMMENDATION.test(tail(text, block));
}

/** Where the first letter after `start` is, before `end`; -1 when there is none. */
function firstLetterAt(text: SourceText, start: number, end: number): number {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return at;
    if (code > 0x7f && /\p{L}/u.test(text.charAt(at))) return at;
  }
  return -1;
}

/** How much of a block's end a quoted recommendation's closing "(State)" can take. */
const TAIL_LENGTH = 160;

/** The end of a block's content, trimmed, for expressions anchored at the end. */
function tail(text: SourceText, block: Block): string {
  return text.slice(Math.max(block.content.start, block.content.end - TAIL_LENGTH), block.content.end).trimEnd();
}

/** A recommendation quoted from an earlier report ends with the recommending State in parentheses: "… (Egypt);". */
const QUOTED_RECOMMENDATION = /\((?:\p{Lu}[\p{L}'’.-]*|of|the|and|de|du)(?:[ \t\n]+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|de|du)){0,7}\)[.;,]?[”"’]?\d{0,3}$/u;
/** Whether text ends as a quoted earlier recommendation does, with the recommending State in parentheses: "… (Egypt);". */
export function endsWithRecommendingState(text: string): boolean {
  return QUOTED_RECOMMENDATION.test(text.trimEnd());
}

const OPENING_QUOTES = "“\"‘„«>";

/** Text quoted from elsewhere: opening with a quotation mark (or `>`), a numbered earlier recommendation, or one ending with the recommending State. */
function isQuotation(text: SourceText, blocks: Block[], index: number, facts: BlockFacts): boolean {
  return recalled(facts, index, QUOTATION) ?? remember(facts, index, QUOTATION, quoted(text, blocks[index]));
}

function quoted(text: SourceText, block: Block): boolean {
  if (OPENING_QUOTES.includes(charAt(text, block.content.start) ?? "")) return true;
  // An earlier recommendation quoted by its number: "UPR Recommendation 10: …", "Recommendation 2: …".
  return opensWithLabel(text, block) || QUOTED_RECOMMENDATION.test(tail(text, block));
}

/** A block that opens with a recommendation's label: "Recommendation 3.1: …". */
function opensWithLabel(text: SourceText, block: Block): boolean {
  const { start, end } = block.content;
  return block.kind === "text" && RECOMMENDATION_LABEL.test(text.slice(start, Math.min(end, start + 40)));
}

interface NumberContext {
  /** The number of the last numbered paragraph (not decimal) so far. */
  last: number;
  /** The number of the last numbered heading (not decimal) so far. */
  lastHeading: number;
  /** Whether the last numbered paragraph had a decimal number. */
  lastDecimal: boolean;
  /** Whether the last numbered paragraph's number had a word or sign before it: "§ 8", "Para 8.", "[8]". */
  labelled: boolean;
}

/** A paragraph number with a word or sign before it: "§ 8", "Para 8.", "[8]". */
function isLabelled(text: SourceText, block: Block): boolean {
  return /\S/.test(text.slice(block.start, block.marker!.start));
}

function endsInColon(text: SourceText, block: Block): boolean {
  return text.slice(block.content.start, block.content.end).trimEnd().endsWith(":");
}

/**
 * A list numbered "1.", "2." under a lead-in, in a draft whose paragraph numbers carry a word or
 * sign ("§ 8 … recommends that Germany:" above "1. Give …"): its items, read as bullets, not
 * paragraphs. Each item after the first continues the list with a higher number.
 */
function isListUnderLabels(text: SourceText, blocks: Block[], index: number, numbers: NumberContext): boolean {
  const block = blocks[index];
  const marker = block.marker!;
  if (!numbers.labelled || marker.path || isLabelled(text, block)) return false;
  let before = index - 1;
  while (before >= 0 && blocks[before].kind === "comment") before--;
  const previous = blocks[before];
  if (!previous) return false;
  if (previous.kind === "bullet" && previous.marker) return !previous.marker.path && marker.value > previous.marker.value;
  return marker.value === 1 && (previous.kind === "paragraph" || previous.kind === "text") && endsInColon(text, previous);
}

/** Unnumbered text that ends in a colon above a bullet list: the list's lead-in, as for a lettered list. */
function leadsIntoBullets(text: SourceText, block: Block, next: Block | undefined): boolean {
  return next?.kind === "bullet" && endsInColon(text, block);
}

/** How far ahead the next numbered paragraph is looked for. */
const NUMBERING_LOOKAHEAD = 40;

/** Short, with no full stop, starting with a capital, and not continued by a lower-case line. */
function headingShaped(text: SourceText, blocks: Block[], index: number, facts: BlockFacts): boolean {
  if (!(recalled(facts, index, HEADING_SHAPE) ?? remember(facts, index, HEADING_SHAPE, shapedLikeHeading(text, blocks[index])))) return false;
  const next = nextContentBlock(blocks, index);
  const nextFirst = next ? charAt(text, next.content.start) ?? "" : "";
  return nextFirst === nextFirst.toUpperCase();
}

/** What `headingShaped` reads of the block itself. */
function shapedLikeHeading(text: SourceText, block: Block): boolean {
  // Nearly every paragraph ends a sentence on its last line: known without reading the rest.
  const last = lastLineSpan(block)!;
  if (endsSentence(text.slice(Math.max(last.start, block.content.start), last.end)) || hasMoreWords(text.slice(block.content.start, Math.min(block.content.end, block.content.start + 400)), 18)) return false;
  const trimmed = text.slice(block.content.start, block.content.end).trim();
  if (endsSentence(trimmed) || /[,;]$/.test(trimmed) || hasMoreWords(trimmed, 18)) return false;
  const first = firstLineSpan(block)!;
  if (first.end < block.end && endsSentence(text.slice(block.content.start, first.end))) return false;
  return /^[\p{Lu}\d“"‘(]/u.test(trimmed);
}

/**
 * A heading that runs into the paragraph below it, in text without blank lines: its number is the
 * next heading's and not the next paragraph's, and its first line ends no sentence.
 */
function firstLineNumbersHeading(text: SourceText, block: Block, numbers: NumberContext): boolean {
  const value = block.marker!.value;
  if (value !== numbers.lastHeading + 1 || value === numbers.last + 1) return false;
  const first = firstLineSpan(block)!;
  const line = text.slice(block.content.start, first.end).trim();
  return !endsSentence(line) && /^\p{Lu}/u.test(line);
}

/**
 * Where numbered headings and numbered paragraphs share the `N.` form ("1. Introduction" above
 * "1. This report …"), each keeps its own count: a heading-shaped line takes the number the
 * headings expect rather than the one the paragraphs expect; when both expect it, a line in
 * heading case, or one the next paragraph does not follow, is the heading.
 */
function isNumberedHeading(text: SourceText, blocks: Block[], index: number, numbers: NumberContext, facts: BlockFacts): boolean {
  const value = blocks[index].marker!.value;
  // Numbering that starts again under a heading: "Proposed Questions" above "1. Will the …".
  const restarts = value === 1 && blocks[index - 1]?.kind === "heading";
  const paragraphExpects = value === numbers.last + 1 || restarts;
  const headingExpects = value === numbers.lastHeading + 1;
  if (!paragraphExpects) return true;
  if (!headingExpects) return false;
  const content = text.slice(blocks[index].content.start, blocks[index].content.end);
  const next = nextParagraphNumber(text, blocks, index, facts);
  return isHeadingCase(content) || (next !== undefined && next !== value + 1);
}

/** The number of the next numbered paragraph not shaped like a heading, within a few blocks. */
function nextParagraphNumber(text: SourceText, blocks: Block[], index: number, facts: BlockFacts): number | undefined {
  for (let i = index + 1; i < Math.min(blocks.length, index + NUMBERING_LOOKAHEAD); i++) {
    const marker = blocks[i].kind === "paragraph" ? blocks[i].marker : undefined;
    if (marker && !marker.path && !headingShaped(text, blocks, i, facts)) return marker.value;
  }
  return undefined;
}

/** In capitals, or a short line in title case: "BACKGROUND", "Executive Summary". */
function isHeadingCase(content: string): boolean {
  const trimmed = content.trim();
  return trimmed === trimmed.toUpperCase() || (!hasMoreWords(trimmed, 8) && isTitleCase(trimmed));
}

/** Most longer words capitalised, or the whole line in capitals: "Executive Summary", "BACKGROUND". */
function isTitleCase(content: string): boolean {
  const words = content.split(/\s+/).filter((word) => /^[“"‘(]?\p{L}{4,}/u.test(word));
  if (words.length === 0) return true;
  const capitalised = words.filter((word) => /^[“"‘(]?\p{Lu}/u.test(word)).length;
  return capitalised * 10 >= words.length * 7;
}

/**
 * After the last numbered paragraph, a run of short blocks that closes the text: a date, a
 * signature, a contact block, a list of member organisations. Read backwards from the end.
 */
function markClosing(text: SourceText, blocks: Block[]): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.inAnnex) return;
    if (block.kind === "comment" || block.kind === "footnote") continue;
    if (block.kind !== "text" || block.role !== "body" || !isClosingLine(text, block)) return;
    block.role = "closing";
  }
}

const CONTACT = /@|\[(?:email|phone) redacted\]|\b(?:tel|phone|fax|e-?mail|www)\b|https?:\/\//i;

/** A short line that names whom to contact: "For further information contact: Jo Example." */
const CONTACT_LINE = /\bcontact\b/i;

function isClosingLine(text: SourceText, block: Block): boolean {
  const content = text.slice(block.content.start, block.content.end);
  if (CONTACT.test(content)) return true;
  return !hasMoreWords(content, 14) && (CONTACT_LINE.test(content) || (!endsSentence(content) && !/[,;]$/.test(content.trim())));
}

/** "(i)" or "(v)" that reads as a letter, among Roman numerals: "(ii)" below it, or "(iv)" above it. */
function isRomanItem(text: SourceText, blocks: Block[], index: number, next: Block | undefined): boolean {
  const block = blocks[index];
  if (text.charCodeAt(block.start) !== 40 /* ( */) return false;
  const own = openingMarker(text, block)!;
  return isRomanInContext(own, openingMarker(text, previousContentBlock(blocks, index)), openingMarker(text, next));
}

/** The parenthesised marker a block opens with, "(iv)", whatever the block was read as. */
function openingMarker(text: SourceText, block: Block | undefined): string | undefined {
  return block && parenMarker(text.slice(block.start, Math.min(block.end, block.start + 8)));
}

/** A block of Roman-numbered text inside a lettered list, "(ii) …" under "(a) … the following:". */
function isRomanSubItem(text: SourceText, block: Block): boolean {
  const marker = block.kind === "text" ? openingMarker(text, block) : undefined;
  return marker !== undefined && romanValue(marker.toUpperCase()) > 0;
}

/** Groups lettered items into lists, each with the blocks that lead into it. */
export function collectLists(text: SourceText, blocks: Block[], facts: BlockFacts): RecommendationList[] {
  const lists: RecommendationList[] = [];
  let current: RecommendationList | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === "comment") continue;
    if (block.kind === "item") {
      if (!current) {
        current = { start: block.start, end: block.end, leadIn: leadInBefore(text, blocks, i, facts), items: [] };
        lists.push(current);
      }
      current.items.push(block);
      current.end = block.end;
    } else if (current && (block.kind === "bullet" || isRomanSubItem(text, block))) {
      current.end = block.end;
    } else {
      current = undefined;
    }
  }
  return lists;
}

function leadInBefore(text: SourceText, blocks: Block[], itemIndex: number, facts: BlockFacts): Block[] {
  const leadIn: Block[] = [];
  for (let i = itemIndex - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.kind === "comment") continue;
    if (block.kind === "text" && looksLikeLeadIn(text, blocks, i, facts)) {
      block.role = "lead-in";
      leadIn.unshift(block);
      continue;
    }
    if (leadIn.length === 0 && (block.kind === "paragraph" || (block.kind === "heading" && isRecommendationsHeading(text, block)))) {
      leadIn.unshift(block);
    }
    break;
  }
  return leadIn;
}

/** A sentence that ends in a colon, or a heading-like line such as "Specific recommendations on …". */
function looksLikeLeadIn(text: SourceText, blocks: Block[], index: number, facts: BlockFacts): boolean {
  const known = recalled(facts, index, LEAD_IN);
  if (known !== undefined) return known;
  const block = blocks[index];
  const endsInColon = text.slice(block.start, block.end).trimEnd().endsWith(":");
  return remember(facts, index, LEAD_IN, endsInColon || looksLikePlainHeading(text, blocks, index, facts));
}

function isRecommendationsHeading(text: SourceText, block: Block): boolean {
  return /recommend/i.test(text.slice(block.content.start, block.content.end));
}

/** Builds the section tree from level-1 and level-2 headings. */
export function collectSections(blocks: Block[], documentEnd: number): Section[] {
  const sections: Section[] = [];
  let top: Section | undefined;
  let sub: Section | undefined;
  for (const block of blocks) {
    if (block.kind !== "heading" || !block.heading) continue;
    const section: Section = { start: block.start, end: documentEnd, heading: block, children: [] };
    // Lettered headings with no numbered section above them are the sections.
    if (block.heading.level === 1 || !top || top.heading.heading!.level === 2) {
      if (top) top.end = endBefore(block, top);
      if (sub) sub.end = endBefore(block, sub);
      sections.push(section);
      top = section;
      sub = undefined;
    } else {
      if (sub) sub.end = endBefore(block, sub);
      top.children.push(section);
      sub = section;
    }
  }
  return sections;
}

function endBefore(block: Block, section: Section): number {
  return Math.max(section.heading.end, block.start);
}

function looksLikeLetterHeading(text: SourceText, block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  if (lineCount(block) !== 1 || !block.marker) return false;
  if (previous?.kind === "item" && previous.marker?.value === block.marker.value - 1) return false;
  if (next !== undefined && next.kind !== "paragraph" && next.kind !== "heading") return false;
  const content = text.slice(block.content.start, block.content.end).trim();
  return !/[.;:,]$/.test(content) && !hasMoreWords(content, 8);
}

function looksLikePlainHeading(text: SourceText, blocks: Block[], index: number, facts: BlockFacts): boolean {
  return recalled(facts, index, PLAIN_HEADING) ?? remember(facts, index, PLAIN_HEADING, plainHeadingShaped(text, blocks[index]));
}

function plainHeadingShaped(text: SourceText, block: Block): boolean {
  if (lineCount(block) !== 1) return false;
  const content = lineText(text, block).trim();
  return /^[A-Z\u00C0-\u024F]/.test(content) && !endsSentence(content) && !hasMoreWords(content, MAX_HEADING_WORDS);
}

/** "Annex", "# Annexes …": the first letter is looked at before the expression is tried on a line. */
function isAnnexTitle(text: SourceText, start: number, end: number): boolean {
  let at = start;
  while (at < end && (text.charCodeAt(at) === 0x23 /* # */ || /\s/.test(text.charAt(at)))) at++;
  return (text.charCodeAt(at) | 0x20) === 0x61 /* a */ && ANNEX.test(text.slice(start, end));
}

function previousContentBlock(blocks: Block[], index: number): Block | undefined {
  for (let i = index - 1; i >= 0; i--) if (blocks[i].kind !== "comment") return blocks[i];
  return undefined;
}

function nextContentBlock(blocks: Block[], index: number): Block | undefined {
  for (let i = index + 1; i < blocks.length; i++) if (blocks[i].kind !== "comment") return blocks[i];
  return undefined;
}

function lineText(text: SourceText, block: Block): string {
  const line = firstLineSpan(block)!;
  return text.slice(line.start, line.end);
}

/** Whether the text has more than `limit` words, counted no further than needed: a body paragraph is long. */
function hasMoreWords(text: string, limit: number): boolean {
  const word = /\S+/g;
  let count = 0;
  while (word.exec(text)) if (++count > limit) return true;
  return false;
}
