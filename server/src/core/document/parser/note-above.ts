import type { SourceText } from "../../text/source-text.js";
import type { Span } from "../../text/text.js";
import { Furniture, type ClassifiedLine, type PageLayout } from "./page-layout.js";

/** A footnote text printed above its number runs on for at most this many lines. */
const MAX_LINES_ABOVE = 6;

/**
 * The text of a footnote whose number an extractor printed below it, at the page bottom: the
 * number alone on its line (classified line `c`), then the page number or the page break. Its
 * text is the lines just above, with no blank line between, back to a URL or a line ending a
 * sentence (the end of the footnote before) or a line that is no footnote text. Undefined when
 * the line is not placed so.
 */
export function textAboveLabel(text: SourceText, classified: readonly ClassifiedLine[], layout: PageLayout, c: number, endsSentence: (line: string) => boolean): Span[] | undefined {
  if (c === 0 || c + 1 >= classified.length || layout.nextBoundary[c + 1] !== c + 1) return undefined;
  const spans: Span[] = [];
  let below = classified[c].line.index;
  for (let k = c - 1; k >= 0 && spans.length < MAX_LINES_ABOVE; k--) {
    const { line, info } = classified[k];
    if (line.index !== below - 1 || layout.furniture[k] !== Furniture.None || (info.kind !== "text" && info.kind !== "url")) break;
    const own = text.slice(line.start + info.indent, line.end);
    if (spans.length > 0 && (info.kind === "url" || endsSentence(own))) break;
    spans.unshift({ start: line.start + info.indent, end: line.end });
    below = line.index;
  }
  return spans.length > 0 ? spans : undefined;
}

/**
 * The second text a footnote's lines hold, when the number of the next footnote stands apart
 * from it at the page bottom: its lines from the first that follows a line ending a sentence
 * and starts a new one. Undefined when the lines hold one text.
 */
export function secondText(text: SourceText, lines: readonly Span[], label: string, endsSentence: (line: string) => boolean): Span[] | undefined {
  const own = (span: Span) => text.slice(span.start, span.end).trim();
  const first = own(lines[0]) === label ? 1 : 0;
  for (let i = first + 1; i < lines.length; i++) {
    if (endsSentence(own(lines[i - 1])) && /^[\p{Lu}“"‘'„‟(]/u.test(own(lines[i]))) return lines.slice(i);
  }
  return undefined;
}
