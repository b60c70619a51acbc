/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { activateExtension, closeAllEditors } from "./helpers";

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === "string" ? item.label : item.label.label);

/** Every prefix of the snippet files the extension contributes for the upr language. */
function contributedPrefixes(extension: vscode.Extension<unknown>): string[] {
  const contributions: { language: string; path: string }[] = extension.packageJSON.contributes?.snippets ?? [];
  const files = contributions.filter((contribution) => contribution.language === "upr");
  assert.ok(files.length > 0, "package.json contributes no snippets for the upr language");
  return files.flatMap((file) => {
    const snippets: Record<string, { prefix: string | string[] }> = JSON.parse(readFileSync(path.join(extension.extensionPath, file.path), "utf8"));
    return Object.values(snippets).flatMap((snippet) => snippet.prefix);
  });
}

describe("snippets", () => {
  afterEach(closeAllEditors);

  it("offers every contributed snippet as a completion of kind Snippet", async () => {
    const extension = await activateExtension();
    const prefixes = contributedPrefixes(extension);
    const document = await vscode.workspace.openTextDocument({ language: "upr", content: "1. A paragraph.\n\nupr\n" });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, new vscode.Position(2, 3));
    const snippetLabels = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
    assert.deepEqual(prefixes.filter((prefix) => !snippetLabels.includes(prefix)), [], `snippet completions: ${snippetLabels.join(", ")}`);
  });

  it("inserts the recommendation snippet", async () => {
    const document = await vscode.workspace.openTextDocument({ language: "upr", content: "" });
    const editor = await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, new vscode.Position(0, 0));
    const item = list.items.find((candidate) => labelOf(candidate) === "upr-rec" && candidate.kind === vscode.CompletionItemKind.Snippet);
    assert.ok(item, "no upr-rec snippet");
    const body = item.insertText instanceof vscode.SnippetString ? item.insertText : new vscode.SnippetString(String(item.insertText));
    assert.ok(await editor.insertSnippet(body));
    assert.match(document.getText(), /^a\. /m, "the recommendation snippet starts a lettered item");
  });
});
