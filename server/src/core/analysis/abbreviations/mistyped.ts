import type { Block, UprDocument } from "../../document/model.js";
import { overlapsAny, sortedSpans } from "../../document/span-search.js";
import { BlockCache } from "../block-cache.js";
import { editDistance } from "../../text/edit-distance.js";
import type { Span } from "../../text/text.js";
import { abbreviationKey, analyseAbbreviations, expansionKey, looksLikeAbbreviation, otherForms } from "./analysis.js";
import type { KnownExpansion } from "./known.js";

/**
 * An abbreviation in brackets after the words of a known one, written with a letter or two
 * wrong, and never used again: “UN Convention on the Rights of the Child (UNRCR)”.
 */
export interface MistypedAbbreviation extends Span {
  written: string;
  /** The known abbreviation, in the form meant. */
  meant: string;
  /** The words before the bracket that the known abbreviation stands for. */
  expansion: string;
  /** Where the draft uses the form meant, if it does. */
  usedAt?: number;
}

/** `(UNRCR)`: a capital first, two capitals at least, as the parser reads a bracketed abbreviation. */
const BRACKETED = /\((\p{Lu}[\p{L}&-]{1,14})\)/gu;
/** How far before the bracket the known expansion is looked for. */
const REACH = 300;
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of an expansion as compared: lower case, apostrophes and hyphens parting words, no leading article or "United Nations". */
function expansionWords(expansion: string): string[] {
  return expansionKey(expansion).match(WORD) ?? [];
}

interface KnownWords {
  key: string;
  expansion: string;
  words: string[];
}

const wordsByKnown = new WeakMap<Map<string, KnownExpansion>, KnownWords[]>();

function knownWords(known: Map<string, KnownExpansion>): KnownWords[] {
  let list = wordsByKnown.get(known);
  if (!list) {
    list = [];
    for (const [key, entry] of known) {
      for (const expansion of [entry.expansion, ...(entry.otherExpansions ?? [])]) {
        const words = expansion ? expansionWords(expansion) : [];
        // One word ("Children's Fund" is two) says too little to tell what a bracket abbreviates.
        if (words.length >= 2) list.push({ key, expansion: expansion!, words });
      }
    }
    wordsByKnown.set(known, list);
  }
  return list;
}

/** The mistyped abbreviations of a draft, against the abbreviations it knows. */
export function findMistypedAbbreviations(document: UprDocument, known: Map<string, KnownExpansion>): MistypedAbbreviation[] {
  const defined = new Set(document.abbreviations.map((definition) => definition.abbreviationSpan.start));
  const { uses } = analyseAbbreviations(document);
  const quotes = sortedSpans(document.quotes);
  const list = knownWords(known);
  const found: MistypedAbbreviation[] = [];
  const { blocks } = document;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.kind === "comment" || block.role === "quotation" || block.role === "closing") continue;
    for (const bracketed of bracketedInBlock.at(document, index)) {
      const mistyped = mistypedAt(document, block, block.start + bracketed.at, bracketed.written, { defined, uses, quotes, list, known });
      if (mistyped) found.push(mistyped);
    }
  }
  return found;
}

/** The block's bracketed abbreviations, at offsets from the block's start. */
const bracketedInBlock = new BlockCache<readonly { at: number; written: string }[]>((document, block) => {
  const found: { at: number; written: string }[] = [];
  for (const match of document.text.slice(block.start, block.end).matchAll(BRACKETED)) {
    if (looksLikeAbbreviation(match[1])) found.push({ at: match.index, written: match[1] });
  }
  return found.length > 0 ? found : NO_BRACKETS;
});

const NO_BRACKETS: readonly { at: number; written: string }[] = [];

interface Against {
  defined: Set<number>;
  uses: ReturnType<typeof analyseAbbreviations>["uses"];
  quotes: readonly Span[];
  list: KnownWords[];
  known: Map<string, KnownExpansion>;
}

/** The bracketed abbreviation at `open` as a mistyped one, when it is. */
function mistypedAt(document: UprDocument, block: Block, open: number, written: string, { defined, uses, quotes, list, known }: Against): MistypedAbbreviation | undefined {
  const { text } = document;
  const start = open + 1;
  const span = { start, end: start + written.length };
  // The parser took it for a definition: the initials of the words before it spell it.
  if (defined.has(start)) return undefined;
  const key = abbreviationKey(written);
  const used = uses.get(key);
  if (known.has(key) || (used && (used.length > 1 || used[0].start !== start))) return undefined;
  if (overlapsAny(quotes, span)) return undefined;
  const before = (text.slice(Math.max(block.start, open - REACH), open).toLowerCase().replace(/['’‐‑-]/g, " ").match(WORD) ?? []).map(
    (word) => word.replace(/(?<=\p{L})\d{1,3}$/u, ""),
  );
  let best: { meant: string; distance: number; uses: number; expansion: string } | undefined;
  for (const entry of list) {
    if (!endsWith(before, entry.words)) continue;
    const prefix = before.slice(0, before.length - entry.words.length);
    const unBefore = prefix.at(-1) === "un" || (prefix.at(-2) === "united" && prefix.at(-1) === "nations");
    for (const form of [entry.key, ...otherForms(entry.key)]) {
      if (form !== entry.key && form.startsWith("UN") !== unBefore) continue;
      const distance = nearMiss(key, form);
      if (distance === undefined) continue;
      const count = uses.get(form)?.length ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && count > best.uses)) {
        best = { meant: form, distance, uses: count, expansion: entry.expansion };
      }
    }
  }
  if (!best) return undefined;
  const expansionText = text.slice(Math.max(block.start, open - REACH), open);
  return { ...span, written, meant: best.meant, expansion: writtenExpansion(expansionText, best.expansion), usedAt: uses.get(best.meant)?.[0]?.start };
}

function endsWith(words: string[], tail: string[]): boolean {
  if (tail.length > words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((word, k) => words[offset + k] === word);
}

/**
 * How far apart a written abbreviation is from a known form, when it is a slip of a letter or
 * two: not another form of it (CRC in UNCRC), not the same letters in another case (GoP, GOP).
 */
function nearMiss(written: string, form: string): number | undefined {
  const a = written.toUpperCase();
  if (a === form || a.includes(form) || form.includes(a) || Math.abs(a.length - form.length) > 1) return undefined;
  const distance = editDistance(a, form);
  return distance <= (Math.min(a.length, form.length) >= 5 ? 2 : 1) ? distance : undefined;
}

/** The expansion as the draft writes it before the bracket: the same words, in its case and with its "UN", on one line. */
function writtenExpansion(before: string, expansion: string): string {
  const words = expansionWords(expansion);
  const spans = [...before.matchAll(/[\p{L}\p{N}]+/gu)];
  let first = spans.length - words.length;
  const word = (k: number) => spans[k][0].toLowerCase();
  if (first > 0 && word(first - 1) === "un") first--;
  else if (first > 1 && word(first - 2) === "united" && word(first - 1) === "nations") first -= 2;
  return first >= 0 && first < spans.length ? before.slice(spans[first].index).replace(/\s+/g, " ").trim() : expansion;
}
