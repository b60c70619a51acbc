import type { Span } from "../text.js";

type Family = "double-curly" | "single-curly" | "double-straight" | "single-straight";

interface Open {
  family: Family;
  start: number;
}

/**
 * Finds quotations in one block: curly or straight, single or double, across lines.
 * An apostrophe (children’s, States’, don't) is not a quotation mark. A quotation left
 * open runs to the end of the block.
 */
export function findQuotes(text: string, start: number, end: number, out: Span[]): void {
  const stack: Open[] = [];
  for (let i = start; i < end; i++) {
    const char = text.charCodeAt(i);
    switch (char) {
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
  if (stack.length > 0) out.push({ start: stack[0].start, end });
}

function isClosingSingle(text: string, i: number, stack: Open[], family: Family): boolean {
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
