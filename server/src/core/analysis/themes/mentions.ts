import type { SourceText } from "../../text/source-text.js";
import type { ThemeMention, UprDocument } from "../../document/model.js";
import { reuseOf } from "../../document/parser/incremental.js";
import { firstStartingFrom } from "../../document/span-search.js";
import { movedSpan } from "../../text/text.js";
import { themeCatalogue, type Theme, type ThemeCatalogue } from "./catalogue.js";
import { readThemeSettings } from "./settings.js";
import { readTitle, trailingText, type TitleReading } from "./titles.js";

/** A theme mention with what the theme rules need to judge it. */
export interface ReadMention {
  mention: ThemeMention;
  theme: Theme | undefined;
  /** What follows a code written in text or on a `Themes:` line. */
  title: TitleReading | undefined;
  /** A tag, a `Themes:` line, or a code in text that reads as a theme: after the word "theme(s)" in its sentence, or followed by a title. */
  themeLike: boolean;
}

const SENTENCE_END = /[.!?]\s(?![\s\S]*[.!?]\s)/;
const THEME_WORD = /\bthemes?\b/i;

/** The catalogue for a rule's options (`themes` from the settings). */
export function catalogueFor(options: Readonly<Record<string, unknown>>): ThemeCatalogue {
  return themeCatalogue(readThemeSettings(options.themes).settings);
}

const cache = new WeakMap<UprDocument, Map<ThemeCatalogue, ReadMention[]>>();

/** Each theme mention of the document, read against the catalogue; once per parse, for UPR201 and UPR202. */
export function readMentions(document: UprDocument, catalogue: ThemeCatalogue): ReadMention[] {
  let byCatalogue = cache.get(document);
  if (!byCatalogue) {
    byCatalogue = new Map();
    cache.set(document, byCatalogue);
  }
  let read = byCatalogue.get(catalogue);
  if (!read) {
    read = readAll(document, catalogue);
    byCatalogue.set(catalogue, read);
  }
  return read;
}

/**
 * After an edit, a mention is read again only when what its reading looks at may have changed:
 * its block was built again, or the edit lies within the stretch of text before it that
 * `inThemeSentence` reads. The others keep their readings, those after the edit moved.
 */
function readAll(document: UprDocument, catalogue: ThemeCatalogue): ReadMention[] {
  const { themes } = document;
  const reuse = reuseOf(document);
  const kept = reuse && cache.get(reuse.previous)?.get(catalogue);
  if (!kept) return themes.map((_, i) => readMention(document, catalogue, i));
  const old = reuse.previous.themes;
  const before = firstStartingFrom(old, reuse.start);
  const after = firstStartingFrom(old, reuse.oldEnd);
  // From index `tail` on, a mention is the previous version's mention at its index - shift, moved.
  const shift = themes.length - old.length;
  const tail = after + shift;
  const delta = reuse.newEnd - reuse.oldEnd;
  const read = kept.slice(0, before);
  for (let i = before; i < themes.length; i++) {
    const unaffected = i >= tail && old[i - shift].start - SENTENCE_REACH >= reuse.oldEnd;
    read.push(unaffected ? movedReading(kept[i - shift], themes[i], delta) : readMention(document, catalogue, i));
  }
  return read;
}

function readMention(document: UprDocument, catalogue: ThemeCatalogue, i: number): ReadMention {
  const { text, themes } = document;
  const mention = themes[i];
  const theme = catalogue.get(mention.code);
  const trailing = trailingText(document, mention, themes[i + 1]);
  const title = trailing && readTitle(text, trailing, theme, catalogue);
  return { mention, theme, title, themeLike: mention.form !== "text" || (catalogue.hasLetter(mention.code[0]) && (title !== undefined || inThemeSentence(text, mention.start))) };
}

function movedReading(reading: ReadMention, mention: ThemeMention, delta: number): ReadMention {
  const { title } = reading;
  const moved: TitleReading | undefined =
    title?.kind === "other" ? { kind: "other", theme: title.theme, span: movedSpan(title.span, delta) } : title?.kind === "unlike" ? { kind: "unlike", span: movedSpan(title.span, delta) } : title;
  return { mention, theme: reading.theme, title: moved, themeLike: reading.themeLike };
}

/** How far before a code `inThemeSentence` reads. */
const SENTENCE_REACH = 300;

function inThemeSentence(text: SourceText, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - SENTENCE_REACH), offset);
  const sentenceEnd = before.search(SENTENCE_END);
  return THEME_WORD.test(sentenceEnd < 0 ? before : before.slice(sentenceEnd + 1));
}
