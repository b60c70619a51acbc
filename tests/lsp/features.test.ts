import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompletionItem, Hover, Location, MarkupContent, TextEdit } from "vscode-languageserver-protocol";
import { positionOf, problemsText, tempFolder } from "./helpers.js";
import { fileUri, LspClient } from "./lsp-client.js";

describe("hover, go to definition, completion and Enter", () => {
  let client: LspClient;
  let uri: string;

  beforeAll(async () => {
    const folder = tempFolder();
    client = await LspClient.start({ workspaceFolders: [folder] });
    uri = fileUri(join(folder, "draft.upr"));
    await client.openAndLint(uri, problemsText);
  });

  afterAll(() => client.stop());

  const at = (needle: string, shift = 0, occurrence = 1) => ({ textDocument: { uri }, position: positionOf(client.text(uri), needle, shift, occurrence) });
  const hoverText = async (needle: string, shift = 0, occurrence = 1) => {
    const hover: Hover | null = await client.connection.sendRequest("textDocument/hover", at(needle, shift, occurrence));
    return hover && (hover.contents as MarkupContent).value;
  };

  it("shows the paragraph a cross-reference points at, and goes to it", async () => {
    expect(await hoverText("paragraph 4", 10)).toBe("**Paragraph 4** (line 20): “Children need protection from child prostitution, see paragraph 3.”");
    const locations: Location[] = await client.connection.sendRequest("textDocument/definition", at("paragraph 4", 10));
    expect(locations).toEqual([{ uri, range: { start: { line: 19, character: 0 }, end: { line: 19, character: 69 } } }]);
  });

  it("shows a footnote's text on its reference, and goes to it", async () => {
    expect(await hoverText("[^1]", 1)).toBe("**Footnote 1**: Ratification record of the CRC, 1990.");
    const locations: Location[] = await client.connection.sendRequest("textDocument/definition", at("[^2]", 2));
    expect(locations.map((location) => location.range.start)).toEqual([{ line: 28, character: 0 }]);
  });

  it("shows what a defined abbreviation stands for, and goes to its definition", async () => {
    expect(await hoverText("the CRC.", 5)).toBe("**CRC**: Convention on the Rights of the Child, defined on line 14.");
    const locations: Location[] = await client.connection.sendRequest("textDocument/definition", at("the CRC.", 5));
    expect(locations).toHaveLength(1);
    expect(locations[0].range.start.line).toBe(13);
  });

  it("shows a theme code's title and group", async () => {
    expect(await hoverText("[F31]", 2)).toMatch(/^\*\*F31\*\* Children: definition; general principles; protection\n\nF – /);
  });

  it("shows the UPR Info action category of a recommendation's first verb", async () => {
    expect(await hoverText("Ratify", 2)).toMatch(/^\*\*ratify\*\*: UPR Info action category /);
  });

  it("has no hover on ordinary words", async () => {
    expect(await hoverText("markets", 2)).toBeNull();
  });

  it("completes the next paragraph number at the start of a line", async () => {
    const version = await client.change(uri, [{ range: { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } }, text: "\n" }]);
    await client.waitForDiagnostics(uri, version);
    const items: CompletionItem[] = await client.connection.sendRequest("textDocument/completion", { textDocument: { uri }, position: { line: 20, character: 0 } });
    expect(items.map((item) => [item.label, (item.textEdit as TextEdit).newText])).toEqual([["5.", "5. "]]);
  });

  it("completes the next letter after a recommendation", async () => {
    const line = positionOf(client.text(uri), "c. Adopt").line + 1;
    const version = await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: "d" }]);
    await client.waitForDiagnostics(uri, version);
    const items: CompletionItem[] = await client.connection.sendRequest("textDocument/completion", { textDocument: { uri }, position: { line, character: 1 } });
    expect(items.map((item) => [item.label, (item.textEdit as TextEdit).range, (item.textEdit as TextEdit).newText])).toEqual([
      ["d.", { start: { line, character: 0 }, end: { line, character: 1 } }, "d. "],
    ]);
  });

  it("completes theme codes in a tag", async () => {
    const line = positionOf(client.text(uri), "[F31]").line;
    const end = client.text(uri).split("\n")[line].length;
    const version = await client.change(uri, [{ range: { start: { line, character: end }, end: { line, character: end } }, text: " [F3" }]);
    await client.waitForDiagnostics(uri, version);
    const items: CompletionItem[] = await client.connection.sendRequest("textDocument/completion", { textDocument: { uri }, position: { line, character: end + 4 } });
    expect(items.length).toBeGreaterThan(2);
    expect(items.every((item) => item.label.startsWith("F3"))).toBe(true);
    expect(items.find((item) => item.label === "F33")).toMatchObject({ detail: "Children: protection against exploitation", textEdit: { range: { start: { line, character: end + 2 } } } });
  });

  it("completes abbreviations defined above the cursor", async () => {
    const line = positionOf(client.text(uri), "4. Children").line;
    const version = await client.change(uri, [{ range: { start: { line, character: 68 }, end: { line, character: 68 } }, text: " The C" }]);
    await client.waitForDiagnostics(uri, version);
    const items: CompletionItem[] = await client.connection.sendRequest("textDocument/completion", { textDocument: { uri }, position: { line, character: 74 } });
    expect(items.map((item) => [item.label, item.detail])).toEqual([["CRC", "Convention on the Rights of the Child"]]);
  });

  it("puts the next number on the new line after Enter at the end of a paragraph", async () => {
    const line = positionOf(client.text(uri), "4. Children").line;
    const end = client.text(uri).split("\n")[line].length;
    await client.change(uri, [{ range: { start: { line, character: end }, end: { line, character: end } }, text: "\n" }]);
    const edits: TextEdit[] = await client.connection.sendRequest("textDocument/onTypeFormatting", {
      textDocument: { uri },
      position: { line: line + 1, character: 0 },
      ch: "\n",
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits).toEqual([{ range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, newText: "5. " }]);
  });
});
