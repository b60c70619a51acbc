import type { SourceText } from "../../text/source-text.js";
import officialTitles from "../../data/official-titles.json";
import { BlockFindings } from "../block-findings.js";
import type { Block, UprDocument } from "../../document/model.js";
import { overlapsAny, sortedSpans } from "../../document/span-search.js";
import { editDistance } from "../../text/edit-distance.js";
import type { TextEdit } from "../../text/edit.js";
import type { Span } from "../../text/text.js";
import { GAP_LOOSE, GAP_TIGHT, IN_BLOCKQUOTE, IN_FOOTNOTE, blockWordTokens, flaggedWithin, wordKey, type WordTokens } from "./words.js";

/** A word of an official title: lower case for comparing, and where it stands in the title. */
interface TitleWord extends Span {
  key: string;
  /** A comma, semicolon or colon stands before the word in the title: the text may have one there too. */
  loose: boolean;
}

export interface OfficialTitle {
  title: string;
  source: { title: string; url: string };
  words: TitleWord[];
}

/**
 * An official title quoted with one word wrong: a word changed by a letter or two
 * ("Inhumane" for "Inhuman"), a word left out, or a word put in. The span is the word concerned:
 * the changed or added word, or the word before which one is missing.
 */
export interface MisquotedTitle extends Span {
  official: OfficialTitle;
  change: "changed" | "dropped" | "added";
  /** The word as written (changed, added), or the title's word that is missing (dropped). */
  word: string;
  /** The title's word, for a changed word. */
  officialWord?: string;
  /** The title as written, from its first word to its last. */
  written: string;
  edit: TextEdit;
}

/** A word left out or put in is told from an elliptical mention only in titles this long. */
const LONG_TITLE = 8;
/** A changed word is a misspelling only when both forms are this long: "of" for "on" may be another title. */
const SHORT_WORD = 4;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const SOURCES = officialTitles.sources as Record<string, { title: string; url: string }>;

export const OFFICIAL_TITLES: readonly OfficialTitle[] = officialTitles.titles.map(({ title, source }) => ({
  title,
  source: SOURCES[source],
  words: [...title.matchAll(WORD)].map((match, k, all) => ({
    key: match[0].toLowerCase().replace(/\u2019/g, "'"),
    start: match.index,
    end: match.index + match[0].length,
    loose: k > 0 && /[,;:]/.test(title.slice(all[k - 1].index + all[k - 1][0].length, match.index)),
  })),
}));

/** The titles by the key of their first word: a title is looked for only where a word could open one. */
const BY_FIRST_KEY = new Map<number, OfficialTitle[]>();
for (const official of OFFICIAL_TITLES) {
  const key = wordKey(official.words[0].key);
  BY_FIRST_KEY.set(key, [...(BY_FIRST_KEY.get(key) ?? []), official]);
}

const findings = new BlockFindings<MisquotedTitle>(scan, (finding, delta) => ({
  ...finding,
  start: finding.start + delta,
  end: finding.end + delta,
  edit: { ...finding.edit, start: finding.edit.start + delta, end: finding.edit.end + delta },
}));

/** The official titles quoted with one word wrong in the draft's own text (not in quotations, blockquotes or footnotes). */
export function findMisquotedTitles(document: UprDocument): MisquotedTitle[] {
  return findings.get(document);
}

/** A title never runs from one block into the next, so blocks can be searched on their own. */
function scan(document: UprDocument, blocks: readonly Block[]): MisquotedTitle[] {
  const from = blocks[0]?.start ?? 0;
  const to = blocks[blocks.length - 1]?.end ?? 0;
  const quoted = sortedSpans([
    ...document.quotes.filter((quote) => quote.end > from && quote.start < to),
    ...blocks.filter((block) => block.role === "quotation"),
  ]);
  const tokens = blockWordTokens(document, blocks);
  const found: MisquotedTitle[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const candidates = BY_FIRST_KEY.get(tokens.keys[i]);
    if (!candidates) continue;
    const first = tokens.norm(i);
    let best: { official: OfficialTitle; miss: Miss } | undefined;
    for (const official of candidates) {
      if (official.words[0].key !== first) continue;
      const miss = misquote(tokens, i, official);
      if (miss && (!best || official.words.length > best.official.words.length)) best = { official, miss };
    }
    if (!best || coversAnother(tokens, i, best.miss.last, best.official)) continue;
    const finding = describe(document.text, tokens, i, best.official, best.miss);
    if (found.some((earlier) => earlier.start === finding.start)) continue;
    if (flaggedWithin(tokens, i, best.miss.last, IN_BLOCKQUOTE | IN_FOOTNOTE) || overlapsAny(quoted, { start: tokens.starts[i], end: tokens.ends[best.miss.last] })) continue;
    found.push(finding);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where the words from `i` part from the title: the one difference, and the index of the last word of the title as written. */
interface Miss {
  change: MisquotedTitle["change"];
  /** The word of the text concerned (for "dropped", the one before which the title's word is missing). */
  at: number;
  /** The title's word concerned. */
  titleWord: number;
  last: number;
}

/** The title as written from word `i` with exactly one word wrong, or nothing (written right, or not this title). */
function misquote(tokens: WordTokens, i: number, official: OfficialTitle): Miss | undefined {
  const { words } = official;
  const n = words.length;
  let w = i;
  let t = 0;
  while (t < n && w < tokens.count && (w === i || joins(tokens, w, words[t].loose)) && tokens.norm(w) === words[t].key) {
    t++;
    w++;
  }
  if (t === n || w >= tokens.count || !joins(tokens, w, words[t].loose || words[t + 1]?.loose)) return undefined;
  const word = tokens.norm(w);
  if (nearMiss(word, words[t].key)) {
    const last = matchesFrom(tokens, w + 1, words, t + 1);
    if (last !== undefined) return { change: "changed", at: w, titleWord: t, last: last < 0 ? w : last };
  }
  if (n < LONG_TITLE) return undefined;
  if (t < n - 1) {
    const last = matchesFrom(tokens, w, words, t + 1);
    if (last !== undefined && last >= 0) return { change: "dropped", at: w, titleWord: t, last };
  }
  const last = matchesFrom(tokens, w + 1, words, t);
  if (last !== undefined && last >= 0) return { change: "added", at: w, titleWord: t, last };
  return undefined;
}

/** The index of the text word that ends the title when its words from `t` stand from word `w` on, unbroken; -1 when none are left to match. */
function matchesFrom(tokens: WordTokens, w: number, words: TitleWord[], t: number): number | undefined {
  if (t === words.length) return -1;
  for (; t < words.length; t++, w++) {
    if (w >= tokens.count || !joins(tokens, w, words[t].loose) || tokens.norm(w) !== words[t].key) return undefined;
  }
  return w - 1;
}

/** Whether word `w` follows the word before it as a title's word does: after spaces, or after a comma where the title has one. */
function joins(tokens: WordTokens, w: number, loose: boolean): boolean {
  const gap = tokens.gap(w);
  return gap === GAP_TIGHT || (loose && gap === GAP_LOOSE);
}

/** Two spellings of one word that differ by a letter or two, not by number or case (Protocol, Protocols, Child’s). */
function nearMiss(word: string, official: string): boolean {
  if (word === official || word.length < SHORT_WORD || official.length < SHORT_WORD) return false;
  if (plural(word, official) || plural(official, word)) return false;
  const distance = editDistance(word, official);
  return distance <= 2 && distance * 3 <= Math.max(word.length, official.length);
}

function plural(singular: string, word: string): boolean {
  return (
    word === `${singular}s` ||
    word === `${singular}es` ||
    word === `${singular}'s` ||
    (singular.endsWith("y") && word === `${singular.slice(0, -1)}ies`)
  );
}

/**
 * Whether the words as written begin another official title, or are all of one: "Convention on
 * the Elimination of All Forms of Discrimination" opens the Convention on women as well as the one
 * on racial discrimination with a word left out.
 */
function coversAnother(tokens: WordTokens, i: number, last: number, official: OfficialTitle): boolean {
  const count = last - i + 1;
  return OFFICIAL_TITLES.some((other) => {
    if (other === official || other.words.length < count) return false;
    for (let k = 0; k < count; k++) if (tokens.norm(i + k) !== other.words[k].key) return false;
    return true;
  });
}

function describe(text: SourceText, tokens: WordTokens, i: number, official: OfficialTitle, miss: Miss): MisquotedTitle {
  const { words } = official;
  const titleWord = words[miss.titleWord];
  const written = text.slice(tokens.starts[i], tokens.ends[miss.last]).replace(/\s+/g, " ");
  const at = { start: tokens.starts[miss.at], end: tokens.ends[miss.at] };
  const base = { ...at, official, written };
  switch (miss.change) {
    case "changed": {
      const original = tokens.original(miss.at);
      const officialWord = official.title.slice(titleWord.start, titleWord.end);
      return { ...base, change: "changed", word: original, officialWord, edit: { ...at, newText: sameCase(original, officialWord) } };
    }
    case "dropped": {
      // The missing word with what follows it in the title (", " or " "), put before the word that follows.
      const inserted = official.title.slice(titleWord.start, words[miss.titleWord + 1].start);
      return { ...base, change: "dropped", word: official.title.slice(titleWord.start, titleWord.end), edit: { start: at.start, end: at.start, newText: inserted } };
    }
    case "added":
      return { ...base, change: "added", word: tokens.original(miss.at), edit: { start: at.start, end: tokens.starts[miss.at + 1], newText: "" } };
  }
}

/** The title's word in the case of the word written: capitals for capitals, a capital first for a capital first. */
function sameCase(written: string, official: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return official.toUpperCase();
  if (written[0] !== written[0].toLowerCase()) return official[0].toUpperCase() + official.slice(1);
  return official;
}
