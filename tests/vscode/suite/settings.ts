/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, closeAllEditors, codeOf, hasCode, lacksCode, openDraft, waitForDiagnostics, workspaceUri } from "./helpers";

const severityOf = (code: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.find((diagnostic) => codeOf(diagnostic) === code)?.severity;

describe("settings", () => {
  before(activateExtension);
  after(async () => {
    await vscode.workspace.getConfiguration("uprDraft").update("rules", undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it("re-lints open drafts when uprDraft.rules changes in the workspace settings", async () => {
    const { document } = await openDraft(workspaceUri("lettering.upr"));
    const settings = () => vscode.workspace.getConfiguration("uprDraft");
    const before = await waitForDiagnostics(document.uri, hasCode("UPR005"), "UPR005 at its default severity");
    assert.equal(severityOf("UPR005")(before), vscode.DiagnosticSeverity.Warning);

    await settings().update("rules", { UPR005: "error" }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (now) => severityOf("UPR005")(now) === vscode.DiagnosticSeverity.Error, "UPR005 as an error");

    await settings().update("rules", { "recommendation-lettering": "off" }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, lacksCode("UPR005"), "UPR005 switched off by its name");

    await settings().update("rules", undefined, vscode.ConfigurationTarget.Workspace);
    const after = await waitForDiagnostics(document.uri, hasCode("UPR005"), "UPR005 back at its default");
    assert.equal(severityOf("UPR005")(after), vscode.DiagnosticSeverity.Warning);
  });

  it("gives drafts the editor defaults of prose: no boxed curly quotes or dashes, word wrap, no rulers", async () => {
    const { document } = await openDraft(workspaceUri("ecpat-pakistan-upr3.upr"));
    assert.equal(document.languageId, "upr");
    const forDraft = vscode.workspace.getConfiguration("editor", document);
    const everywhere = vscode.workspace.getConfiguration("editor");
    const effective = (key: string) => ({ draft: forDraft.get(key), elsewhere: everywhere.get(key) });
    assert.deepEqual(effective("unicodeHighlight.ambiguousCharacters"), { draft: false, elsewhere: true });
    assert.deepEqual(effective("wordWrap"), { draft: "on", elsewhere: "off" });
    assert.deepEqual(forDraft.get("rulers"), []);
    const inspected = forDraft.inspect("unicodeHighlight.ambiguousCharacters");
    assert.equal(inspected?.defaultLanguageValue, false);
    assert.equal(forDraft.get("formatOnType"), true);
  });
});
