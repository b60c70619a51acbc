import type { LineIndex, Span } from "../text/text.js";
import type { SourceText } from "../text/source-text.js";

/** A marker such as a paragraph number, a recommendation letter or a section numeral. */
export interface Marker extends Span {
  /** The marker as written, without its punctuation ("12", "aa", "IV"). */
  text: string;
  /** Its numeric value: 12, 27 for "aa", 4 for "IV"; for a decimal number, its last part (3 for "2.3"). */
  value: number;
  /** For a decimal number ("2.3.1"), every part: [2, 3, 1]. */
  path?: number[];
}

export type HeadingStyle =
  | "paren-roman" // (I) Title
  | "roman-dot" // I. Title
  | "upper-letter" // A. Title
  | "lower-letter" // a. Title
  | "numbered" // 1. Title, 2.3 Title
  | "plain"; // Title

export type BlockKind =
  | "heading"
  | "paragraph" // a numbered paragraph
  | "item" // a lettered recommendation
  | "bullet" // a dash bullet inside an item
  | "text" // unnumbered text: title block, lead-in, stray body text, organisation description
  | "footnote" // [^n]: text
  | "comment"; // <!-- … -->

export type TextRole =
  | "title" // the title block before the body
  | "lead-in" // introduces a recommendation list
  | "body" // an unnumbered paragraph in the body
  | "quotation" // a block quotation: opens with a quotation mark, or quotes an earlier recommendation
  | "closing" // after the body: a date, a signature, a contact block, a list of members
  | "annex"; // text after the annex heading

export interface Block extends Span {
  kind: BlockKind;
  /** Zero-based indexes of the first and last source line of the block. */
  firstLine: number;
  lastLine: number;
  /**
   * Line spans of the block's content (artefact lines excluded); none kept for a block of one line
   * that is the block's own span, as nearly every block of canonical text is (`blockLines` gives
   * them either way): a long draft has a hundred thousand blocks.
   */
  lines: Span[] | undefined;
  /** Page-break artefacts inside the block: leaked URLs, page numbers. */
  artefacts: Span[];
  /** Number, letter or numeral at the start, with its value. */
  marker?: Marker;
  /** The span after the marker (or after `#`s) up to the end of the block. */
  content: Span;
  /** For headings. */
  heading?: { level: 1 | 2; style: HeadingStyle; hashes: number; annex: boolean };
  /** For text blocks. */
  role?: TextRole;
  /** For footnote definitions, the label. */
  label?: string;
  /** True when the block lies in the annex. */
  inAnnex: boolean;
}

export interface RecommendationList extends Span {
  /** The blocks that introduce the list: a recommendations heading, a sentence ending in ':' or a paragraph. */
  leadIn: Block[];
  items: Block[];
}

export interface Section extends Span {
  heading: Block;
  children: Section[];
}

/** A line of page furniture in pasted text: a page number, or a running header or footer. */
export interface PageFurniture extends Span {
  kind: "page-number" | "running-line";
}

export interface FootnoteReference extends Span {
  label: string;
  /** Written as a bare digit glued to a word, as text pasted from PDF has it. */
  glued: boolean;
}

export interface AbbreviationDefinition extends Span {
  abbreviation: string;
  abbreviationSpan: Span;
  expansion: string;
  expansionSpan: Span;
  form: "hereinafter" | "parenthesis";
}

export interface ThemeMention extends Span {
  code: string;
  /** `[F31]` tag, a `Themes:` line, or a code written in running text. */
  form: "tag" | "themes-line" | "text";
  /** For codes in running text: the words following the code, which may be its title. */
  trailing?: Span;
}

export interface CrossReference extends Span {
  /** The numbers as written. */
  numbers: Marker[];
  /** The paragraph numbers referred to, as written, a range expanded: `paras 3–5` is "3", "4", "5". */
  targets: string[];
}

export interface FrontMatter extends Span {
  /** The YAML between the fences. */
  content: Span;
  data: Record<string, unknown>;
  error?: { message: string; span: Span };
}

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line" | "disable-file" | "enable-file";

export interface Directive extends Span {
  kind: DirectiveKind;
  /** Rule IDs or names; empty means every rule. */
  rules: string[];
  line: number;
}

/**
 * The paragraphs numbered in the right-hand column of a page that pasted text sets in two columns
 * side by side. Their lines are lines of the left column's blocks too, so they are no blocks of
 * their own: the numbering reads them after the left column, before the block that starts at `end`.
 */
export interface ColumnParagraphs {
  /** The end of the last line set in two columns. */
  end: number;
  /** Paragraph blocks of one line each, the part of the line in the right column, in reading order. */
  paragraphs: Block[];
}

export interface UprDocument {
  text: SourceText;
  index: LineIndex;
  /** `canonical` when the text has front matter or `[^n]` footnotes; otherwise text pasted from Word or PDF. */
  mode: "canonical" | "pasted";
  frontMatter?: FrontMatter;
  blocks: Block[];
  /** Numbered body paragraphs (outside the annex), in order. */
  paragraphs: Block[];
  lists: RecommendationList[];
  sections: Section[];
  annex?: Block;
  footnoteReferences: FootnoteReference[];
  /**
   * `[^n]:` definitions; in pasted text, footnote texts found at page bottoms (artefacts of the
   * blocks they interrupt) and endnotes after a "Notes" heading (blocks of their own).
   */
  footnoteDefinitions: Block[];
  /** Page numbers and running headers and footers of pasted text (artefacts of the blocks they interrupt). */
  furniture: PageFurniture[];
  /** The numbered paragraphs of right-hand columns, where pasted text sets a page in two columns side by side. */
  columnParagraphs: ColumnParagraphs[];
  quotes: Span[];
  abbreviations: AbbreviationDefinition[];
  themes: ThemeMention[];
  crossReferences: CrossReference[];
  directives: Directive[];
}
