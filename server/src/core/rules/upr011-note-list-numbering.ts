import type { SourceText } from "../text/source-text.js";
import type { Block } from "../document/model.js";
import type { Rule } from "./types.js";
import { BlockCache } from "../analysis/block-cache.js";

/**
 * An entry number of a list inside a note: at the note's start, or after the end of the entry
 * before it (a full stop, a bracket, a quotation mark), followed by the capital that opens the
 * entry: "1. Warehousing …", "2005. 2 Silove D …", "(4 February) 12 Derrick …".
 */
const ENTRY = /(?<=^|[.;:)\]”"’]\s+)(\d{1,3})([.)]?)(?=\s+\p{Lu})/gu;
/** A list is told from figures in a note by its entries numbered 1, 2, 3, 4 … in order. */
const MIN_ENTRIES = 4;

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
    "A list inside a footnote or endnote numbers its entries in two styles, such as “1.” for the first entry and “2”, “3” … for the others.",
  rationale:
    "A note that holds a reference list is read as a list; numbers that change style mid-list look like two lists or a lost entry, and usually mean entries were pasted from two sources. Only entries numbered 1, 2, 3, 4 … in order count as a list: figures, years and page ranges in a note are left alone.",
  tags: ["footnotes"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    for (const note of document.footnoteDefinitions) {
      const listed = listsInTwoStyles.get(document, note);
      if (!listed) continue;
      const { counts } = listed;
      const entries = listed.entries.map((entry) => ({ ...entry, start: note.start + entry.start }));
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
  },
};

/** A note's list entries, at offsets from the note's start, with how many are numbered in each style, when they are in two styles or more. */
const listsInTwoStyles = new BlockCache((document, note) => {
  const entries = listEntries(document.text, note);
  if (entries.length < MIN_ENTRIES) return false;
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.style, (counts.get(entry.style) ?? 0) + 1);
  if (counts.size < 2) return false;
  return { entries: entries.map((entry) => ({ ...entry, start: entry.start - note.start })), counts };
});

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
