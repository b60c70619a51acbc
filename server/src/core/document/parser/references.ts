import type { SourceText } from "../../text/source-text.js";
import type { Block, CrossReference, Directive, DirectiveKind, Marker, ThemeMention } from "../model.js";
import { citesAnotherDocument } from "./reference-context.js";
import { ownCopy } from "../../text/text.js";

const TAG = /\[([A-Z]\d{1,2}(?:\s*[,;]\s*[A-Z]\d{1,2})*)\]/g;
const THEMES_LINE = /^[ \t]*(?:UPR\s+)?themes?:[ \t]*(.*)$/gim;
/** Tried first: searching for the words alone is several times faster than trying a line start at every position. */
const THEMES_WORD = /themes?:/i;
const CODE = /(?<![\p{L}\p{N}/._-])([A-Z]\d{1,2})(?![\p{L}\p{N}/_-])/gu;
const TEXT_CODE = /(?<![\p{L}\p{N}/._\-[])([A-Z]\d{2})(?![\p{L}\p{N}/_\-\]])(?=\s+\p{Lu})/gu;
const TRAILING_LIMIT = 160;
/** Every form has a capital followed by a digit: most blocks have none, and this finds out fast. */
const MAYBE_CODE = /[A-Z]\d/;

/** Theme codes in `[F31, F33]` tags, `Themes:` lines, and running text followed by a title, in a block whose text is `blockText`; added in text order. */
export function findThemesInBlock(block: Block, blockText: string, out: ThemeMention[]): void {
  if (!MAYBE_CODE.test(blockText)) return;
  const found = out.length;
  const claimed: [number, number][] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(blockText); match; match = TAG.exec(blockText)) {
    pushCodes(match[1], block.start + match.index + 1, "tag", out);
    claimed.push([match.index, match.index + match[0].length]);
  }
  THEMES_LINE.lastIndex = 0;
  const themesLines = THEMES_WORD.test(blockText);
  for (let match = themesLines && THEMES_LINE.exec(blockText); match; match = THEMES_LINE.exec(blockText)) {
    const listStart = match.index + match[0].length - match[1].length;
    pushCodes(match[1], block.start + listStart, "themes-line", out);
    claimed.push([match.index, match.index + match[0].length]);
  }
  TEXT_CODE.lastIndex = 0;
  for (let match = TEXT_CODE.exec(blockText); match; match = TEXT_CODE.exec(blockText)) {
    if (claimed.some(([from, to]) => match!.index >= from && match!.index < to)) continue;
    const start = block.start + match.index;
    const afterCode = match.index + match[0].length;
    const trailingEnd = Math.min(blockText.length, afterCode + TRAILING_LIMIT);
    out.push({
      start,
      end: start + match[0].length,
      code: match[1],
      form: "text",
      trailing: { start: block.start + afterCode, end: block.start + trailingEnd },
    });
  }
  sortFrom(out, found);
}

/** Sorts the mentions from `from` on by where they start: a few, found by three searches. */
function sortFrom(out: ThemeMention[], from: number): void {
  for (let i = from + 1; i < out.length; i++) {
    const mention = out[i];
    let j = i;
    for (; j > from && out[j - 1].start > mention.start; j--) out[j] = out[j - 1];
    out[j] = mention;
  }
}

function pushCodes(list: string, offset: number, form: ThemeMention["form"], out: ThemeMention[]): void {
  CODE.lastIndex = 0;
  for (let match = CODE.exec(list); match; match = CODE.exec(list)) {
    out.push({ start: offset + match.index, end: offset + match.index + match[0].length, code: match[1], form });
  }
}

/** Paragraph numbers as a reference writes them (`12`, or in decimal numbering `2.13`), one or a range, then more after commas. */
const CROSS_REFERENCE =
  /\b(?:paragraphs?|paras?\.?)[ \t\n]+(\d{1,3}(?:\.\d{1,2}){0,3})(?:[ \t]*(?:–|—|-|to)[ \t]*(\d{1,3}(?:\.\d{1,2}){0,3}))?((?:[ \t]*(?:,|and|&)[ \t]*\d{1,3}(?:\.\d{1,2}){0,3}(?![\d.]))*)(?![\d.]\d)/gi;
const FURTHER = /\d{1,3}(?:\.\d{1,2}){0,3}/g;
/** Tried first: most blocks never say "para", and this is found much faster than the full expression. */
const PARA = /para/i;

/**
 * References to paragraphs of this document in some consecutive blocks: `paragraph 12`,
 * `para. 12`, `paras 3–5`, `paragraphs 3, 4 and 7`, `paragraphs 2.13 – 2.14`. References that cite another document, and
 * those in footnote texts (canonical, or at the page bottoms of pasted text), are not among them.
 * Those in the annex are left for the caller to drop, as only the blocks before can tell where
 * the annex starts.
 */
export function findCrossReferences(text: SourceText, blocks: readonly Block[], out: CrossReference[]): void {
  for (const block of blocks) {
    if (block.kind === "comment" || block.kind === "footnote") continue;
    const blockText = text.slice(block.start, block.end);
    if (!PARA.test(blockText)) continue;
    CROSS_REFERENCE.lastIndex = 0;
    for (let match = CROSS_REFERENCE.exec(blockText); match; match = CROSS_REFERENCE.exec(blockText)) {
      const base = block.start + match.index;
      if (insideArtefact(block, base) || citesAnotherDocument(blockText, match.index, match.index + match[0].length)) continue;
      // "Para 12." numbering its own paragraph.
      if (block.marker && block.marker.start >= base && block.marker.start < base + match[0].length) continue;
      const numbers: Marker[] = [];
      FURTHER.lastIndex = 0;
      for (let digits = FURTHER.exec(match[0]); digits; digits = FURTHER.exec(match[0])) {
        numbers.push(numberMarker(digits[0], base + digits.index));
      }
      out.push({ start: base, end: base + match[0].length, numbers, targets: targetsOf(numbers, match[2] !== undefined) });
    }
  }
}

function insideArtefact(block: Block, offset: number): boolean {
  return block.artefacts.some((span) => span.start <= offset && offset < span.end);
}

function numberMarker(digits: string, start: number): Marker {
  if (!digits.includes(".")) return { start, end: start + digits.length, text: digits, value: Number(digits) };
  const path = digits.split(".").map(Number);
  return { start, end: start + digits.length, text: digits, value: path[path.length - 1], path };
}

const MAX_RANGE = 50;

/** The numbers referred to, a range filled in: `3–5` is 3, 4, 5 and `2.13–2.15` is 2.13, 2.14, 2.15. */
function targetsOf(numbers: Marker[], range: boolean): string[] {
  const targets = numbers.map((number) => number.text);
  const [from, to] = numbers;
  if (!range || to.value <= from.value || to.value - from.value > MAX_RANGE) return targets;
  const prefix = from.text.slice(0, from.text.length - String(from.value).length);
  if (to.text.slice(0, to.text.length - String(to.value).length) !== prefix) return targets;
  for (let value = from.value + 1; value < to.value; value++) targets.push(`${prefix}${value}`);
  return targets;
}

const DIRECTIVE =
  /<!--\s*upr-draft-(disable-next-line|disable-line|disable-file|enable-file|disable|enable)\b([^>]*?)\s*-->/g;

/** `<!-- upr-draft-disable UPR001 -->` and its siblings, anywhere in the text between `from` and `to`. */
export function findDirectives(text: SourceText, from: number, to: number, lineOf: (offset: number) => number, out: Directive[]): void {
  const part = text.slice(from, to);
  if (!part.includes("upr-draft-")) return;
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(part); match; match = DIRECTIVE.exec(part)) {
    const start = from + match.index;
    const rules = match[2].split(/[\s,]+/).filter(Boolean).map(ownCopy);
    out.push({ start, end: start + match[0].length, kind: match[1] as DirectiveKind, rules, line: lineOf(start) });
  }
}
