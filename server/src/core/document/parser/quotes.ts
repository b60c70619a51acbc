import type { SourceText } from "../../text/source-text.js";
import type { Span } from "../../text/text.js";

type Family = "double-curly" | "single-curly" | "double-straight" | "single-straight";

interface Open {
  family: Family;
  start: number;
}

const QUOTE_MARK = /["'\u2018\u2019\u201c\u201d]/g;

/**
 * Finds quotations in each block: curly or straight, single or double, across lines.
 * An apostrophe (children’s, States’, don't) is not a quotation mark. A quotation left
 * open runs to the end of its block. The blocks are in document order; one search over the
 * text jumps from quotation mark to quotation mark.
 */
export function findQuotes(text: SourceText, blocks: readonly Span[], out: Span[]): void {
  const stack: Open[] = [];
  if (blocks.length === 0) return;
  // Searched in the blocks' part of the text alone: a quotation mark past the last block ends nothing.
  const from = blocks[0].start;
  const part = text.slice(from, blocks[blocks.length - 1].end);
  let b = 0;
  QUOTE_MARK.lastIndex = 0;
  for (let match = QUOTE_MARK.exec(part); match && b < blocks.length; match = QUOTE_MARK.exec(part)) {
    const i = from + match.index;
    while (b < blocks.length && blocks[b].end <= i) closeBlock(stack, blocks[b++].end, out);
    if (b < blocks.length && i >= blocks[b].start) quoteMark(text, i, blocks[b].end, stack, out);
  }
  if (b < blocks.length) closeBlock(stack, blocks[b].end, out);
}

function quoteMark(text: SourceText, i: number, end: number, stack: Open[], out: Span[]): void {
  switch (text.charCodeAt(i)) {
    case 0x201c: // “
      stack.push({ family: "double-curly", start: i });
      break;
    case 0x201d: // ”
      close(stack, "double-curly", i, out);
      break;
    case 0x2018: // ‘
      if (!isWordChar(text.charCodeAt(i - 1))) stack.push({ family: "single-curly", start: i });
      break;
    case 0x2019: // ’
      if (isClosingSingle(text, i, stack, "single-curly")) close(stack, "single-curly", i, out);
      break;
    case 0x22: // "
      if (stack.some((open) => open.family === "double-straight")) close(stack, "double-straight", i, out);
      else if (!isSpace(text.charCodeAt(i + 1)) && i + 1 < end) stack.push({ family: "double-straight", start: i });
      break;
    case 0x27: // '
      if (isClosingSingle(text, i, stack, "single-straight")) close(stack, "single-straight", i, out);
      else if (!isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1))) {
        stack.push({ family: "single-straight", start: i });
      }
      break;
  }
}

/** A quotation still open at the end of its block runs to that end. */
function closeBlock(stack: Open[], end: number, out: Span[]): void {
  if (stack.length > 0) out.push({ start: stack[0].start, end });
  stack.length = 0;
}

function isClosingSingle(text: SourceText, i: number, stack: Open[], family: Family): boolean {
  if (!stack.some((open) => open.family === family)) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  if (isWordChar(before) && isWordChar(after)) return false; // children’s
  return !isSpace(before);
}

function close(stack: Open[], family: Family, end: number, out: Span[]): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].family !== family) continue;
    const open = stack[k];
    stack.length = k;
    if (k === 0) out.push({ start: open.start, end: end + 1 });
    return;
  }
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x1fff)
  );
}

function isSpace(code: number): boolean {
  return code !== code || code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
