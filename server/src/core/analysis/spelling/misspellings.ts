import misspellings from "../../data/misspellings.json";
import { BlockFindings } from "../block-findings.js";
import type { Block, UprDocument } from "../../document/model.js";
import type { SourceText } from "../../text/source-text.js";
import type { Span } from "../../text/text.js";
import { matchCase } from "../terminology/inflect.js";
import { GAP_TIGHT, blockWordTokens, wordKey, type WordTokens } from "../terminology/words.js";

/** A misspelt word, with the word meant. */
export interface Misspelling extends Span {
  /** The word as written. */
  text: string;
  /** The word meant, in the case of the text. */
  correction: string;
}

/**
 * Misspellings that are no word of any language a submission is likely to quote, looked up by the
 * word as written in each group's entries as they stand: a map of them would be built again at
 * every start of the CLI.
 */
const WORD_GROUPS: readonly Readonly<Record<string, string | undefined>>[] = misspellings.words.map((group) => group.entries);

function correctionOf(word: string): string | undefined {
  for (const entries of WORD_GROUPS) if (Object.hasOwn(entries, word)) return entries[word];
  return undefined;
}

/** Real words that are a misspelling only beside certain words ("table bellow", "United Sates"). */
interface PhraseMisspelling {
  correction: string;
  after: ReadonlySet<string>;
  before: ReadonlySet<string>;
}

const PHRASES = new Map<string, PhraseMisspelling>();
for (const entry of misspellings.phrases) {
  PHRASES.set(entry.word, {
    correction: entry.correction,
    after: new Set(entry.after),
    before: new Set("before" in entry ? entry.before : []),
  });
}

/**
 * The keys (first two letters and length) of the words above, each with the last letters of its
 * words (a bit for each of a to z, one for any other): a word of a draft with no such key and
 * ending is passed over unread.
 */
const WORD_ENDINGS = new Map<number, number>();
for (const entries of WORD_GROUPS) {
  for (const word in entries) {
    const key = wordKey(word);
    WORD_ENDINGS.set(key, (WORD_ENDINGS.get(key) ?? 0) | endingBit(word.charCodeAt(word.length - 1)));
  }
}

function endingBit(code: number): number {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122 ? 1 << (lower - 97) : 1 << 26;
}

/** The keys of the phrase words. */
const PHRASE_KEYS = new Set<number>([...PHRASES.keys()].map(wordKey));

const finder = new BlockFindings<Misspelling>(scan, (item, delta) => ({ ...item, start: item.start + delta, end: item.end + delta }));

/** The misspelt words of a document, found once per version and kept per block across edits elsewhere. */
export function findMisspellings(document: UprDocument): Misspelling[] {
  return finder.get(document);
}

function scan(document: UprDocument, blocks: readonly Block[]): Misspelling[] {
  const tokens = blockWordTokens(document, blocks);
  const found: Misspelling[] = [];
  const { keys } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    const key = keys[i];
    let correction: string | undefined;
    // A misspelling is looked up as written: one with a capital may be a name, in English or not.
    const endings = WORD_ENDINGS.get(key);
    if (endings !== undefined && endings & endingBit(document.text.charCodeAt(tokens.ends[i] - 1))) correction = correctionOf(tokens.original(i));
    if (correction === undefined && PHRASE_KEYS.has(key)) {
      const phrase = PHRASES.get(tokens.norm(i));
      if (phrase) correction = inContext(tokens, i, phrase);
    }
    if (correction === undefined) continue;
    const start = tokens.starts[i];
    const end = tokens.ends[i];
    if (notProse(document.text, start, end) || markedSic(document.text, end)) continue;
    const text = tokens.original(i);
    found.push({ start, end, text, correction: matchCase(text, correction) });
  }
  // Footnote texts and running heads that pasted text leaves inside a paragraph are not among its words: they are read apart.
  let apart = false;
  for (const block of blocks) {
    for (const artefact of block.artefacts) {
      apart = true;
      scanApart(document.text, artefact, found);
    }
  }
  return apart ? found.sort((a, b) => a.start - b.start) : found;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

/** The misspellings that need no context, in a piece of text the words of the blocks leave out. */
function scanApart(text: SourceText, span: Span, found: Misspelling[]): void {
  WORD.lastIndex = 0;
  const piece = text.slice(span.start, span.end);
  for (let match = WORD.exec(piece); match; match = WORD.exec(piece)) {
    const word = match[0];
    const correction = correctionOf(word);
    if (correction === undefined) continue;
    const start = span.start + match.index;
    const end = start + word.length;
    if (notProse(text, start, end) || markedSic(text, end)) continue;
    found.push({ start, end, text: word, correction });
  }
}

/** A real word read as a misspelling only next to a word that makes it one. */
function inContext(tokens: WordTokens, i: number, entry: PhraseMisspelling): string | undefined {
  const after = i > 0 && tokens.gap(i) === GAP_TIGHT && entry.after.has(tokens.norm(i - 1));
  const before = i + 1 < tokens.count && tokens.gap(i + 1) === GAP_TIGHT && entry.before.has(tokens.norm(i + 1));
  return after || before ? entry.correction : undefined;
}

/** Characters that join a word into an address, a path, a file name or code rather than prose. */
const NOT_PROSE = /[/\\@_=&%~`#<>{}|]|www\.|\.[a-z]/i;

/** The word lies in a run without spaces that is an address, a path or code: a URL, an e-mail, a file name. */
function notProse(text: SourceText, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
  return NOT_PROSE.test(text.slice(from, to));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 12;
}

/** "[sic]" or "(sic)" right after the word: the writer keeps the spelling of a source on purpose. */
function markedSic(text: SourceText, end: number): boolean {
  return /^\W{0,3}[[(]sic[\])]/i.test(text.slice(end, end + 12));
}
