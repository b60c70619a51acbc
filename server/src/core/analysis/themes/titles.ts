import type { SourceText } from "../../text/source-text.js";
import type { ThemeMention, UprDocument } from "../../document/model.js";
import type { Span } from "../../text/text.js";
import type { Theme, ThemeCatalogue } from "./catalogue.js";

interface Word extends Span {
  word: string;
}

/** What follows a theme code: its own title, another code's title, some other title, or prose. */
export type TitleReading =
  | { kind: "own" }
  | { kind: "other"; span: Span; theme: Theme }
  | { kind: "unlike"; span: Span };

const WORD = /[\p{L}\p{N}]+|&/gu;
/** Where a title ends at the latest: the end of the sentence, or a comma that opens a clause. */
const TITLE_END = /[.!?](?=\s|$)|,\s*(?:which|that|who|whom|whose|where|when|as|because|while|although|since)\b/i;
const CONNECTORS = new Set(["and", "or"]);

/** The words of a title as compared: lower case, `&` read as "and"; punctuation and line breaks do not count. */
function words(text: string, offset = 0): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: match[0] === "&" ? "and" : match[0].toLowerCase(),
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }));
}

const titleWordsCache = new WeakMap<Theme, string[]>();

function titleWords(theme: Theme): string[] {
  let cached = titleWordsCache.get(theme);
  if (!cached) {
    cached = words(theme.title).map(({ word }) => word);
    titleWordsCache.set(theme, cached);
  }
  return cached;
}

function startsWith(text: Word[], title: string[]): boolean {
  return title.length > 0 && title.length <= text.length && title.every((word, i) => text[i].word === word);
}

/** The text after a code, up to the next code of the same line or block: where its title would be. */
export function trailingText(document: UprDocument, mention: ThemeMention, next: ThemeMention | undefined): Span | undefined {
  let span = mention.trailing;
  if (!span && mention.form === "themes-line") span = { start: mention.end, end: document.index.lineAt(mention.end).end };
  if (!span) return undefined;
  return next && next.start < span.end && next.start >= span.start ? { start: span.start, end: next.start } : span;
}

/**
 * Reads what follows a code. Only text that clearly is a theme title is judged: another code's
 * title, or words with a colon before the sentence ends ("Children: …"). Punctuation, case and
 * line breaks are ignored; an abbreviated own title ("Children: definition") is the own title.
 */
export function readTitle(text: SourceText, trailing: Span, own: Theme | undefined, catalogue: ThemeCatalogue): TitleReading | undefined {
  const after = text.slice(trailing.start, trailing.end);
  const all = words(after, trailing.start);
  if (all.length === 0) return undefined;
  if (own && startsWith(all, titleWords(own))) return { kind: "own" };
  let other: Theme | undefined;
  for (const theme of catalogue.all()) {
    if (theme !== own && startsWith(all, titleWords(theme)) && titleWords(theme).length > (other ? titleWords(other).length : 0)) other = theme;
  }
  if (other) return { kind: "other", theme: other, span: { start: all[0].start, end: all[titleWords(other).length - 1].end } };

  const sentenceEnd = after.search(TITLE_END);
  const segmentEnd = trailing.start + (sentenceEnd < 0 ? after.length : sentenceEnd);
  if (!text.slice(trailing.start, segmentEnd).includes(":")) return undefined;
  const segment = all.filter((word) => word.end <= segmentEnd);
  while (segment.length > 0 && CONNECTORS.has(segment[segment.length - 1].word)) segment.pop();
  if (segment.length === 0) return undefined;
  if (own && titleWords(own).length >= segment.length && segment.every((word, i) => titleWords(own)[i] === word.word)) return { kind: "own" };
  return { kind: "unlike", span: { start: segment[0].start, end: segment[segment.length - 1].end } };
}
