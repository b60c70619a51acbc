import type { SourceText } from "../../text/source-text.js";
import type { AbbreviationDefinition } from "../../document/model.js";
import type { TextEdit } from "../../text/edit.js";
import type { Span } from "../../text/text.js";

/** The parenthesis of a definition with the spaces before it: ` (hereinafter ‘CRC’)`. */
export function parentheticalSpan(text: SourceText, definition: AbbreviationDefinition): Span {
  const open = text.lastIndexOf("(", definition.abbreviationSpan.start);
  let start = open;
  while (start > definition.expansionSpan.end && /\s/.test(text.charAt(start - 1))) start--;
  return { start, end: definition.end };
}

/** The parenthesis as written, on one line: `(hereinafter ‘CRC’)`. */
export function parentheticalText(text: SourceText, definition: AbbreviationDefinition): string {
  return text.slice(text.lastIndexOf("(", definition.abbreviationSpan.start), definition.end).replace(/\s+/g, " ");
}

/**
 * Turns a definition into the bare abbreviation: the expansion becomes `CRC` and the parenthesis
 * goes. Whatever lies between them, such as a footnote marker, stays.
 */
export function bareAbbreviationEdits(text: SourceText, definition: AbbreviationDefinition): TextEdit[] {
  const { expansionSpan } = definition;
  const parenthesis = parentheticalSpan(text, definition);
  return [
    { start: expansionSpan.start, end: expansionSpan.end, newText: definition.abbreviation },
    { start: parenthesis.start, end: parenthesis.end, newText: "" },
  ];
}
