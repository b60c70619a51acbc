import type { HeadingStyle } from "../model.js";
import { fromSuperscript, letterValue, romanValue } from "../../text/numerals.js";
import { readLetterSpacing, type LetterSpacing } from "../../text/letter-spacing.js";
import { ownCopy } from "../../text/text.js";

export type LineKind =
  | "blank"
  | "hash-heading"
  | "roman-heading"
  | "upper-letter"
  | "number"
  | "letter"
  | "bullet"
  | "footnote-definition"
  | "comment"
  | "url"
  | "page-number"
  | "note"
  | "bracket-note"
  | "text";

export interface LineInfo {
  kind: LineKind;
  /** Offset of the first non-space character, relative to the line. */
  indent: number;
  /** Marker relative to the line start, with its value, when the kind has one. */
  marker?: { start: number; end: number; text: string; value: number; path?: number[] };
  /** Relative offset where the content after the marker starts. */
  contentStart: number;
  hashes?: number;
  headingStyle?: HeadingStyle;
  label?: string;
}

const HASH_HEADING = /^(#{1,6})[ \t]+/;
const PAREN_ROMAN = /^\(([IVXLC]+)\)(?:[ \t]+(?=\S)|[ \t]*$)/;
/** A lettered item in parentheses, as UN documents letter recommendations: "(b) ". */
const PAREN_LETTER = /^\(([a-z]{1,2})\)[ \t]+(?=\S)/;
/** A section numeral alone on its line, as extracted text leaves a centred heading: "II." */
const ROMAN_ALONE = /^([IVXLC]{1,6})\.[ \t]*$/;
/**
 * A decimal paragraph number, "2.3" or "1.1.2", with an optional full stop; each part is 1 to 99.
 * What follows starts a sentence or a quotation, or nothing does: "2.5 million" is not one.
 */
const DECIMAL_MARKER = /^((?:[1-9][0-9]?)(?:\.[1-9][0-9]?){1,3})\.?(?:[ \t]+(?=[\p{Lu}“"‘'(\[])|[ \t]*$)/u;
/** "2.0 POLICE ABUSE": section 2 numbered as the first of its decimal run, above 2.1. */
const SECTION_ZERO = /^([1-9][0-9]?)\.0[ \t]+(?=[\p{Lu}“"‘'(\[])/u;
/** The largest paragraph number read: six digits are more paragraphs than any document has. */
export const MAX_PARAGRAPH_NUMBER = 999_999;
/** A paragraph number of four digits or more, as a long compilation has; no lower-case word runs on after it, as after a year ending a sentence. */
const LONG_NUMBER = /^([1-9][0-9]{3,5})[.)][ \t]+(?!\p{Ll})(?=\S)/u;
/** "12. ", "b) ", "IV. ", and with the dash of Spanish-language drafts, "12.- ". */
const DOT_MARKER = /^([0-9]{1,3}|[A-Za-z]{1,2}|[IVXLC]{1,6})(?:[.)]|\.[-–])[ \t]+(?=\S)/;
/**
 * A bullet glyph and its text ("* " as Google Docs and Markdown write one); the glyphs of Word's
 * Symbol and Wingdings fonts (U+F0B7, U+F0A7) need no space and may stand alone.
 */
const BULLET = /^(?:[-–—•▪●◦·*][ \t]+(?=\S)|[\uF0B7\uF0A7\uF0D8\uF0FC][ \t]*|[•▪●◦·][ \t]*$)/;
/**
 * A recommendation labelled with its number at a line start: "Recommendation 3.1:", "UPR
 * Recommendation 10:", "Recommendation 2 –". The number, and the part after its point.
 */
export const RECOMMENDATION_LABEL = /^(?:UPR[ \t]+)?Recommendations?[ \t]+(\d{1,3})(?:\.(\d{1,3}))?\.?[ \t]*[:.–—-]/i;
/** A capital and a full stop before a word: the next initial of a name. */
const INITIAL = /^\p{Lu}\.[ \t]+\p{Lu}/u;
const FOOTNOTE_DEF = /^\[\^([^\]\s]{1,20})\]:[ \t]?/;
const COMMENT = /^<!--/;
const URL_LINE = /^(?:https?:\/\/|www\.)\S*\s*$/;
const PAGE_NUMBER = /^\d{1,4}\s*$/;
/** Other page-number shapes: "Page 3", "Page 3 of 9", "3|Page", "1 | P a g e", "3 / 5", "- 3 -". */
const PAGE_LABEL = /^(?:(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?|\d{1,4}[ \t]*\|[ \t]*P[ \t]?a[ \t]?g[ \t]?e|\d{1,4}[ \t]*\/[ \t]*\d{1,4}|[-–][ \t]*\d{1,4}[ \t]*[-–])[ \t]*$/i;
/** "Para 12." or "§ 12": a paragraph number with its word; the word asks for a full stop, colon or bracket after the number. */
const PARA_MARKER = /^(?:para(?:graph)?\.?[ \t]*(\d{1,3})[.:)]|§[ \t]*(\d{1,3})[.:)]?)[ \t]+(?=\S)/i;
/**
 * "1° " or "1º ": a paragraph number with the degree sign or ordinal indicator of French, Spanish and
 * Portuguese drafts; "40° C" wrapped to the start of a line is a temperature.
 */
const ORDINAL_MARKER = /^([0-9]{1,3})[°º][ \t]+(?=[\p{Lu}“"‘'(\[])(?![CFK]\b)/u;
/**
 * "1 – " or "1 - ": a paragraph number set off by a spaced dash, as French and Spanish drafts write
 * it; a range wrapped to a line start ("15 – 20 March", "40 - 50 per cent") goes on with a figure
 * or a lower-case word, not a sentence.
 */
const DASH_MARKER = /^([0-9]{1,3})[ \t]+[-–—][ \t]+(?=[\p{Lu}“"‘'(\[])/u;
/** A footnote text numbered in superscript digits, as some extractors keep its number: "¹ UNICEF, …". */
const SUPERSCRIPT_NOTE = /^([⁰¹²³⁴-⁹]{1,3})[ \t]*(?=\S)/;
/** A footnote text as Word pastes it after the body: "[12] UNICEF, …". */
const BRACKET_NOTE = /^\[(\d{1,3})\][ \t]+(?=\S)/;
/** A footnote text at a page bottom in extracted text: "12 UNICEF, Report on …", or "7‘ Report …" with the number glued to an opening quotation mark. */
const NOTE = /^(\d{1,3})(?:[ \t]+(?=[\p{Lu}“"‘'(\[]|https?:|www\.)|(?=[“‘„‟][ \t]?\p{Lu}))/u;

/**
 * Classifies one line by its shape alone; the block builder adds context. `longNumbers` reads
 * numbers of four digits or more as paragraph numbers, as canonical text does after a blank line;
 * a wrapped line, and any line of pasted text, starts with a year too often.
 */
export function classifyLine(line: string, longNumbers = false): LineInfo {
  let indent = 0;
  while (indent < line.length && isSpace(line.charCodeAt(indent))) indent++;
  if (indent === line.length) return lineInfo("blank", indent, indent);
  const rest = indent === 0 ? line : line.slice(indent);

  const first = rest.charCodeAt(0);
  if (first === 35 /* # */) {
    const hash = HASH_HEADING.exec(rest);
    if (hash) return headingAfterHashes(rest, indent, hash[1].length, hash[0].length);
  }
  if (first === 60 /* < */ && COMMENT.test(rest)) return lineInfo("comment", indent, indent);
  if (first === 91 /* [ */) {
    const definition = FOOTNOTE_DEF.exec(rest);
    if (definition) {
      return lineInfo("footnote-definition", indent, indent + definition[0].length, { label: ownCopy(definition[1]) });
    }
    const bracketed = BRACKET_NOTE.exec(rest);
    if (bracketed) return lineInfo("bracket-note", indent, indent + bracketed[0].length, { label: ownCopy(bracketed[1]) });
  }
  const spacing = readLetterSpacing(rest);
  if (spacing) return letterSpacedHeading(spacing, indent);
  if (first === 80 /* P */ || first === 112 /* p */ || first === 167 /* § */) {
    const para = PARA_MARKER.exec(rest);
    const digits = para?.[1] ?? para?.[2];
    if (para && digits) {
      const at = indent + para[0].indexOf(digits);
      return lineInfo("number", indent, indent + para[0].length, { marker: marker(at, ownCopy(digits), Number(digits)) });
    }
  }
  if (first >= 48 && first <= 57) {
    const decimal = DECIMAL_MARKER.exec(rest);
    if (decimal) return lineInfo("number", indent, indent + decimal[0].length, { marker: decimalMarker(indent, decimal[1]) });
    const section = SECTION_ZERO.exec(rest);
    if (section) return lineInfo("number", indent, indent + section[0].length, { marker: marker(indent, `${section[1]}.0`, Number(section[1])) });
    const ordinal = ORDINAL_MARKER.exec(rest);
    if (ordinal) return lineInfo("number", indent, indent + ordinal[0].length, { marker: marker(indent, ordinal[1], Number(ordinal[1])) });
    const dash = DASH_MARKER.exec(rest);
    if (dash) return lineInfo("number", indent, indent + dash[0].length, { marker: marker(indent, dash[1], Number(dash[1])) });
  }
  if (first === 40 /* ( */) {
    const paren = PAREN_ROMAN.exec(rest);
    const value = paren ? romanValue(paren[1]) : 0;
    if (paren && value) {
      return lineInfo("roman-heading", indent, indent + paren[0].length, { headingStyle: "paren-roman", marker: marker(indent + 1, paren[1], value) });
    }
    const letter = PAREN_LETTER.exec(rest);
    const letterNumber = letter ? letterValue(letter[1]) : 0;
    if (letter && letterNumber) return lineInfo("letter", indent, indent + letter[0].length, { marker: marker(indent + 1, letter[1], letterNumber) });
  }
  const alone = indent <= 3 ? ROMAN_ALONE.exec(rest) : null;
  const aloneValue = alone ? romanValue(alone[1]) : 0;
  // "C." or "L." alone is an initial, not section 100 or 50.
  if (alone && aloneValue > 0 && aloneValue <= 39) {
    return lineInfo("roman-heading", indent, indent + alone[0].length, { headingStyle: "roman-dot", marker: marker(indent, alone[1], aloneValue) });
  }
  if (longNumbers && first >= 49 && first <= 57) {
    const long = LONG_NUMBER.exec(rest);
    if (long) return lineInfo("number", indent, indent + long[0].length, { marker: marker(indent, long[1], Number(long[1])) });
  }
  const dot = DOT_MARKER.exec(rest);
  // "J. R. R. Mensah" at a line start: a name's initials, not section J.
  if (dot && !(dot[1].length === 1 && first >= 65 && first <= 90 && INITIAL.test(rest.slice(dot[0].length)))) {
    const info = dottedMarker(dot[1], indent, indent + dot[0].length);
    if (info) return info;
  }
  // "- 3 -" is a page number before it is a bullet.
  if (PAGE_NUMBER.test(rest) || PAGE_LABEL.test(rest)) return lineInfo("page-number", indent, indent);
  const bullet = BULLET.exec(rest);
  if (bullet) return lineInfo("bullet", indent, indent + bullet[0].length);
  if (URL_LINE.test(rest)) return lineInfo("url", indent, indent);
  const superscript = SUPERSCRIPT_NOTE.exec(rest);
  if (superscript) return lineInfo("bracket-note", indent, indent + superscript[0].length, { label: fromSuperscript(superscript[1]) });
  const note = NOTE.exec(rest);
  if (note) return lineInfo("note", indent, indent + note[0].length, { label: note[1] });
  return lineInfo("text", indent, indent);
}

/** A line read as text after all: a lettered line its context does not take for a list item. */
export function asText(info: LineInfo): LineInfo {
  return lineInfo("text", info.indent, info.indent);
}

/** Every line's information has every field, so that the block builder meets one shape. */
function lineInfo(kind: LineKind, indent: number, contentStart: number, details?: Pick<LineInfo, "marker" | "hashes" | "headingStyle" | "label">): LineInfo {
  return { kind, indent, marker: details?.marker, contentStart, hashes: details?.hashes, headingStyle: details?.headingStyle, label: details?.label };
}

function dottedMarker(text: string, indent: number, contentStart: number): LineInfo | undefined {
  const code = text.charCodeAt(0);
  if (code >= 48 && code <= 57) {
    return lineInfo("number", indent, contentStart, { marker: marker(indent, text, Number(text)) });
  }
  // A lettered line indented further, as `pdftotext -layout` sets a list, is a letter by its shape; the block builder asks its context.
  if (code >= 97) {
    const value = letterValue(text);
    return value ? lineInfo("letter", indent, contentStart, { marker: marker(indent, text, value) }) : undefined;
  }
  if (indent > 3) return undefined;
  const roman = romanValue(text);
  if (roman && (text.length > 1 || text === "I" || text === "V" || text === "X")) {
    return lineInfo("roman-heading", indent, contentStart, { headingStyle: "roman-dot", marker: marker(indent, text, roman) });
  }
  if (text.length === 1) {
    return lineInfo("upper-letter", indent, contentStart, { headingStyle: "upper-letter", marker: marker(indent, text, letterValue(text)) });
  }
  return undefined;
}

/**
 * A line set in spaced letters is a heading, read from its closed-up form: "I I .  B A C K G R O U N D"
 * is section II, "2 .  B A C K G R O U N D" numbered heading 2, "R E C O M M E N D A T I O N S" a
 * plain heading. Offsets point back into the spaced line.
 */
function letterSpacedHeading(spacing: LetterSpacing, indent: number): LineInfo {
  const inner = classifyLine(spacing.text);
  const at = (offset: number) => indent + (spacing.offsets[offset] ?? spacing.offsets[spacing.offsets.length - 1] + 1);
  const spanned = (start: number, text: string, value: number, path?: number[]) => ({ start: at(start), end: at(start + text.length - 1) + 1, text, value, path });
  if ((inner.kind === "roman-heading" || inner.kind === "upper-letter" || inner.kind === "number") && inner.marker) {
    const { start, text, value, path } = inner.marker;
    const style = inner.kind === "number" ? "numbered" : inner.headingStyle;
    return lineInfo(inner.kind === "upper-letter" ? "upper-letter" : "roman-heading", indent, at(inner.contentStart), { headingStyle: style, marker: spanned(start, text, value, path) });
  }
  if (inner.kind === "note" && inner.label) {
    return lineInfo("roman-heading", indent, at(inner.contentStart), { headingStyle: "numbered", marker: spanned(inner.indent, inner.label, Number(inner.label)) });
  }
  return lineInfo("roman-heading", indent, indent, { headingStyle: "plain" });
}

function headingAfterHashes(rest: string, indent: number, hashes: number, prefix: number): LineInfo {
  const inner = classifyLine(rest.slice(prefix));
  const base = indent + prefix;
  let shifted = inner.marker && marker(inner.marker.start + base, inner.marker.text, inner.marker.value, inner.marker.path);
  let style: HeadingStyle = "plain";
  if (inner.kind === "roman-heading" || inner.kind === "upper-letter") style = inner.headingStyle ?? "plain";
  else if (inner.kind === "letter") style = "lower-letter";
  else if (inner.kind === "number") style = "numbered";
  else if (inner.kind === "note" && inner.label!.length <= 2) {
    // "# 2 Climate change": a section number without its full stop, as Word's numbered headings lose it.
    style = "numbered";
    shifted = marker(inner.indent + base, inner.label!, Number(inner.label));
  }
  return lineInfo("hash-heading", indent, style === "plain" ? base : base + inner.contentStart, {
    hashes,
    headingStyle: style,
    marker: style === "plain" ? undefined : shifted,
  });
}

function marker(start: number, text: string, value: number, path?: number[]) {
  return { start, end: start + text.length, text, value, path };
}

/** "2.3.1": its value is the last part, its path every part. */
function decimalMarker(start: number, text: string) {
  const path = text.split(".").map(Number);
  return marker(start, text, path[path.length - 1], path);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xfeff || code === 0xa0 || code === 11 || code === 12;
}
