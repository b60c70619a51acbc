import { flatText, type SourceText } from "../../text/source-text.js";
import type { UprDocument } from "../model.js";
import { LineIndex } from "../../text/text.js";
import { buildBlocks } from "./blocks.js";
import { assemble, findInBlocks } from "./document.js";
import { readFrontMatter } from "./front-matter.js";
import { reparse, type Unchanged } from "./incremental.js";

const CANONICAL_FOOTNOTE = /\[\^[^\]\s]{1,20}\]/;

/**
 * The document parsed last. The language server parses each new version of a draft, and its
 * hover and completion parse the same text again; both find it here.
 */
let lastParsed: UprDocument | undefined;

/**
 * Parses any text into a document model. Never throws: unexpected shapes become text blocks.
 * When the text is an edit of `previous` (by default the text parsed last), only the blocks
 * around the edit are parsed again; the model is the same as a full parse gives. `unchanged`,
 * when the caller knows it, says how much of the text's start and end the edit left as it was.
 */
export function parse(text: SourceText, previous?: UprDocument, unchanged?: Unchanged): UprDocument {
  const base = previous ?? lastParsed;
  // What the caller knows of the edit is about the version it passed.
  const document = (base && reparse(base, text, previous && unchanged)) || parseAll(flatText(text));
  lastParsed = document;
  return document;
}

/** Parses the whole text, reusing nothing: what `parse` must equal. */
export function parseAll(text: string): UprDocument {
  const index = new LineIndex(text);
  const { frontMatter, bodyLine } = readFrontMatter(text, index);
  const mode = frontMatter || CANONICAL_FOOTNOTE.test(text) ? "canonical" : "pasted";
  const built = buildBlocks(text, index, bodyLine, mode === "pasted");
  const document = assemble({ text, index, mode, frontMatter, bodyLine, ...built, references: mode === "pasted" ? built.references : undefined });
  findInBlocks(text, document.blocks, document);
  return document;
}
