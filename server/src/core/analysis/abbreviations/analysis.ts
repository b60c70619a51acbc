import type { SourceText } from "../../text/source-text.js";
import { BlockFindings } from "../block-findings.js";
import type { AbbreviationDefinition, Block, UprDocument } from "../../document/model.js";
import { blockAt, overlapsAny, sortedSpans } from "../../document/span-search.js";
import { isCapital, type Span } from "../../text/text.js";
import { blockWordTokens, MAYBE_CAPITALS } from "../terminology/words.js";

/** A word written as an abbreviation: two capitals or more (CRC, NGOs, GoP). */
export interface AbbreviationUse extends Span {
  /** As written, without a possessive ’s: "CCOs". */
  form: string;
  /** The form compared, without a plural s: "CCO". */
  key: string;
}

export interface AbbreviationAnalysis {
  /**
   * Definitions of abbreviations (not of short names such as ‘the Convention’), in text order:
   * those of the title block and the body. A footnote text, page furniture and a closing block
   * (contact, signature, members) define nothing for the body: a reader does not read them first.
   */
  definitions: AbbreviationDefinition[];
  /**
   * The definitions made in the title block on the first page: the cover names its authors, and
   * the body may define them again. An unnumbered introduction on a later page is body.
   */
  inTitle: Set<AbbreviationDefinition>;
  /** The first definition of each key. */
  first: Map<string, AbbreviationDefinition>;
  /** Uses by key, in text order; a definition's own abbreviation is not a use, nor a word in a URL or a document symbol. */
  uses: Map<string, AbbreviationUse[]>;
  /**
   * A second written form of one abbreviation, to the form that stands: `UNCRC` → `CRC` when
   * the text defines CRC (or, with neither defined, writes CRC first).
   */
  variants: Map<string, string>;
}

const TWO_CAPITALS = /^\p{Lu}[^\p{Lu}]*\p{Lu}/u;
const cache = new WeakMap<UprDocument, AbbreviationAnalysis>();

/** What the abbreviation rules and the editor need, computed once per parse in one pass over the words. */
export function analyseAbbreviations(document: UprDocument): AbbreviationAnalysis {
  let analysis = cache.get(document);
  if (!analysis) {
    analysis = analyse(document);
    cache.set(document, analysis);
  }
  return analysis;
}

/** A word inside a URL, a file name, an e-mail address or a document symbol (A/HRC/28/15). */
const MACHINE_TEXT = /[/_@=]|\.\w/;

/** How far around a word its run of text without spaces is read: a hostile text may have none. */
const MACHINE_REACH = 300;

function inMachineText(text: SourceText, from: number, to: number): boolean {
  let start = from;
  let end = to;
  const low = Math.max(0, from - MACHINE_REACH);
  const high = Math.min(text.length, to + MACHINE_REACH);
  while (start > low && !/\s/.test(text.charAt(start - 1))) start--;
  while (end < high && !/\s/.test(text.charAt(end))) end++;
  // Closing punctuation, and a footnote number glued after it ("OHCHR.2"), end a word in prose too.
  return MACHINE_TEXT.test(text.slice(start, end).replace(/[.,;:)’”"]*\d{0,3}[.,;:)]*$/, ""));
}

/** Compares "CCOs" with "CCO": a plural s after a capital is dropped. */
export function abbreviationKey(form: string): string {
  return form.length > 2 && form.endsWith("s") && isCapital(form.charCodeAt(form.length - 2)) && TWO_CAPITALS.test(form.slice(0, -1))
    ? form.slice(0, -1)
    : form;
}

/** Whether a word is written as an abbreviation: a capital first and two capitals at least. */
export function looksLikeAbbreviation(word: string): boolean {
  return TWO_CAPITALS.test(word);
}

/**
 * The other ways one abbreviation is written: with or without the `UN` prefix (UNCRC and CRC),
 * and in capitals (GOP for GoP).
 */
export function otherForms(key: string): string[] {
  const forms: string[] = [];
  if (key.startsWith("UN") && key.length >= 4 && isCapital(key.charCodeAt(2))) forms.push(key.slice(2));
  else forms.push(`UN${key}`);
  if (key !== key.toUpperCase()) forms.push(key.toUpperCase());
  return forms;
}

const expansionKeys = new Map<string, string>();
const MAX_KEPT_EXPANSIONS = 10_000;

/** An expansion as compared: lower case, without a leading article or "United Nations". */
export function expansionKey(expansion: string): string {
  let key = expansionKeys.get(expansion);
  if (key === undefined) {
    if (expansionKeys.size >= MAX_KEPT_EXPANSIONS) expansionKeys.clear();
    key = comparedExpansion(expansion);
    expansionKeys.set(expansion, key);
  }
  return key;
}

function comparedExpansion(expansion: string): string {
  return expansion
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/[-‐‑’']/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:the |un |united nations )+/, "");
}

function analyse(document: UprDocument): AbbreviationAnalysis {
  const notes = sortedSpans(document.footnoteDefinitions);
  const inTitle = new Set<AbbreviationDefinition>();

  const definitions = document.abbreviations
    .filter((definition) => {
      if (/\s/.test(definition.abbreviation) || !looksLikeAbbreviation(definition.abbreviation)) return false;
      const block = blockAt(document, definition.start);
      if (!block || block.role === "closing" || overlapsAny(block.artefacts, definition) || overlapsAny(notes, definition)) return false;
      if (onCover(document, block, definition.start)) inTitle.add(definition);
      return true;
    })
    .sort((a, b) => a.start - b.start);
  const first = new Map<string, AbbreviationDefinition>();
  for (const definition of definitions) {
    const key = abbreviationKey(definition.abbreviation);
    if (!first.has(key)) first.set(key, definition);
  }
  const uses = new Map<string, AbbreviationUse[]>();
  for (const use of abbreviationUses.get(document)) {
    const list = uses.get(use.key);
    if (list) list.push(use);
    else uses.set(use.key, [use]);
  }
  return { definitions, inTitle, first, uses, variants: findVariants(first, uses) };
}

/**
 * Whether an offset lies where a reader does not start reading the body: the title block on the
 * first page, or a closing block (contact, signature, members).
 */
export function apartFromBody(document: UprDocument, offset: number): boolean {
  const block = blockAt(document, offset);
  return block?.role === "closing" || (block !== undefined && onCover(document, block, offset));
}

const coverEnds = new WeakMap<UprDocument, number>();

function onCover(document: UprDocument, block: Block, offset: number): boolean {
  if (block.role !== "title") return false;
  let end = coverEnds.get(document);
  if (end === undefined) coverEnds.set(document, (end = firstPageEnd(document)));
  return offset < end;
}

/** Where the first page ends in pasted text: at the first form feed, or failing one, the first page number. */
function firstPageEnd(document: UprDocument): number {
  const formFeed = document.text.indexOf("\f");
  if (formFeed >= 0) return formFeed;
  return document.furniture.find((line) => line.kind === "page-number")?.start ?? Infinity;
}

const abbreviationUses = new BlockFindings(findUses, movedUse);

function movedUse(use: AbbreviationUse, delta: number): AbbreviationUse {
  return { start: use.start + delta, end: use.end + delta, form: use.form, key: use.key };
}

/** The words written as abbreviations in some blocks, but for the abbreviations of definitions. */
function findUses(document: UprDocument, blocks: readonly Block[]): AbbreviationUse[] {
  const from = blocks[0]?.start ?? 0;
  const to = blocks[blocks.length - 1]?.end ?? 0;
  const ownSpans = new Set<number>();
  for (const definition of document.abbreviations) {
    const { start } = definition.abbreviationSpan;
    if (start >= from && start < to) ownSpans.add(start);
  }
  const uses: AbbreviationUse[] = [];
  const { text } = document;
  // A draft writes the same few abbreviations again and again: each word is read once, and its uses share its strings.
  const known = new Map<string, { form: string; key: string } | null>();
  const tokens = blockWordTokens(document, blocks);
  const { starts, flags } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if ((flags[i] & MAYBE_CAPITALS) === 0) continue;
    const start = starts[i];
    if (!isCapital(text.charCodeAt(start)) || ownSpans.has(start)) continue;
    const word = tokens.original(i);
    let reading = known.get(word);
    if (reading === undefined) {
      const form = word.replace(/['’]s$/, "");
      reading = TWO_CAPITALS.test(form) ? { form, key: abbreviationKey(form) } : null;
      known.set(word, reading);
    }
    // `CRC.C.GBR.CO.4.pdf` or `A/HRC/8/25` holds no abbreviation in use.
    if (reading && !inMachineText(text, start, start + reading.form.length)) uses.push({ start, end: start + reading.form.length, form: reading.form, key: reading.key });
  }
  return uses;
}

function findVariants(first: Map<string, AbbreviationDefinition>, uses: Map<string, AbbreviationUse[]>): Map<string, string> {
  const seen = new Map<string, number>();
  for (const [key, list] of uses) seen.set(key, list[0].start);
  for (const [key, definition] of first) seen.set(key, Math.min(seen.get(key) ?? Infinity, definition.start));
  const byCapitals = new Map<string, string[]>();
  for (const key of seen.keys()) {
    const capitals = key.toUpperCase();
    if (capitals !== key) byCapitals.set(capitals, [...(byCapitals.get(capitals) ?? []), key]);
  }
  const variants = new Map<string, string>();
  const inOrder = [...seen.keys()].sort((a, b) => seen.get(a)! - seen.get(b)!);
  for (const key of inOrder) {
    if (variants.has(key)) continue;
    for (const other of [...otherForms(key), ...(byCapitals.get(key) ?? [])]) {
      if (!seen.has(other) || variants.has(other)) continue;
      const keyDefined = first.has(key);
      const otherDefined = first.has(other);
      if (keyDefined && otherDefined) continue; // two definitions: UPR114 compares their expansions
      if (otherDefined) variants.set(key, other);
      else variants.set(other, key);
      if (variants.has(key)) break;
    }
  }
  return variants;
}
