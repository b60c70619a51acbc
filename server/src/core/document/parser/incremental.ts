import type { SourceText } from "../../text/source-text.js";
import type { AbbreviationDefinition, Block, BlockKind, CrossReference, Directive, FootnoteReference, Marker, ThemeMention, UprDocument } from "../model.js";
import { LineIndex, movedSpan, splitLines, type LineOffsets } from "../../text/text.js";
import { buildBlocksFrom } from "./blocks.js";
import { handedOnFacts } from "./block-facts.js";
import { assemble, findInBlocks, parseState, type BlockFindings } from "./document.js";
import { findCanonicalFootnotes } from "./footnotes.js";
import { findCrossReferences, findDirectives } from "./references.js";
import { readFrontMatter } from "./front-matter.js";
import { firstStartingFrom } from "../span-search.js";

/**
 * How a document reused the one before: the blocks before `start` and those from `oldEnd` on (in
 * the previous text; from `newEnd` in this one) have the same text and the same kind from their
 * line shape. Only their offsets after the edit moved, and what their neighbours make of them
 * (a role, a place in the annex) may differ.
 */
export interface Reuse {
  previous: UprDocument;
  start: number;
  oldEnd: number;
  newEnd: number;
  /** By index: blocks before `first` were copied, the next `rebuilt` built again, and the rest copied from `resumed` on. */
  blocks: { first: number; rebuilt: number; resumed: number };
}

const reuses = new WeakMap<UprDocument, Reuse>();

/** For rules that keep work per document: which part of the previous document still holds. */
export function reuseOf(document: UprDocument): Reuse | undefined {
  return reuses.get(document);
}

/**
 * Lets the previous version go once a document's lint is done, so that a long draft's model and
 * text are not held twice between keystrokes. What is asked of the document later is worked out
 * in full; what its next version reuses is the document's own.
 */
export function releasePrevious(document: UprDocument): void {
  const previous = reuses.get(document)?.previous;
  reuses.delete(document);
  if (previous && previous !== document && previous.index !== document.index) spareLines = previous.index.release() ?? spareLines;
}

/** The line arrays of the version last let go, for the next version's lines (see `LineIndex.release`). */
let spareLines: LineOffsets | undefined;

/** Arrays with room for `count` lines: the spare ones when they have room and are not much bigger. */
function lineArrays(count: number): { starts: Int32Array; ends: Int32Array } {
  const spare = spareLines;
  if (spare && spare.starts.length >= count && spare.starts.length <= 2 * count + 64) {
    spareLines = undefined;
    return spare;
  }
  return { starts: new Int32Array(count), ends: new Int32Array(count) };
}

/**
 * What an editor knows of an edit: at least this many characters at the start and at the end of
 * the text are as they were in the previous version. It saves comparing megabytes of text.
 */
export interface Unchanged {
  prefix: number;
  suffix: number;
}

/** Below this share of unchanged text, parsing it all is as quick. */
const MIN_UNCHANGED_SHARE = 0.5;

/**
 * Parses a new version of a canonical text by reusing the previous version's model: the blocks
 * around the edit are built again, from the last block that starts before it up to the first
 * block after it that starts where an old one did; the blocks before and after are copied, those
 * after moved by the length the edit added. What depends on all blocks is then settled again, as
 * a full parse does. Returns undefined when the previous document cannot help: pasted text (its
 * line breaks are read from statistics over the whole text) or an edit in the front matter.
 */
export function reparse(previous: UprDocument, text: SourceText, unchanged?: Unchanged): UprDocument | undefined {
  const old = previous.text;
  const shorter = Math.min(old.length, text.length);
  if (unchanged ? old.length === text.length && unchanged.prefix + unchanged.suffix >= shorter : previous.text === text) return previous;
  const state = parseState(previous);
  if (!state || previous.mode !== "canonical" || !previous.frontMatter) return undefined;
  const start = unchanged ? Math.min(unchanged.prefix, shorter) : commonPrefixLength(old, text);
  const suffix = unchanged ? Math.min(unchanged.suffix, shorter - start) : commonSuffixLength(old, text, shorter - start);
  if (start + suffix < MIN_UNCHANGED_SHARE * text.length) return undefined;
  const oldLines = previous.index;
  if (state.bodyLine >= oldLines.count || start <= oldLines.starts[state.bodyLine]) return undefined;

  const delta = text.length - old.length;
  const changedLine = oldLines.lineIndexAt(start);
  const from = Math.max(state.bodyLine, changedLine - 1);
  const movedFrom = Math.min(oldLines.count, oldLines.lineIndexAt(old.length - suffix) + 2);
  const lines = new LineIndex(text, editedLines(oldLines, text, from, movedFrom, delta));
  const lineDelta = lines.count - oldLines.count;
  const { frontMatter } = readFrontMatter(text, lines);

  const oldBlocks = previous.blocks;
  // The last block that starts on a line before the edit, and all after it, are built again
  // until a block starts on a moved line where an old block started.
  const startingBefore = blocksBefore(oldBlocks, oldLines, changedLine);
  const first = Math.max(0, startingBefore - 1);
  const rebuildFrom = startingBefore > 0 ? oldBlocks[first].firstLine : state.bodyLine;
  const rebuilt = buildBlocksFrom(text, lines, state.bodyLine, rebuildFrom, (line) => line >= movedFrom + lineDelta && blockStartingAt(oldBlocks, oldLines, line - lineDelta) >= 0);
  const resume = rebuilt.resumedAt === undefined ? oldBlocks.length : blockStartingAt(oldBlocks, oldLines, rebuilt.resumedAt - lineDelta);

  const blocks: Block[] = [];
  for (let b = 0; b < first; b++) blocks.push(builtBlock(oldBlocks[b], state.builtKinds[b], state.unnumbered.get(b), 0, 0));
  blocks.push(...rebuilt.blocks);
  for (let b = resume; b < oldBlocks.length; b++) blocks.push(builtBlock(oldBlocks[b], state.builtKinds[b], state.unnumbered.get(b), delta, lineDelta));

  // Before the first block: the front matter, where a disable comment may lie too.
  const windowStart = startingBefore > 0 ? oldBlocks[first].start : oldLines.starts[state.bodyLine];
  const windowEnd = resume < oldBlocks.length ? oldBlocks[resume].start : old.length + 1;
  const blockIndexes = { first, rebuilt: rebuilt.blocks.length, resumed: resume };
  const reuse: Reuse = { previous, start: windowStart, oldEnd: windowEnd, newEnd: windowEnd + delta, blocks: blockIndexes };
  const found = { references: [] as FootnoteReference[], crossReferences: [] as CrossReference[], directives: [] as Directive[] };
  findCanonicalFootnotes(text, rebuilt.blocks, found.references);
  findCrossReferences(text, rebuilt.blocks, found.crossReferences);
  if (rebuilt.blocks.length > 0) {
    const lineOf = (offset: number) => lines.lineIndexAt(offset);
    findDirectives(text, rebuilt.blocks[0].start, rebuilt.blocks[rebuilt.blocks.length - 1].end, lineOf, found.directives);
  }
  const movedDirective = (directive: Directive, by: number): Directive => ({ ...directive, start: directive.start + by, end: directive.end + by, line: directive.line + lineDelta });
  const document = assemble({
    text,
    index: lines,
    mode: "canonical",
    frontMatter,
    bodyLine: state.bodyLine,
    blocks,
    notes: [],
    references: spliceFindings(reuse, previous.footnoteReferences, found.references, movedReference),
    crossReferences: spliceFindings(reuse, state.crossReferences, found.crossReferences, movedCrossReference),
    directives: spliceFindings(reuse, previous.directives, found.directives, movedDirective),
    facts: handedOnFacts(state.facts, first, rebuilt.blocks.length, resume, blocks.length),
  });
  const fresh: BlockFindings = { quotes: [], abbreviations: [], themes: [] };
  findInBlocks(text, rebuilt.blocks, fresh);
  document.quotes = spliceFindings(reuse, previous.quotes, fresh.quotes, movedSpan);
  document.abbreviations = spliceFindings(reuse, previous.abbreviations, fresh.abbreviations, movedDefinition);
  document.themes = spliceFindings(reuse, previous.themes, fresh.themes, movedTheme);
  reuses.set(document, reuse);
  // Each document knows only the one before it: a chain would keep every version of the draft alive.
  reuses.delete(previous);
  return document;
}

/**
 * A document's findings that each lie within one block, in start order: the previous version's
 * findings in the blocks before and after the edit (those after moved), with `found` in the blocks
 * built again between them.
 */
export function spliceFindings<T extends { start: number }>(reuse: Reuse, kept: readonly T[], found: T[], move: (item: T, delta: number) => T): T[] {
  const delta = reuse.newEnd - reuse.oldEnd;
  const before = firstStartingFrom(kept, reuse.start);
  const after = firstStartingFrom(kept, reuse.oldEnd);
  const spliced = kept.slice(0, before);
  for (const item of found) spliced.push(item);
  for (let i = after; i < kept.length; i++) spliced.push(move(kept[i], delta));
  return spliced;
}

/**
 * The new text's lines: the old ones before line `from` as they were, the text from there to old
 * line `to` split again, and the old lines from `to` on moved. Old line `to` starts after the
 * edit and after the end of the line the edit ended in, so its line break is unchanged too.
 */
function editedLines(oldLines: LineIndex, text: SourceText, from: number, to: number, delta: number): LineOffsets {
  const rest = to < oldLines.count;
  const middle = splitLines(text, oldLines.starts[from], rest ? oldLines.starts[to] + delta : text.length);
  // Split up to the start of old line `to`, the part ends in an empty line: that line is old line `to`.
  const split = rest ? middle.count - 1 : middle.count;
  const count = from + split + (rest ? oldLines.count - to : 0);
  const { starts, ends } = lineArrays(count);
  starts.set(oldLines.starts.subarray(0, from));
  ends.set(oldLines.ends.subarray(0, from));
  starts.set(middle.starts.subarray(0, split), from);
  ends.set(middle.ends.subarray(0, split), from);
  for (let l = to, at = from + split; at < count; l++, at++) {
    starts[at] = oldLines.starts[l] + delta;
    ends[at] = oldLines.ends[l] + delta;
  }
  return { starts, ends, count };
}

/** A block copied with its kind and marker from its line shape, to be settled again among its new neighbours. */
function builtBlock(block: Block, kind: BlockKind, unnumbered: Marker | undefined, delta: number, lineDelta: number): Block {
  const marker = unnumbered ?? block.marker;
  // Spans are never changed once a block is built: a block that did not move shares them.
  const moved = delta !== 0;
  return {
    kind,
    start: block.start + delta,
    end: block.end + delta,
    firstLine: block.firstLine + lineDelta,
    lastLine: block.lastLine + lineDelta,
    lines: moved && block.lines ? block.lines.map((line) => movedSpan(line, delta)) : block.lines,
    artefacts: moved && block.artefacts.length > 0 ? block.artefacts.map((artefact) => movedSpan(artefact, delta)) : block.artefacts,
    marker: marker && moved ? { start: marker.start + delta, end: marker.end + delta, text: marker.text, value: marker.value, path: marker.path } : marker,
    content: moved ? movedSpan(block.content, delta) : block.content,
    heading: kind === "heading" && block.heading ? { ...block.heading, annex: false } : undefined,
    role: undefined,
    label: block.label,
    inAnnex: false,
  };
}

function movedCrossReference(reference: CrossReference, delta: number): CrossReference {
  const numbers = reference.numbers.map(({ start, end, text, value }) => ({ start: start + delta, end: end + delta, text, value }));
  return { start: reference.start + delta, end: reference.end + delta, numbers, targets: reference.targets };
}

function movedReference(reference: FootnoteReference, delta: number): FootnoteReference {
  return { start: reference.start + delta, end: reference.end + delta, label: reference.label, glued: reference.glued };
}

function movedDefinition(definition: AbbreviationDefinition, delta: number): AbbreviationDefinition {
  return {
    start: definition.start + delta,
    end: definition.end + delta,
    abbreviation: definition.abbreviation,
    abbreviationSpan: movedSpan(definition.abbreviationSpan, delta),
    expansion: definition.expansion,
    expansionSpan: movedSpan(definition.expansionSpan, delta),
    form: definition.form,
  };
}

function movedTheme(theme: ThemeMention, delta: number): ThemeMention {
  const moved: ThemeMention = { start: theme.start + delta, end: theme.end + delta, code: theme.code, form: theme.form };
  if (theme.trailing) moved.trailing = movedSpan(theme.trailing, delta);
  return moved;
}

/** How many blocks start on a line before `line`: those that start before it does. */
function blocksBefore(blocks: Block[], lines: LineIndex, line: number): number {
  return firstStartingFrom(blocks, lines.starts[line]);
}

/** The index of the block whose first line is `line`, or -1. */
function blockStartingAt(blocks: Block[], lines: LineIndex, line: number): number {
  const at = blocksBefore(blocks, lines, line);
  return at < blocks.length && blocks[at].firstLine === line ? at : -1;
}

/** Compared a chunk at a time: comparing strings is native and many times faster than a loop over characters. */
export function commonPrefixLength(a: SourceText, b: SourceText): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  let step = 256;
  while (at < limit) {
    const size = Math.min(step, limit - at);
    if (a.slice(at, at + size) === b.slice(at, at + size)) {
      at += size;
      step *= 2;
    } else if (size > 16) {
      step = size >> 1;
    } else {
      while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
      return at;
    }
  }
  return at;
}

/** The length of the common end of two strings, at most `limit`. */
export function commonSuffixLength(a: SourceText, b: SourceText, limit: number): number {
  let length = 0;
  let step = 256;
  while (length < limit) {
    const size = Math.min(step, limit - length);
    if (a.slice(a.length - length - size, a.length - length) === b.slice(b.length - length - size, b.length - length)) {
      length += size;
      step *= 2;
    } else if (size > 16) {
      step = size >> 1;
    } else {
      while (length < limit && a.charCodeAt(a.length - length - 1) === b.charCodeAt(b.length - length - 1)) length++;
      return length;
    }
  }
  return length;
}
