import { firstLineSpan, lineCount } from "../block-lines.js";
import type { Block, RecommendationList, Section } from "../model.js";
import { endsSentence } from "./blocks.js";

const ANNEX = /^\s*(?:#+\s*)?annex(?:es)?\b/i;
const MAX_HEADING_WORDS = 12;

/** Settles what each block is from its neighbours: sub-headings, plain headings, the annex, text roles. */
export function resolveBlocks(text: string, blocks: Block[]): void {
  const hasSectionHeadings = blocks.some((block) => block.kind === "heading" && block.heading?.level === 1);
  let inAnnex = false;
  let bodyStarted = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const next = nextContentBlock(blocks, i);
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
      next?.kind === "paragraph" &&
      looksLikePlainHeading(text, block)
    ) {
      block.kind = "heading";
      block.heading = { level: hasSectionHeadings ? 2 : 1, style: "plain", hashes: 0, annex: false };
    }
    block.inAnnex = inAnnex;
    // A plain `# Title` above the first section is part of the title block, not the body.
    if (block.kind === "paragraph" || block.kind === "item" || (block.kind === "heading" && block.marker)) bodyStarted = true;
    if (block.kind === "text") block.role = inAnnex ? "annex" : bodyStarted ? "body" : "title";
  }
}

/** Groups lettered items into lists, each with the blocks that lead into it. */
export function collectLists(text: string, blocks: Block[]): RecommendationList[] {
  const lists: RecommendationList[] = [];
  let current: RecommendationList | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === "comment") continue;
    if (block.kind === "item") {
      if (!current) {
        current = { start: block.start, end: block.end, leadIn: leadInBefore(text, blocks, i), items: [] };
        lists.push(current);
      }
      current.items.push(block);
      current.end = block.end;
    } else if (block.kind === "bullet" && current) {
      current.end = block.end;
    } else {
      current = undefined;
    }
  }
  return lists;
}

function leadInBefore(text: string, blocks: Block[], itemIndex: number): Block[] {
  const leadIn: Block[] = [];
  for (let i = itemIndex - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.kind === "comment") continue;
    if (block.kind === "text" && looksLikeLeadIn(text, block)) {
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
function looksLikeLeadIn(text: string, block: Block): boolean {
  const content = text.slice(block.start, block.end).trimEnd();
  return content.endsWith(":") || looksLikePlainHeading(text, block);
}

function isRecommendationsHeading(text: string, block: Block): boolean {
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
    if (block.heading.level === 1 || !top) {
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

function looksLikeLetterHeading(text: string, block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  if (lineCount(block) !== 1 || !block.marker) return false;
  if (previous?.kind === "item" && previous.marker?.value === block.marker.value - 1) return false;
  if (next !== undefined && next.kind !== "paragraph" && next.kind !== "heading") return false;
  const content = text.slice(block.content.start, block.content.end).trim();
  return !/[.;:,]$/.test(content) && !hasMoreWords(content, 8);
}

function looksLikePlainHeading(text: string, block: Block): boolean {
  if (lineCount(block) !== 1) return false;
  const content = lineText(text, block).trim();
  return /^[A-Z\u00C0-\u024F]/.test(content) && !endsSentence(content) && !hasMoreWords(content, MAX_HEADING_WORDS);
}

/** "Annex", "# Annexes …": the first letter is looked at before the expression is tried on a line. */
function isAnnexTitle(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && (text.charCodeAt(at) === 0x23 /* # */ || /\s/.test(text[at]))) at++;
  return (text.charCodeAt(at) | 0x20) === 0x61 /* a */ && ANNEX.test(text.slice(start, end));
}

function nextContentBlock(blocks: Block[], index: number): Block | undefined {
  for (let i = index + 1; i < blocks.length; i++) if (blocks[i].kind !== "comment") return blocks[i];
  return undefined;
}

function lineText(text: string, block: Block): string {
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
