import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextDocument, type Position, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { DraftDocument } from "../../server/src/server/draft-document.js";
import { runs, submissionText } from "./generators.js";

/** Line breaks of every kind, and the characters around them, are where a line index goes wrong. */
const piece = fc.constantFrom("\n", "\r", "\r\n", "\n\n", "\r\r", "x", "ab", " ", "1. ", "é", "“q”", "\n1. Text", "");
const shortText = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(""));
const text = fc.oneof(shortText, submissionText);

/** A change as an editor sends it, by position; `start` and `end` past the text are allowed, as clients send them. */
const change = fc.record({
  kind: fc.constantFrom("range", "range", "range", "range", "range", "full"),
  start: fc.nat(200),
  length: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
  backwards: fc.boolean(),
  character: fc.oneof(fc.constant(-1), fc.nat(300)),
  text: fc.oneof(shortText, text),
});
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function toEvent(reference: TextDocument, { kind, start, length, backwards, character, text: inserted }: Change): TextDocumentContentChangeEvent {
  if (kind === "full") return { text: inserted };
  const size = reference.getText().length + 1;
  const from = reference.positionAt(start % size);
  const to = reference.positionAt((start % size) + length);
  // Positions a client may send beyond a line's end or the last line.
  const loose: Position = character >= 0 ? { line: to.line, character: to.character + (character % 3) } : { line: reference.lineCount + 1, character: 0 };
  const end = character % 7 === 0 ? loose : to;
  return { range: backwards ? { start: end, end: from } : { start: from, end }, text: inserted };
}

/** Everything a document answers, asked of each line and offset and a little beyond. */
function answers(document: TextDocument) {
  const content = document.getText();
  const lines = [];
  for (let line = -1; line <= document.lineCount + 1; line++) {
    const offsets = [-1, 0, 1, 2, 1000].map((character) => document.offsetAt({ line, character }));
    lines.push({ range: document.getLineRange(line), eol: document.getEOLCharacters(line), offsets });
  }
  const positions = [];
  for (let offset = -1; offset <= content.length + 1; offset++) positions.push(document.positionAt(offset));
  const range = { start: document.positionAt(1), end: document.positionAt(content.length - 1) };
  return { content, lineCount: document.lineCount, version: document.version, lines, positions, inRange: document.getText(range) };
}

function expectSame(draft: DraftDocument, reference: TextDocument): void {
  expect(answers(draft)).toEqual(answers(reference));
}

describe("the server's draft document", () => {
  it("holds the text, lines, positions and offsets that vscode-languageserver-textdocument holds, change after change", () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (initial, notifications) => {
        const draft = DraftDocument.create("file:///d.upr", "upr", 1, initial);
        let reference = TextDocument.create("file:///d.upr", "upr", 1, initial);
        expectSame(draft, reference);
        for (const changes of notifications) {
          // Each change is about the text the changes before it in the notification left.
          const events: TextDocumentContentChangeEvent[] = [];
          let scratch = TextDocument.create(reference.uri, "upr", reference.version, reference.getText());
          for (const one of changes) {
            const event = toEvent(scratch, one);
            events.push(event);
            scratch = TextDocument.update(scratch, [event], scratch.version);
          }
          reference = TextDocument.update(reference, events, reference.version + 1);
          draft.update(events, draft.version + 1);
          expectSame(draft, reference);
        }
      }),
      runs(150),
    );
  });

  it("splits every kind of line break, and one that a change joins or parts", () => {
    const draft = DraftDocument.create("file:///d.upr", "upr", 1, "a\rb\nc\r\nd");
    expect([0, 1, 2, 3].map((line) => draft.getEOLCharacters(line))).toEqual(["\r", "\n", "\r\n", ""]);
    // "a\r" + "\n" joins into one break; deleting between "\r" and "\n" joins two.
    draft.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: "\n" }], 2);
    expect(draft.getText()).toBe("a\r\nb\nc\r\nd");
    expect(draft.lineCount).toBe(4);
    draft.update([{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: "x" }], 3);
    expect(draft.positionAt(4)).toEqual({ line: 1, character: 0 });
  });
});
