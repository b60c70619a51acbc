import type { UprDocument } from "../model.js";
import { LineIndex } from "../text.js";
import { findAbbreviations } from "./abbreviations.js";
import { buildBlocks } from "./blocks.js";
import { findCanonicalFootnotes } from "./footnotes.js";
import { readFrontMatter } from "./front-matter.js";
import { findQuotes } from "./quotes.js";
import { findCrossReferences, findDirectives, findThemes } from "./references.js";
import { collectLists, collectSections, resolveBlocks } from "./structure.js";

const CANONICAL_FOOTNOTE = /\[\^[^\]\s]{1,20}\]/;

/** Parses any text into a document model. Never throws: unexpected shapes become text blocks. */
export function parse(text: string): UprDocument {
  const index = new LineIndex(text);
  const { frontMatter, bodyLine } = readFrontMatter(text, index.lines);
  const mode = frontMatter || CANONICAL_FOOTNOTE.test(text) ? "canonical" : "pasted";
  const { blocks, notes, references } = buildBlocks(text, index.lines, bodyLine, mode === "pasted");
  resolveBlocks(text, blocks);

  const document: UprDocument = {
    text,
    index,
    mode,
    frontMatter,
    blocks,
    paragraphs: blocks.filter((block) => block.kind === "paragraph" && !block.inAnnex),
    lists: collectLists(text, blocks),
    sections: collectSections(blocks, text.length),
    annex: blocks.find((block) => block.heading?.annex),
    footnoteReferences: mode === "canonical" ? [] : references,
    footnoteDefinitions: mode === "canonical" ? blocks.filter((block) => block.kind === "footnote") : notes,
    quotes: [],
    abbreviations: [],
    themes: [],
    crossReferences: [],
    directives: [],
  };
  if (mode === "canonical") findCanonicalFootnotes(text, blocks, document.footnoteReferences);
  findQuotes(text, blocks.filter((block) => block.kind !== "comment"), document.quotes);
  findAbbreviations(text, blocks, document.abbreviations);
  findThemes(text, blocks, document.themes);
  findCrossReferences(text, blocks, document.crossReferences);
  findDirectives(text, (offset) => index.lineAt(offset).index, document.directives);
  return document;
}
