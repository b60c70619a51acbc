import type { SourceText } from "../text/source-text.js";
import { blockLines } from "../document/block-lines.js";
import { isLetter, isSpaceOrNone, ProseBlockFindings } from "../analysis/punctuation.js";
import type { Rule } from "./types.js";

/** Letters a stray backslash must stand before: `\n` or `\t` alone may be an escape the text talks about. */
const MIN_LETTERS = 2;
const BACKSLASH = /\\/g;

export const strayBackslash: Rule = {
  id: "UPR503",
  name: "stray-backslash",
  description: "A backslash standing alone before a word, as in `2. \\what steps can be taken`, is a slip of the keyboard.",
  rationale:
    "A backslash has no use in the running text of a submission; one before a word is a key hit by mistake next to Enter or Shift, and it is printed as it stands. A backslash in a file path (`C:\\Reports\\2024`) or a network path (`\\\\server\\share`) is left alone, as are backslashes in headings, footnote texts and page furniture.",
  tags: ["punctuation"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    for (const { block, found } of backslashesInBlock.in(document)) {
      for (const { at: offset, word } of found) {
        const at = block.start + offset;
        report({
          start: at,
          end: at + 1 + word.length,
          message: `A stray backslash before ‘${word}’.`,
          fixes: [{ title: "Remove the backslash", edits: [{ start: at, end: at + 1, newText: "" }] }],
        });
      }
    }
  },
};

/** The block's stray backslashes on its own lines (not on page furniture or footnote texts), at offsets from its start, with the word after each. */
const backslashesInBlock = new ProseBlockFindings(
  BACKSLASH,
  (text, block) => {
    const found: { at: number; word: string }[] = [];
    for (const line of blockLines(block)) {
      const chars = text.slice(line.start, line.end);
      for (let k = chars.indexOf("\\"); k >= 0; k = chars.indexOf("\\", k + 1)) {
        const word = strayBefore(text, line.start + k);
        if (word !== undefined) found.push({ at: line.start + k - block.start, word });
      }
    }
    return found.length > 0 ? found : undefined;
  },
  { inTables: true },
);

/**
 * The word after a backslash that stands alone before it: white space (or the line's start) before
 * the backslash, and after it letters only, up to white space or a closing punctuation mark. A
 * backslash inside a path, before another backslash or before a digit or a sign is no slip to fix.
 */
function strayBefore(text: SourceText, at: number): string | undefined {
  if (!isSpaceOrNone(text.charCodeAt(at - 1))) return undefined;
  let end = at + 1;
  while (isLetter(text.charCodeAt(end))) end++;
  if (end - at - 1 < MIN_LETTERS) return undefined;
  while (/[.,;:!?)\]’”"']/.test(text.charAt(end))) end++;
  return isSpaceOrNone(text.charCodeAt(end)) ? text.slice(at + 1, end).replace(/[^\p{L}]+$/u, "") : undefined;
}
