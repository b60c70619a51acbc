/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, closeAllEditors, lineStartingWith, openDraft, workspaceUri } from "./helpers";

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === "string" ? content : content.value))).join("\n");

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === "string" ? item.label : item.label.label);

async function hoverAt(document: vscode.TextDocument, lineStart: string, word: string): Promise<string> {
  const line = lineStartingWith(document, lineStart);
  const character = document.lineAt(line).text.indexOf(word) + 1;
  assert.ok(character > 0, `${JSON.stringify(word)} is not on the line`);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, new vscode.Position(line, character)));
}

async function completionsAtEnd(content: string): Promise<vscode.CompletionItem[]> {
  const document = await vscode.workspace.openTextDocument({ language: "upr", content });
  await vscode.window.showTextDocument(document);
  const end = document.positionAt(content.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, end);
  return list.items;
}

describe("hover and completion", () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it("explains an abbreviation and a recommendation's first verb on hover", async () => {
    const { document } = await openDraft(workspaceUri("ecpat-pakistan-upr3.upr"));
    assert.match(await hoverAt(document, "4. CSE is prevalent", "CSE"), /Child Sexual Exploitation/);
    assert.match(await hoverAt(document, "a. Conduct in-depth studies", "Conduct"), /UPR Info action category/);
  });

  it("gives a theme code's title on hover", async () => {
    const { document } = await openDraft(workspaceUri("ecpat-pakistan-upr3.upr"));
    assert.match(await hoverAt(document, "1. The present submission", "F33"), /Children: protection against exploitation/);
  });

  it("completes a theme code in a theme tag", async () => {
    const items = await completionsAtEnd("# I. Recommendations\n\nRecommendations\n\na. Ratify the Optional Protocol. [F3");
    const f31 = items.find((item) => labelOf(item) === "F31");
    assert.ok(f31, `completions: ${items.map(labelOf).join(", ")}`);
    assert.ok(items.filter((item) => labelOf(item).startsWith("F")).every((item) => labelOf(item).startsWith("F3")), "only codes starting F3");
  });

  it("completes an abbreviation defined above the cursor", async () => {
    const items = await completionsAtEnd("1. The Convention on the Rights of the Child (hereinafter ‘CRC’) applies.\n\n2. The C");
    const crc = items.find((item) => labelOf(item) === "CRC");
    assert.ok(crc, `completions: ${items.map(labelOf).join(", ")}`);
    assert.match(String(crc.detail), /Convention on the Rights of the Child/);
  });

  it("completes the next paragraph number at the start of a line", async () => {
    const items = await completionsAtEnd("1. First paragraph.\n\n2. Second paragraph.\n\n");
    assert.ok(items.some((item) => labelOf(item) === "3."), `completions: ${items.map(labelOf).join(", ")}`);
  });
});
