import type { CompletionItem, Hover, Location, Position, TextEdit } from "vscode-languageserver";
import { CompletionItemKind, MarkupKind } from "vscode-languageserver";
import { completionsAt, navigationAt, onEnterEdits, type CompletionEntry, type SharedSettings, type UprDocument } from "../core/index.js";
import { toRange } from "./diagnostics.js";

const COMPLETION_KINDS: Record<CompletionEntry["kind"], CompletionItemKind> = {
  marker: CompletionItemKind.EnumMember,
  abbreviation: CompletionItemKind.Constant,
  theme: CompletionItemKind.Value,
};

export function hover(document: UprDocument, position: Position, settings: SharedSettings): Hover | null {
  const target = navigationAt(document, document.index.offsetAt(position), settings);
  if (!target?.hover) return null;
  return { contents: { kind: MarkupKind.Markdown, value: target.hover }, range: toRange(target.span, document.index) };
}

export function definition(uri: string, document: UprDocument, position: Position, settings: SharedSettings): Location[] {
  const target = navigationAt(document, document.index.offsetAt(position), settings);
  return (target?.definitions ?? []).map((span) => ({ uri, range: toRange(span, document.index) }));
}

export function completion(document: UprDocument, position: Position, settings: SharedSettings): CompletionItem[] {
  return completionsAt(document, document.index.offsetAt(position), settings).map((entry, i) => ({
    label: entry.label,
    kind: COMPLETION_KINDS[entry.kind],
    detail: entry.detail,
    documentation: entry.documentation ? { kind: MarkupKind.Markdown, value: entry.documentation } : undefined,
    textEdit: { range: toRange(entry.range, document.index), newText: entry.insertText },
    // The next marker comes first; the rest keep their providers' order.
    sortText: String(i).padStart(4, "0"),
  }));
}

/** Enter after a numbered paragraph or a lettered item: the next number or letter. */
export function onEnter(document: UprDocument, position: Position): TextEdit[] {
  return onEnterEdits(document, position.line).map((edit) => ({ range: toRange(edit, document.index), newText: edit.newText }));
}
