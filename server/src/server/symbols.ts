import type { DocumentSymbol, FoldingRange, WorkspaceSymbol } from "vscode-languageserver";
import { FoldingRangeKind, SymbolKind } from "vscode-languageserver";
import { foldingRegions, outline, parse, type OutlineKind, type OutlineNode, type UprDocument } from "../core/index.js";
import { toRange } from "./diagnostics.js";

const KINDS: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  subsection: SymbolKind.Namespace,
  annex: SymbolKind.Module,
  paragraph: SymbolKind.String,
  list: SymbolKind.Array,
  item: SymbolKind.EnumMember,
};

export function documentSymbols(document: UprDocument): DocumentSymbol[] {
  const convert = (node: OutlineNode): DocumentSymbol => ({
    name: symbolName(node),
    detail: node.detail,
    kind: KINDS[node.kind],
    range: toRange(node.span, document.index),
    selectionRange: toRange(node.selection, document.index),
    children: node.children.map(convert),
  });
  return outline(document).map(convert);
}

export function foldingRanges(document: UprDocument): FoldingRange[] {
  return foldingRegions(document).map(({ startLine, endLine, kind }) =>
    kind === "comment" ? { startLine, endLine, kind: FoldingRangeKind.Comment } : { startLine, endLine },
  );
}

/** More than anyone reads in a list: a query that matches more should be narrowed, as VS Code's own searches are. */
export const MAX_WORKSPACE_SYMBOLS = 1000;

/**
 * Workspace symbols: the outline of every draft, flattened, whose name holds the query's
 * characters in order (VS Code filters and ranks them again), the first MAX_WORKSPACE_SYMBOLS of them. Outlines are kept per text.
 */
export class WorkspaceSymbolIndex {
  private readonly cache = new Map<string, { text: string; symbols: WorkspaceSymbol[] }>();

  search(query: string, drafts: readonly { uri: string; text: string }[]): WorkspaceSymbol[] {
    const found: WorkspaceSymbol[] = [];
    const seen = new Set<string>();
    for (const { uri, text } of drafts) {
      if (found.length >= MAX_WORKSPACE_SYMBOLS) break;
      seen.add(uri);
      for (const symbol of this.symbolsOf(uri, text)) {
        if (!matches(query, symbol.name)) continue;
        found.push(symbol);
        if (found.length >= MAX_WORKSPACE_SYMBOLS) break;
      }
    }
    for (const uri of this.cache.keys()) if (!seen.has(uri)) this.cache.delete(uri);
    return found;
  }

  private symbolsOf(uri: string, text: string): WorkspaceSymbol[] {
    const cached = this.cache.get(uri);
    if (cached?.text === text) return cached.symbols;
    const document = parse(text);
    const symbols: WorkspaceSymbol[] = [];
    const visit = (nodes: OutlineNode[], container?: string) => {
      for (const node of nodes) {
        symbols.push({ name: symbolName(node), kind: KINDS[node.kind], containerName: container, location: { uri, range: toRange(node.selection, document.index) } });
        visit(node.children, node.name);
      }
    };
    visit(outline(document));
    this.cache.set(uri, { text, symbols });
    return symbols;
  }
}

/** VS Code refuses a symbol without a name; a heading can be a bare `#`. */
function symbolName(node: OutlineNode): string {
  return node.name || `(${node.kind})`;
}

function matches(query: string, name: string): boolean {
  const wanted = query.toLowerCase().replace(/\s+/g, "");
  const haystack = name.toLowerCase();
  let at = 0;
  for (const character of wanted) {
    at = haystack.indexOf(character, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
