import type { SourceText } from "../../text/source-text.js";
import nameTitles from "../../data/name-titles.json";
import { BlockFindings } from "../block-findings.js";
import type { Block, UprDocument } from "../../document/model.js";
import { isCapital, type Span } from "../../text/text.js";
import { blockWordTokens, wordKey } from "../terminology/words.js";

/** A surname written after a title ("Mr Khail"). */
export interface TitledName extends Span {
  /** The title as written, without a full stop. */
  title: string;
  /** The surname as written, without a possessive ’s. */
  name: string;
}

/** A surname after a title that the draft spells another way after the same title, once a letter apart. */
export interface NameVariant extends TitledName {
  /** The other spelling. */
  other: string;
  /** How often each spelling stands in the draft as a word. */
  count: number;
  otherCount: number;
}

const TITLES = new Set(nameTitles.titles.words);
const TITLE_KEYS = new Set(nameTitles.titles.words.map((title) => wordKey(title.toLowerCase())));
/** A surname: a capital and three lower-case letters or more. */
const SURNAME = /^\p{Lu}\p{Ll}{3,}$/u;
/** Between a title and a name: an optional full stop, then spaces with one line break at most. */
const TITLE_GAP = /^\.?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;

const finder = new BlockFindings<TitledName>(scanTitles, (item, delta) => ({ ...item, start: item.start + delta, end: item.end + delta }));

/** The surnames after titles in a document, kept per block across edits elsewhere. */
export function titledNames(document: UprDocument): TitledName[] {
  return finder.get(document);
}

function scanTitles(document: UprDocument, blocks: readonly Block[]): TitledName[] {
  const tokens = blockWordTokens(document, blocks);
  const { text } = document;
  const found: TitledName[] = [];
  for (let i = 0; i + 1 < tokens.count; i++) {
    // Titles and surnames open with a capital: a word without one is passed over unread.
    if (!TITLE_KEYS.has(tokens.keys[i]) || !isCapital(text.charCodeAt(tokens.starts[i])) || !isCapital(text.charCodeAt(tokens.starts[i + 1]))) continue;
    const title = tokens.original(i);
    if (!TITLES.has(title) || !TITLE_GAP.test(text.slice(tokens.ends[i], tokens.starts[i + 1]))) continue;
    const name = tokens.original(i + 1).replace(/['\u2019]s$/, "");
    if (!SURNAME.test(name)) continue;
    const start = tokens.starts[i + 1];
    found.push({ start, end: start + name.length, title, name });
  }
  return found;
}

/**
 * The surnames written after a title that the same title also has spelt one letter changed or two
 * neighbouring letters swapped ("Mr Khail", "Mr Khali"): the rarer spelling, or the later one where
 * both are as common, with the other.
 */
export function nameVariants(document: UprDocument): NameVariant[] {
  const names = titledNames(document);
  if (names.length < 2) return [];
  const byTitle = new Map<string, Set<string>>();
  for (const { title, name } of names) {
    const key = titleKey(title);
    byTitle.set(key, (byTitle.get(key) ?? new Set()).add(name));
  }
  const counts = new Map<string, number>();
  const count = (name: string) => counts.get(name) ?? counts.set(name, wordCount(document.text, name)).get(name)!;
  /** Title and spelling to report, with the spelling kept. */
  const variants = new Map<string, string>();
  for (const [title, spellings] of byTitle) {
    const list = [...spellings];
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        if (!oneSlipApart(list[a], list[b])) continue;
        const [kept, slip] = count(list[a]) >= count(list[b]) ? [list[a], list[b]] : [list[b], list[a]];
        const equal = count(list[a]) === count(list[b]);
        // Where both are as common, the spelling met first is taken as meant.
        const later = equal ? (firstAt(names, title, list[a]) > firstAt(names, title, list[b]) ? list[a] : list[b]) : slip;
        variants.set(`${title} ${later}`, later === slip ? kept : slip);
      }
    }
  }
  if (variants.size === 0) return [];
  const found: NameVariant[] = [];
  for (const entry of names) {
    const other = variants.get(`${titleKey(entry.title)} ${entry.name}`);
    if (other !== undefined) found.push({ ...entry, other, count: count(entry.name), otherCount: count(other) });
  }
  return found;
}

/** "Mr" and "Mr." are one title; "Professor" and "Prof" too. */
function titleKey(title: string): string {
  return title === "Professor" ? "Prof" : title === "Reverend" ? "Rev" : title;
}

function firstAt(names: readonly TitledName[], title: string, name: string): number {
  return names.find((entry) => titleKey(entry.title) === title && entry.name === name)?.start ?? Infinity;
}

/** One letter changed (not the first, in names of six letters or more) or two neighbouring letters swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return false;
  }
  if (second < 0) return first > 0 && a.length >= 6;
  return second === first + 1 && a[first] === b[second] && a[second] === b[first];
}

/** How often a name stands in the text as a whole word. */
function wordCount(text: SourceText, name: string): number {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + name.length))) count++;
  }
  return count;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);
}
