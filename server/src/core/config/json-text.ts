import { parseTree, type Node, type ParseError } from "jsonc-parser";
import type { Span } from "../text/text.js";

/** Deeper than any real configuration (which nests three or four levels), and far below where a recursive parser runs out of stack. */
export const MAX_CONFIG_DEPTH = 32;

/** Keys that would reach an object's prototype instead of naming a setting. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export interface JsonText {
  value: unknown;
  errors: ParseError[];
  /** Where the text nests deeper than MAX_CONFIG_DEPTH; nothing is parsed then. */
  tooDeep?: number;
  /** Keys left out of `value` because they would reach a prototype. */
  forbidden: (Span & { key: string })[];
}

/**
 * Reads JSON with comments into plain data, safely: the nesting depth is measured first, with a
 * loop over the text, so that a file nested ten thousand deep is refused instead of overflowing
 * the parser's stack; and `__proto__`, `constructor` and `prototype` keys are left out.
 */
export function readJsonText(text: string): JsonText {
  const tooDeep = deeperThan(text, MAX_CONFIG_DEPTH);
  if (tooDeep !== undefined) return { value: undefined, errors: [], tooDeep, forbidden: [] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const forbidden: JsonText["forbidden"] = [];
  return { value: tree ? valueOf(tree, forbidden) : undefined, errors, forbidden };
}

function valueOf(node: Node, forbidden: JsonText["forbidden"]): unknown {
  if (node.type === "array") return (node.children ?? []).map((child) => valueOf(child, forbidden));
  if (node.type !== "object") return node.value;
  const object: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = String(key.value);
    if (FORBIDDEN_KEYS.has(name)) forbidden.push({ key: name, start: key.offset, end: key.offset + key.length });
    else object[name] = valueOf(value, forbidden);
  }
  return object;
}

/** The offset of the bracket that opens one level more than `limit`, outside strings and comments; undefined when the text stays within it. */
function deeperThan(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (code === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
    } else if (code === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (++depth > limit) return i;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      depth--;
    }
  }
  return undefined;
}
