import type { ThemeMention, UprDocument } from "../../document/model.js";
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

function readAll(document: UprDocument, catalogue: ThemeCatalogue): ReadMention[] {
  const { text, themes } = document;
  return themes.map((mention, i) => {
    const theme = catalogue.get(mention.code);
    const trailing = trailingText(document, mention, themes[i + 1]);
    const title = trailing && readTitle(text, trailing, theme, catalogue);
    return { mention, theme, title, themeLike: mention.form !== "text" || (catalogue.hasLetter(mention.code[0]) && (title !== undefined || inThemeSentence(text, mention.start))) };
  });
}

function inThemeSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 300), offset);
  const sentenceEnd = before.search(SENTENCE_END);
  return THEME_WORD.test(sentenceEnd < 0 ? before : before.slice(sentenceEnd + 1));
}
