/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { cliProblems, describeCliProblems } from "./cli";
import { activateExtension, closeAllEditors, codeOf, describeDiagnostics, hasCode, lacksCode, lineStartingWith, openDraft, waitForDiagnostics, workspaceUri } from "./helpers";

const sorted = (lines: string[]) => [...lines].sort();

describe("diagnostics", () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it("reports a lettering gap with its code, range and severity", async () => {
    const editor = await openDraft(workspaceUri("lettering.upr"));
    const diagnostics = await waitForDiagnostics(editor.document.uri, hasCode("UPR005"), "UPR005");
    const gap = diagnostics.find((diagnostic) => codeOf(diagnostic) === "UPR005");
    assert.ok(gap);
    assert.equal(gap.range.start.line, lineStartingWith(editor.document, "d. Train"));
    assert.equal(gap.range.start.character, 0);
    assert.equal(gap.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(gap.message, /c/);
  });

  it("links a problem's code to its rule's documentation, which opens in the editor without a network", async () => {
    const editor = await openDraft(workspaceUri("lettering.upr"));
    const diagnostics = await waitForDiagnostics(editor.document.uri, hasCode("UPR005"), "UPR005");
    const code = diagnostics.find((diagnostic) => codeOf(diagnostic) === "UPR005")?.code;
    assert.ok(typeof code === "object" && code !== null, "the code carries a link");
    assert.equal(code.target.scheme, "command");
    // What VS Code does when the link is clicked in the Problems panel or the hover.
    await vscode.commands.executeCommand(code.target.path, ...JSON.parse(code.target.query));
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: "upr-rule", path: "/UPR005.md" }));
    assert.match(doc.getText(), /^# UPR005 recommendation-lettering\n\nEach recommendation list is lettered/);
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
    assert.ok(tabs.some((label) => label.includes("UPR005.md")), `a tab shows UPR005.md; tabs: ${tabs.join(", ")}`);
  });

  it("agrees with the command line on every code and range of a fixture", async () => {
    const editor = await openDraft(workspaceUri("numbering.upr"));
    const expected = sorted(describeCliProblems(cliProblems(editor.document.getText())));
    assert.ok(expected.length >= 3, `the fixture should have problems, the CLI found ${expected.length}`);
    const diagnostics = await waitForDiagnostics(
      editor.document.uri,
      (current) => current.length === expected.length,
      `${expected.length} diagnostics`,
    );
    assert.deepEqual(sorted(describeDiagnostics(diagnostics)), expected);
  });

  it("re-lints the seed as it is edited, and clears the problem when the edit is undone", async () => {
    const editor = await openDraft(workspaceUri("ecpat-pakistan-upr3.upr"));
    const document = editor.document;
    const line = lineStartingWith(document, "5. Harmful traditional practices");
    assert.deepEqual(describeDiagnostics(vscode.languages.getDiagnostics(document.uri)).filter((d) => d.startsWith("UPR001")), []);
    await editor.edit((builder) => builder.replace(new vscode.Range(line, 0, line, 1), "6"));
    const diagnostics = await waitForDiagnostics(document.uri, hasCode("UPR001"), "UPR001 after renumbering a paragraph by hand");
    const numbering = diagnostics.filter((diagnostic) => codeOf(diagnostic) === "UPR001");
    assert.ok(numbering.some((diagnostic) => diagnostic.range.start.line === line), describeDiagnostics(numbering).join("; "));
    await vscode.commands.executeCommand("undo");
    await waitForDiagnostics(document.uri, lacksCode("UPR001"), "no UPR001 after undo");
    assert.equal(document.isDirty, false);
  });
});
