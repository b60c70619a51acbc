import type { SourceText } from "../text/source-text.js";
import { firstLineSpan } from "../document/block-lines.js";
import type { Block, RecommendationList, Section, UprDocument } from "../document/model.js";
import { toLetter } from "../text/numerals.js";
import type { Span } from "../text/text.js";

export type OutlineKind = "section" | "subsection" | "annex" | "paragraph" | "list" | "item";

/** One entry of the outline: a section, a numbered paragraph, a recommendation list or one of its items. */
export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  detail?: string;
  /** All of it, children included. */
  span: Span;
  /** The part to reveal and highlight: the heading, or the first line. */
  selection: Span;
  children: OutlineNode[];
}

export interface FoldingRegion {
  startLine: number;
  endLine: number;
  kind?: "comment";
}

const NAME_WORDS = 8;

/**
 * The outline of a submission: sections with their sub-sections, numbered paragraphs and
 * recommendation lists (each with its items), and the annex. Paragraphs and lists before the
 * first heading stand at the top.
 */
export function outline(document: UprDocument): OutlineNode[] {
  const roots = document.sections.map((section) => sectionNode(document, section, false));
  const leaves = [
    ...document.blocks.filter((block) => block.kind === "paragraph").map((block) => markedNode("paragraph", document, block)),
    ...document.lists.map((list) => listNode(document, list)),
  ].sort((a, b) => a.span.start - b.span.start);
  const top: OutlineNode[] = [];
  for (const leaf of leaves) place(leaf, roots, top);
  return [...top, ...roots].sort((a, b) => a.span.start - b.span.start);
}

/** Folding for sections, lists, wrapped paragraphs and items, the front matter and comments that run over several lines. */
export function foldingRegions(document: UprDocument): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  const add = (span: Span, kind?: "comment") => {
    const startLine = document.index.lineAt(span.start).index;
    const endLine = document.index.lineAt(lastContentOffset(document.text, span)).index;
    if (endLine > startLine) regions.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (document.frontMatter) add(document.frontMatter);
  const visit = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      add(node.span);
      visit(node.children);
    }
  };
  visit(outline(document));
  for (const block of document.blocks) if (block.kind === "comment") add(block, "comment");
  return regions.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** The first words of a text, on one line, with an ellipsis when there is more. */
export function firstWords(text: string, count = NAME_WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const head = words.slice(0, count).join(" ");
  return words.length > count ? `${head.replace(/[,;:.]$/, "")}…` : head;
}

function sectionNode(document: UprDocument, section: Section, nested: boolean): OutlineNode {
  const heading = section.heading;
  const annex = heading.heading?.annex === true;
  return {
    kind: annex ? "annex" : nested ? "subsection" : "section",
    name: document.text.slice(heading.start, heading.end).replace(/^\s*#+\s*/, "").replace(/\s+/g, " ").trim(),
    span: { start: section.start, end: section.end },
    selection: { start: heading.start, end: heading.end },
    children: section.children.map((child) => sectionNode(document, child, true)),
  };
}

/** A numbered paragraph or a lettered recommendation: its marker and first words. */
function markedNode(kind: "paragraph" | "item", document: UprDocument, block: Block): OutlineNode {
  return {
    kind,
    name: `${block.marker!.text}. ${firstWords(contentText(document, block))}`,
    span: { start: block.start, end: block.end },
    selection: firstLine(block),
    children: [],
  };
}

function listNode(document: UprDocument, list: RecommendationList): OutlineNode {
  const textLeadIn = list.leadIn.find((block) => block.kind === "text");
  const named = list.leadIn[0];
  const items = list.items.map((item) => markedNode("item", document, item));
  const start = textLeadIn?.start ?? list.items[0].start;
  const count = list.items.length;
  const firstLetter = toLetter(list.items[0].marker!.value);
  return {
    kind: "list",
    name: named ? firstWords(contentText(document, named)) : "Recommendations",
    detail: `${count} recommendation${count === 1 ? "" : "s"}, ${firstLetter}.–${list.items[count - 1].marker!.text}.`,
    span: { start, end: list.end },
    selection: textLeadIn ? firstLine(textLeadIn) : firstLine(list.items[0]),
    children: items,
  };
}


/** Puts a leaf into the innermost section that holds its start, or at the top. */
function place(leaf: OutlineNode, sections: OutlineNode[], top: OutlineNode[]): void {
  const holder = sections.find((section) => section.span.start <= leaf.span.start && leaf.span.start < section.span.end);
  if (!holder) {
    top.push(leaf);
    return;
  }
  const sub = holder.children.find(
    (child) => child.kind !== "paragraph" && child.kind !== "list" && child.span.start <= leaf.span.start && leaf.span.start < child.span.end,
  );
  insertInOrder((sub ?? holder).children, leaf);
}

function insertInOrder(nodes: OutlineNode[], node: OutlineNode): void {
  let at = nodes.length;
  while (at > 0 && nodes[at - 1].span.start > node.span.start) at--;
  nodes.splice(at, 0, node);
}

function contentText(document: UprDocument, block: Block): string {
  const start = block.kind === "heading" ? block.start : block.content.start;
  return document.text.slice(start, block.end).replace(/^\s*#+\s*/, "");
}

function firstLine(block: Block): Span {
  return { start: block.start, end: firstLineSpan(block)?.end ?? block.end };
}

/** The offset of the last non-blank character of a span, so a fold stops before the blank lines that follow. */
function lastContentOffset(text: SourceText, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return Math.max(span.start, end - 1);
}
