import type { SourceText } from "../../text/source-text.js";
import type { ThemeMention, UprDocument } from "../../document/model.js";
import type { Span } from "../../text/text.js";
import { themeCatalogue, type Theme } from "./catalogue.js";
import type { ThemeSettings } from "./settings.js";

/** A theme code under the cursor, for hover: the code, where it is, and its theme when the code is known. */
export interface ThemeInfo {
  code: string;
  span: Span;
  form: ThemeMention["form"];
  /** Title, group and source; undefined for an unknown code. */
  theme?: Theme;
}

/** The theme code at an offset (the end of the code counts), if any. */
export function themeAt(document: UprDocument, offset: number, settings: ThemeSettings = {}): ThemeInfo | undefined {
  const mention = document.themes.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (!mention) return undefined;
  return { code: mention.code, span: { start: mention.start, end: mention.end }, form: mention.form, theme: themeCatalogue(settings).get(mention.code) };
}

export interface ThemeCompletion {
  /** The code to insert, e.g. F31. */
  code: string;
  title: string;
  group?: string;
}

/** Theme codes starting with a prefix (any case), with their titles, in code order. */
export function themeCompletions(prefix = "", settings: ThemeSettings = {}): ThemeCompletion[] {
  const wanted = prefix.toUpperCase();
  return themeCatalogue(settings)
    .all()
    .filter((theme) => theme.code.startsWith(wanted))
    .map(({ code, title, group }) => ({ code, title, group }));
}

const IN_TAG = /\[(?:[A-Za-z]\d{1,2}\s*[,;]\s*)*([A-Za-z]?\d{0,2})$/;
const THEMES_LINE = /^[ \t]*(?:UPR\s+)?themes?:/i;
const CODE_SO_FAR = /(?:^|[\s,;:])([A-Za-z]?\d{0,2})$/;

/**
 * Where theme codes are completed: inside a tag after `[` or `, `, and on a `Themes:` line where a
 * code may start. Gives the part of a code typed so far and the range a completion replaces.
 */
export function themeCompletionContext(text: SourceText, offset: number): { prefix: string; range: Span } | undefined {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const prefix = IN_TAG.exec(before)?.[1] ?? (THEMES_LINE.test(before) ? CODE_SO_FAR.exec(before.replace(THEMES_LINE, " "))?.[1] : undefined);
  return prefix === undefined ? undefined : { prefix, range: { start: offset - prefix.length, end: offset } };
}
