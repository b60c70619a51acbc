import type { TextDocument, TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import type { Unchanged } from "../core/index.js";
import { sourceOf, type DraftDocument } from "./draft-document.js";

interface Tracked {
  /** The version the bounds are about: the one linted last. */
  base: number;
  unchanged: Unchanged;
}

/**
 * Follows the edits the client sends, to tell the parser how much of a document's start and end
 * stayed as in the version linted last. Without it, the parser would compare the two versions
 * character by character, which on a long draft costs more than parsing the edit.
 */
export class EditTracker {
  private readonly tracked = new Map<string, Tracked>();

  /** The `update` of the server's `TextDocuments`: applies the changes one by one, narrowing the bounds by each. */
  update(document: DraftDocument, changes: TextDocumentContentChangeEvent[], version: number): DraftDocument {
    const tracked = this.tracked.get(document.uri);
    for (const change of changes) {
      if (tracked) narrow(tracked.unchanged, document, change);
      document.update([change], version);
    }
    return document;
  }

  /** Edits from now on are measured against this version of the document. */
  linted(document: TextDocument): void {
    const length = sourceOf(document).length;
    this.tracked.set(document.uri, { base: document.version, unchanged: { prefix: length, suffix: length } });
  }

  /** How much of the document is as in version `base`, if the edits since then were followed. */
  since(uri: string, base: number): Unchanged | undefined {
    const tracked = this.tracked.get(uri);
    return tracked && tracked.base === base ? { ...tracked.unchanged } : undefined;
  }

  forget(uri: string): void {
    this.tracked.delete(uri);
  }
}

/** A change replaces the text from `start` to `end`: what lies before and after it stays. */
function narrow(unchanged: Unchanged, document: TextDocument, change: TextDocumentContentChangeEvent): void {
  if (!("range" in change)) {
    unchanged.prefix = 0;
    unchanged.suffix = 0;
    return;
  }
  const start = document.offsetAt(change.range.start);
  const end = document.offsetAt(change.range.end);
  unchanged.prefix = Math.min(unchanged.prefix, start);
  unchanged.suffix = Math.min(unchanged.suffix, sourceOf(document).length - end);
}
