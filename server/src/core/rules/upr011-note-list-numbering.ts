import type { SourceText } from "../text/source-text.js";
import type { Block } from "../document/model.js";
import type { Rule, RuleContext } from "./types.js";
import { BlockCache } from "../analysis/block-cache.js";

/**
 * An entry number of a list inside a note: at the note's start, or after the end of the entry
 * before it (a full stop, a bracket, a quotation mark), followed by the capital that opens the
 * entry: "1. Warehousing …", "2005. 2 Silove D …", "(4 February) 12 Derrick …".
 */
const ENTRY = /(?<=^|[.;:)\]”"’]\s+)(\d{1,3})([.)]?)(?=\s+\p{Lu})/gu;
/** A list is told from figures in a note by its entries numbered 1, 2, 3, 4 … in order. */
const MIN_ENTRIES = 4;
/**
 * How a reference opens in an author–initials style: a surname and initials, then a comma or a
 * full stop ("Silove D,", "Palmer M.", "O'Sullivan K,").
 */
const AUTHOR_OPENING = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)? \p{Lu}{1,3}[,.]/u;
/** The same opening after the full stop that ends the entry before it, on the same line or the next. */
const AUTHOR_AFTER_ENTRY = /\.\s+(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)? \p{Lu}{1,3}[,.])/gu;
/** Numbered entries that must open so for a line that does, with no number, to be read as an entry that lost its number. */
const MIN_AUTHOR_ENTRIES = 3;

interface Entry {
  start: number;
  value: number;
  /** What follows the number: ".", ")" or nothing. */
  style: string;
}

export const noteListNumbering: Rule = {
  id: "UPR011",
  name: "note-list-numbering",
  description:
    "A list inside a footnote or endnote numbers its entries in two styles, such as “1.” for the first entry and “2”, “3” … for the others, or leaves one entry without a number.",
  rationale:
    "A note that holds a reference list is read as a list; numbers that change style mid-list look like two lists or a lost entry, and usually mean entries were pasted from two sources. Only entries numbered 1, 2, 3, 4 … in order count as a list: figures, years and page ranges in a note are left alone. An entry is taken to have lost its number only in a reference list whose entries open with a surname and initials (“Silove D,”), when a line opens so after a line that ends an entry.",
  tags: ["footnotes"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    for (const note of document.footnoteDefinitions) {
      const listed = notesLists.get(document, note);
      if (!listed) continue;
      const entries = listed.entries.map((entry) => ({ ...entry, start: note.start + entry.start }));
      if (listed.counts.size > 1) reportStyles(note, entries, listed.counts, report);
      for (const { start, end, after } of listed.unnumbered) {
        report({
          start: note.start + start,
          end: note.start + end,
          message: `An entry of the list in note ${note.label ?? ""} has no number: it stands between entries ${after} and ${after + 1}, which are numbered.`,
          expected: "a number",
          actual: "none",
        });
      }
    }
  },
};

function reportStyles(note: Block, entries: Entry[], counts: Map<string, number>, report: RuleContext["report"]): void {
  const [usual] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === entries[0].style ? -1 : 1))[0];
  const odd = entries.filter((entry) => entry.style !== usual);
  const numbers = entries.filter((entry) => entry.style === usual);
  const shown = (entry: Entry) => `“${entry.value}${entry.style}”`;
  for (const entry of odd) {
    const end = entry.start + String(entry.value).length + entry.style.length;
    report({
      start: entry.start,
      end,
      message: `The list in note ${note.label ?? ""} numbers entry ${entry.value} ${shown(entry)} but entries ${numbers[0].value}–${numbers[numbers.length - 1].value} ${shown(numbers[0])} … ${shown(numbers[numbers.length - 1])}: number its entries alike.`,
      expected: `${entry.value}${usual}`,
      actual: `${entry.value}${entry.style}`,
      fixes: [{ title: `Number it '${entry.value}${usual}'`, edits: [{ start: entry.start, end, newText: `${entry.value}${usual}` }] }],
    });
  }
}

/**
 * A note's list: its entries, at offsets from the note's start, how many are numbered in each
 * style, and the entries that lost their number; false for a note with no list, or a list with
 * nothing to report.
 */
const notesLists = new BlockCache((document, note) => {
  const entries = listEntries(document.text, note);
  if (entries.length < MIN_ENTRIES) return false;
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.style, (counts.get(entry.style) ?? 0) + 1);
  const unnumbered = unnumberedEntries(document.text, note, entries);
  if (counts.size < 2 && unnumbered.length === 0) return false;
  return {
    entries: entries.map((entry) => ({ ...entry, start: entry.start - note.start })),
    counts,
    unnumbered: unnumbered.map(({ start, end, after }) => ({ start: start - note.start, end: end - note.start, after })),
  };
});

/**
 * Entries of a reference list that open as its numbered entries open, with a surname and
 * initials, after the full stop that ends the entry before them, but with no number: between two
 * numbered entries. Each with the number of the entry before it.
 */
function unnumberedEntries(text: SourceText, note: Block, entries: Entry[]): { start: number; end: number; after: number }[] {
  const openings = entries.map((entry) => entry.start + (/^\d{1,3}[.)]?\s+/.exec(text.slice(entry.start, entry.start + 8))?.[0].length ?? 0));
  const byAuthors = openings.filter((at) => AUTHOR_OPENING.test(text.slice(at, Math.min(at + 80, note.end))));
  if (byAuthors.length < MIN_AUTHOR_ENTRIES || byAuthors.length * 2 < entries.length) return [];
  const from = entries[0].start;
  const to = entries[entries.length - 1].start;
  const found: { start: number; end: number; after: number }[] = [];
  for (const match of text.slice(from, to).matchAll(AUTHOR_AFTER_ENTRY)) {
    const start = from + match.index + match[0].length - match[1].length;
    if (openings.includes(start)) continue;
    const after = entries.filter((entry) => entry.start < start).length;
    found.push({ start, end: start + match[1].length - 1, after: entries[after - 1].value });
  }
  return found;
}

/** The entries of the list a note holds, numbered 1, 2, 3 … in order; numbers out of that order are figures. */
function listEntries(text: SourceText, note: Block): Entry[] {
  const entries: Entry[] = [];
  let from = note.content.start;
  // A pasted note's text opens with its own number or numeral: the list starts after it.
  const label = note.label ?? "";
  if (label && text.startsWith(label, from) && /\s/.test(text.charAt(from + label.length))) from += label.length;
  while (from < note.end && /\s/.test(text.charAt(from))) from++;
  for (const match of text.slice(from, note.end).matchAll(ENTRY)) {
    const value = Number(match[1]);
    if (value !== entries.length + 1) continue;
    entries.push({ start: from + match.index, value, style: match[2] });
  }
  return entries;
}
