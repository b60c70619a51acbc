import type { SourceText } from "../../text/source-text.js";
import type {
  AbbreviationDefinition,
  Block,
  BlockKind,
  ColumnParagraphs,
  CrossReference,
  Directive,
  FootnoteReference,
  FrontMatter,
  Marker,
  PageFurniture,
  ThemeMention,
  UprDocument,
} from "../model.js";
import type { LineIndex, Span } from "../../text/text.js";
import { findAbbreviationsInBlock } from "./abbreviations.js";
import { findCanonicalFootnotes } from "./footnotes.js";
import { findQuotes } from "./quotes.js";
import { findCrossReferences, findDirectives, findThemesInBlock } from "./references.js";
import { collectLists, collectSections, resolveBlocks } from "./structure.js";
import type { BlockFacts } from "./block-facts.js";

/** A text cut into blocks by line shapes, before the blocks are settled from their neighbours. */
export interface BuiltDocument {
  text: SourceText;
  index: LineIndex;
  mode: UprDocument["mode"];
  frontMatter?: FrontMatter;
  /** The first line after the front matter. */
  bodyLine: number;
  blocks: Block[];
  notes: Block[];
  furniture?: PageFurniture[];
  columnParagraphs?: ColumnParagraphs[];
  /** The footnote markers of pasted text; in canonical text, those already known (else they are searched for). */
  references: FootnoteReference[] | undefined;
  /** Cross-references in every block, the annex too, and disable comments, when already known. */
  crossReferences?: CrossReference[];
  directives?: Directive[];
  /** What is known of the blocks' own text, handed on from the previous version. */
  facts?: BlockFacts;
}

/** What parsing keeps beside a document, so that the next version of its text can reuse it. */
export interface ParseState {
  bodyLine: number;
  /** Each block's kind from its line shape, before its neighbours settled it (a lettered line may become a sub-heading). */
  builtKinds: BlockKind[];
  /** The markers of numbered blocks that were settled as text, by block index. */
  unnumbered: Map<number, Marker>;
  facts: BlockFacts;
  /** Cross-references in every block, the annex too: where the annex starts may change with an edit. */
  crossReferences: CrossReference[];
}

const states = new WeakMap<UprDocument, ParseState>();

export function parseState(document: UprDocument): ParseState | undefined {
  return states.get(document);
}

/**
 * Settles the blocks from their neighbours and finds what depends on more than one block: lists,
 * sections, footnote references, cross-references (the annex has none) and disable comments.
 * What lies within single blocks is left to `findInBlocks`.
 */
export function assemble(built: BuiltDocument): UprDocument {
  const { text, index, mode, blocks } = built;
  const builtKinds = blocks.map((block) => block.kind);
  const facts = built.facts ?? new Uint8Array(blocks.length);
  const unnumbered = resolveBlocks(text, blocks, facts);
  const { paragraphs, footnotes, annex } = groupBlocks(blocks);
  const document: UprDocument = {
    text,
    index,
    mode,
    frontMatter: built.frontMatter,
    blocks,
    paragraphs,
    lists: collectLists(text, blocks, facts),
    sections: collectSections(blocks, text.length),
    annex,
    footnoteReferences: built.references ?? [],
    footnoteDefinitions: mode === "canonical" ? footnotes : built.notes,
    furniture: built.furniture ?? [],
    columnParagraphs: built.columnParagraphs ?? [],
    quotes: [],
    abbreviations: [],
    themes: [],
    crossReferences: [],
    directives: [],
  };
  if (!built.references) findCanonicalFootnotes(text, blocks, document.footnoteReferences);
  let crossReferences = built.crossReferences;
  if (!crossReferences) findCrossReferences(text, blocks, (crossReferences = []));
  const annexStart = document.annex?.start ?? Infinity;
  document.crossReferences = crossReferences.filter((reference) => reference.start < annexStart);
  if (built.directives) document.directives = built.directives;
  else findDirectives(text, 0, text.length, (offset) => index.lineAt(offset).index, document.directives);
  states.set(document, { bodyLine: built.bodyLine, builtKinds, unnumbered, facts, crossReferences });
  return document;
}

/** The numbered paragraphs of the body, the footnote texts and the annex heading, in one walk over the blocks. */
function groupBlocks(blocks: Block[]): { paragraphs: Block[]; footnotes: Block[]; annex: Block | undefined } {
  const paragraphs: Block[] = [];
  const footnotes: Block[] = [];
  let annex: Block | undefined;
  for (const block of blocks) {
    if (block.kind === "paragraph" && !block.inAnnex) paragraphs.push(block);
    else if (block.kind === "footnote") footnotes.push(block);
    else if (!annex && block.heading?.annex) annex = block;
  }
  return { paragraphs, footnotes, annex };
}

export interface BlockFindings {
  quotes: Span[];
  abbreviations: AbbreviationDefinition[];
  themes: ThemeMention[];
}

/**
 * Quotations, abbreviation definitions and theme codes. Each lies within one block and follows
 * from that block's text and built kind alone, so an edit leaves those of other blocks as they
 * were (only moved): incremental parsing relies on it.
 */
export function findInBlocks(text: SourceText, blocks: Block[], into: BlockFindings): void {
  findQuotes(text, blocks.filter((block) => block.kind !== "comment"), into.quotes);
  for (const block of blocks) {
    if (block.kind === "comment") continue;
    const blockText = text.slice(block.start, block.end);
    if (block.kind !== "footnote") findAbbreviationsInBlock(block, blockText, into.abbreviations);
    findThemesInBlock(block, blockText, into.themes);
  }
}
