import { abbreviationCompletions } from "../analysis/abbreviations/editor.js";
import type { UprDocument } from "../document/model.js";
import { markerCompletion } from "./on-enter.js";
import type { SharedSettings } from "../config/shared-settings.js";
import type { Span } from "../text/text.js";
import { themeCompletionContext, themeCompletions } from "../analysis/themes/editor.js";

export interface CompletionEntry {
  label: string;
  insertText: string;
  /** The text the completion replaces: what has been typed of it. */
  range: Span;
  kind: "marker" | "abbreviation" | "theme";
  detail?: string;
  documentation?: string;
}

/** One kind of completion; every provider is asked and the answers are put together. */
export type CompletionProvider = (document: UprDocument, offset: number, settings: SharedSettings) => CompletionEntry[];

const ABBREVIATION_TYPED = /\p{Lu}[\p{L}\p{N}&.-]*$/u;

/** At the start of a line: the next paragraph number or recommendation letter. */
export const markerCompletions: CompletionProvider = (document, offset) => {
  const found = markerCompletion(document, offset);
  if (!found) return [];
  const label = found.marker.trimEnd();
  return [{ label, insertText: found.marker, range: found.range, kind: "marker", detail: /^\d/.test(label) ? "next paragraph number" : "next recommendation letter" }];
};

/** After a capital letter: the abbreviations defined above the cursor. */
export const abbreviationCompletionsAt: CompletionProvider = (document, offset) => {
  const lineStart = document.index.lineAt(offset).start;
  const typed = ABBREVIATION_TYPED.exec(document.text.slice(lineStart, offset));
  if (!typed) return [];
  const range = { start: offset - typed[0].length, end: offset };
  return abbreviationCompletions(document)
    .filter(({ abbreviation, definition }) => definition.end <= range.start && abbreviation.startsWith(typed[0]) && abbreviation !== typed[0])
    .map(({ abbreviation, expansion }) => ({ label: abbreviation, insertText: abbreviation, range, kind: "abbreviation", detail: expansion }));
};

/** Inside a `[F31, …]` tag or on a `Themes:` line: the theme codes, with their titles. */
export const themeCompletionsAt: CompletionProvider = (document, offset, settings) => {
  const context = themeCompletionContext(document.text, offset);
  if (!context) return [];
  return themeCompletions(context.prefix, settings.themes).map(({ code, title, group }) => ({
    label: code,
    insertText: code,
    range: context.range,
    kind: "theme",
    detail: title,
    documentation: group,
  }));
};

export const completionProviders: readonly CompletionProvider[] = [markerCompletions, themeCompletionsAt, abbreviationCompletionsAt];

export function completionsAt(
  document: UprDocument,
  offset: number,
  settings: SharedSettings = {},
  providers: readonly CompletionProvider[] = completionProviders,
): CompletionEntry[] {
  return providers.flatMap((provider) => provider(document, offset, settings));
}
