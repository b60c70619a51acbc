import { abbreviationAt } from "../analysis/abbreviations/editor.js";
import type { Block, UprDocument } from "../document/model.js";
import { firstWords } from "./outline.js";
import { describeAction, recommendationActionAt } from "../analysis/recommendations.js";
import type { SharedSettings } from "../config/shared-settings.js";
import type { Span } from "../text/text.js";
import { themeAt } from "../analysis/themes/editor.js";

/** What the editor shows for the text under the cursor: a hover, and where go to definition leads. */
export interface NavigationTarget {
  /** The text the hover belongs to. */
  span: Span;
  /** Markdown. */
  hover?: string;
  /** Where go to definition goes: several places when a paragraph number is used twice. */
  definitions: Span[];
}

/** One kind of thing under the cursor; the first provider that recognises the offset answers. */
export type NavigationProvider = (document: UprDocument, offset: number, settings: SharedSettings) => NavigationTarget | undefined;

const QUOTE_WORDS = 12;

/** `see paragraph 12`, `paras 3–5`: the paragraphs referred to. On one number of a range, that paragraph only. */
export const crossReferenceTarget: NavigationProvider = (document, offset) => {
  const reference = document.crossReferences.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (!reference) return undefined;
  const number = reference.numbers.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  const targets = number ? [number.text] : reference.targets;
  const span = number ?? reference;
  const lines = targets.map((target) => {
    const found = document.paragraphs.filter((paragraph) => paragraph.marker!.text === target);
    if (found.length === 0) return `Paragraph ${target} does not exist.`;
    return found.map((paragraph) => `**Paragraph ${target}** (line ${paragraph.firstLine + 1}): ${quote(document, paragraph)}`).join("\n\n");
  });
  const definitions = document.paragraphs.filter((paragraph) => targets.includes(paragraph.marker!.text)).map(blockSpan);
  return { span: { start: span.start, end: span.end }, hover: lines.join("\n\n"), definitions };
};

/** `[^12]` (or a footnote digit glued to a word in pasted text): the footnote's text. */
export const footnoteTarget: NavigationProvider = (document, offset) => {
  const reference = document.footnoteReferences.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (!reference) return undefined;
  const notes = document.footnoteDefinitions.filter((note) => note.label === reference.label);
  const hover =
    notes.length === 0
      ? `Footnote ${reference.label} has no text: add \`[^${reference.label}]: …\`.`
      : notes.map((note) => `**Footnote ${reference.label}**: ${oneLine(document.text.slice(note.content.start, note.end))}`).join("\n\n");
  return { span: { start: reference.start, end: reference.end }, hover, definitions: notes.map(blockSpan) };
};

/** An abbreviation: what it stands for, and its definition in the text. */
export const abbreviationTarget: NavigationProvider = (document, offset, settings) => {
  const info = abbreviationAt(document, offset, settings.abbreviations);
  if (!info) return undefined;
  const where = info.definition
    ? `defined on line ${document.index.positionAt(info.definition.start).line + 1}`
    : info.known
      ? "needs no definition"
      : "not defined";
  const variant = info.written !== info.abbreviation ? ` (written ${info.written})` : "";
  const hover = `**${info.abbreviation}**${variant}: ${info.expansion ?? "no expansion known"}, ${where}.`;
  const definition = info.definition;
  const definitions = definition ? [{ start: definition.start, end: definition.end }] : [];
  return { span: info.span, hover, definitions };
};

/** The first verb of a recommendation: its UPR Info action category. */
export const recommendationTarget: NavigationProvider = (document, offset) => {
  const action = recommendationActionAt(document, offset);
  return action ? { span: action.verbSpan, hover: describeAction(action), definitions: [] } : undefined;
};

/** A theme code: its title and group in the UPR theme list, or that the list has no such code. */
export const themeTarget: NavigationProvider = (document, offset, settings) => {
  const info = themeAt(document, offset, settings.themes);
  if (!info) return undefined;
  const theme = info.theme;
  const hover = theme
    ? [`**${theme.code}** ${theme.title}`, theme.group, theme.source ? `Source: [${theme.source.title}](${theme.source.url})` : undefined].filter(Boolean).join("\n\n")
    : `**${info.code}** is not a code of the UPR theme list.`;
  return { span: info.span, hover, definitions: [] };
};

export const navigationProviders: readonly NavigationProvider[] = [
  crossReferenceTarget,
  footnoteTarget,
  themeTarget,
  abbreviationTarget,
  recommendationTarget,
];

/** The first target a provider finds at the offset. */
export function navigationAt(
  document: UprDocument,
  offset: number,
  settings: SharedSettings = {},
  providers: readonly NavigationProvider[] = navigationProviders,
): NavigationTarget | undefined {
  for (const provider of providers) {
    const target = provider(document, offset, settings);
    if (target) return target;
  }
  return undefined;
}

function quote(document: UprDocument, paragraph: Block): string {
  return `“${firstWords(document.text.slice(paragraph.content.start, paragraph.end), QUOTE_WORDS)}”`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function blockSpan(block: Block): Span {
  return { start: block.start, end: block.end };
}
