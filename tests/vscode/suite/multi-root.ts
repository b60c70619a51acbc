/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, closeAllEditors, codeOf, openDraft, waitForDiagnostics } from "./helpers";

describe("a multi-root workspace", () => {
  before(activateExtension);
  after(closeAllEditors);

  it("lints the same text by each folder's own .upr-draft.json", async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((folder) => folder.name), ["strict", "relaxed"]);
    const [strict, relaxed] = folders.map((folder) => vscode.Uri.joinPath(folder.uri, "draft.upr"));
    const [strictText, relaxedText] = await Promise.all([strict, relaxed].map((uri) => vscode.workspace.fs.readFile(uri)));
    assert.deepEqual(strictText, relaxedText, "both folders hold the same draft");

    const severity = async (uri: vscode.Uri, expected: vscode.DiagnosticSeverity) => {
      await openDraft(uri);
      const what = `UPR005 as ${vscode.DiagnosticSeverity[expected]}`;
      await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((d) => codeOf(d) === "UPR005" && d.severity === expected), what);
    };
    await severity(strict, vscode.DiagnosticSeverity.Error);
    await severity(relaxed, vscode.DiagnosticSeverity.Hint);
  });
});
