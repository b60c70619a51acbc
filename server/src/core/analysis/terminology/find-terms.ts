import { BlockFindings } from "../block-findings.js";
import type { Block, UprDocument } from "../../document/model.js";
import { overlapsAny, sortedSpans } from "../../document/span-search.js";
import type { Span } from "../../text/text.js";
import { matchCase, pluralizePhrase } from "./inflect.js";
import { PhraseMatcher, type PhraseMatch } from "./matcher.js";
import { activeTermEntries, INSTRUMENT_TITLES, type TermEntry } from "./packs.js";
import type { TerminologySettings } from "./settings.js";
import { IN_BLOCKQUOTE, IN_FOOTNOTE, SKIPPED_BEFORE, blockWordTokens, flaggedWithin, type WordTokens } from "./words.js";

/** A term found in running text, where it should not stand. */
export interface TermFinding extends Span {
  entry: TermEntry;
  /** The words as written. */
  text: string;
  /** The replacement for each of the entry's alternatives, in the case and number of the text; empty when no edit is safe. */
  replacements: string[];
}

const MATCHER_CACHE_SIZE = 8;
const matchers = new Map<string, PhraseMatcher>();
const findingsByMatcher = new WeakMap<PhraseMatcher, BlockFindings<TermFinding>>();

/** The terms of the settings in force, matched once per document and shared by UPR101, UPR102 and hover. */
export function findTerms(document: UprDocument, settings: TerminologySettings = {}): TermFinding[] {
  const matcher = matcherFor(settings);
  let findings = findingsByMatcher.get(matcher);
  if (!findings) {
    findings = new BlockFindings((document, blocks) => scan(document, blocks, matcher), movedFinding);
    findingsByMatcher.set(matcher, findings);
  }
  return findings.get(document);
}

function movedFinding(finding: TermFinding, delta: number): TermFinding {
  const { entry, text, replacements } = finding;
  return { start: finding.start + delta, end: finding.end + delta, entry, text, replacements };
}

/** The flagged term at an offset, for hover. */
export function termAt(document: UprDocument, offset: number, settings: TerminologySettings = {}): TermFinding | undefined {
  return findTerms(document, settings).find((finding) => finding.start <= offset && offset <= finding.end);
}

function matcherFor(settings: TerminologySettings): PhraseMatcher {
  const key = JSON.stringify([settings.terms, settings.termPacks, settings.termExceptions]);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = compile(settings);
    if (matchers.size >= MATCHER_CACHE_SIZE) matchers.delete(matchers.keys().next().value!);
    matchers.set(key, matcher);
  }
  return matcher;
}

function compile(settings: TerminologySettings): PhraseMatcher {
  const matcher = new PhraseMatcher();
  const entries = activeTermEntries(settings);
  // Titles, exceptions and every preferred term first: a term never fires inside one of them.
  for (const phrase of [...INSTRUMENT_TITLES, ...(settings.termExceptions ?? [])]) matcher.addExempt(phrase);
  for (const entry of entries) for (const alternative of entry.alternatives) matcher.addExempt(alternative);
  for (const entry of entries) for (const term of entry.terms) matcher.addTerm(term, entry);
  return matcher;
}

/** A phrase never runs from one block into the next, so blocks can be searched on their own. */
function scan(document: UprDocument, blocks: readonly Block[], matcher: PhraseMatcher): TermFinding[] {
  const from = blocks[0]?.start ?? 0;
  const to = blocks[blocks.length - 1]?.end ?? 0;
  const quotes = sortedSpans(document.quotes.filter((quote) => quote.end > from && quote.start < to));
  const tokens = blockWordTokens(document, blocks);
  const findings: TermFinding[] = [];
  const { keys } = tokens;
  for (let i = 0; i < tokens.count; ) {
    const match = matcher.mayStart(keys[i]) ? matcher.match(tokens, i) : undefined;
    if (!match) {
      i++;
      continue;
    }
    i = match.last + 1;
    if (match.terminal.kind === "exempt" || quoted(tokens, match, quotes)) continue;
    const text = document.text.slice(match.start, match.end);
    const { entry, plural } = match.terminal;
    const editable = !flaggedWithin(tokens, match.first + 1, match.last, SKIPPED_BEFORE);
    findings.push({
      start: match.start,
      end: match.end,
      entry,
      text,
      replacements: editable ? [...new Set(entry.alternatives.map((alternative) => matchCase(text, plural ? pluralizePhrase(alternative) : alternative)))] : [],
    });
  }
  return findings;
}

/** Someone else's words: a quotation, a blockquote line, a footnote citing a source. */
function quoted(tokens: WordTokens, match: PhraseMatch, quotes: readonly Span[]): boolean {
  return flaggedWithin(tokens, match.first, match.last, IN_BLOCKQUOTE | IN_FOOTNOTE) || overlapsAny(quotes, match);
}
