import { describe, expect, it } from "vitest";
import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { commonPrefixLength, commonSuffixLength } from "../../server/src/core/document/parser/incremental.js";
import { DraftDocument } from "../../server/src/server/draft-document.js";
import { EditTracker } from "../../server/src/server/edit-tracker.js";
import { seededRandom } from "../support/random.js";

const URI = "file:///draft.upr";


function randomChange(document: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const length = document.getText().length;
  const start = Math.floor(next() * (length + 1));
  const end = Math.min(length, start + Math.floor(next() * 6));
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: ["", "x", "\n", "ab\ncd"][Math.floor(next() * 4)] };
}

describe("the edit tracker", () => {
  it("never claims more of the start or end unchanged than is, over notifications of several changes each", () => {
    const next = seededRandom(7);
    const tracker = new EditTracker();
    let document = DraftDocument.create(URI, "upr", 1, "1. First paragraph.\n\n2. Second paragraph.\n\n3. Third.\n");
    tracker.linted(document);
    // The document changes in place: the base is kept as its text and version.
    let base = { text: document.getText(), version: document.version };
    for (let notification = 0; notification < 300; notification++) {
      const changes: TextDocumentContentChangeEvent[] = [];
      let scratch = TextDocument.create(URI, "upr", document.version, document.getText());
      for (let c = 0; c < 1 + Math.floor(next() * 3); c++) {
        const change = randomChange(scratch, next);
        changes.push(change);
        scratch = TextDocument.update(scratch, [change], scratch.version + 1);
      }
      document = tracker.update(document, changes, document.version + 1);
      expect(document.getText()).toBe(scratch.getText());
      const old = base.text;
      const text = document.getText();
      const bounds = tracker.since(URI, base.version)!;
      expect(bounds.prefix).toBeLessThanOrEqual(commonPrefixLength(old, text));
      expect(bounds.suffix).toBeLessThanOrEqual(commonSuffixLength(old, text, Math.min(old.length, text.length)));
      if (next() < 0.2) {
        tracker.linted(document);
        base = { text: document.getText(), version: document.version };
      }
    }
  });

  it("reports the bounds of a typed character exactly", () => {
    const tracker = new EditTracker();
    const document = DraftDocument.create(URI, "upr", 1, "1. One.\n\n2. Two.\n");
    tracker.linted(document);
    tracker.update(document, [{ range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }, text: "x" }], 2);
    expect(tracker.since(URI, 1)).toEqual({ prefix: 12, suffix: 5 });
  });

  it("knows nothing of a version it did not see linted, of a replaced text, or after the document closed", () => {
    const tracker = new EditTracker();
    const document = DraftDocument.create(URI, "upr", 1, "1. One.\n");
    expect(tracker.since(URI, 1)).toBeUndefined();
    tracker.linted(document);
    expect(tracker.since(URI, 0)).toBeUndefined();
    tracker.update(document, [{ text: "2. Two.\n" }], 2);
    expect(tracker.since(URI, 1)).toEqual({ prefix: 0, suffix: 0 });
    tracker.forget(URI);
    expect(tracker.since(URI, 1)).toBeUndefined();
  });
});
