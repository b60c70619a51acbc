/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { runCli } from "./cli";
import { activateExtension, closeAllEditors, codeOf, hasCode, lacksCode, openDraft, waitForDiagnostics, waitForText, workspaceUri } from "./helpers";

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe("fixes", () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it("offers the lettering fix as the preferred quick fix on the problem, and applying it clears the problem", async () => {
    const { document } = await openDraft(workspaceUri("lettering.upr"));
    const diagnostics = await waitForDiagnostics(document.uri, hasCode("UPR005"), "UPR005");
    const problem = diagnostics.find((diagnostic) => codeOf(diagnostic) === "UPR005")!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, problem.range);
    const quickFixes = actions.filter((action) => action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind));
    const preferred = quickFixes.find((action) => action.isPreferred);
    assert.ok(preferred, `no preferred quick fix among: ${quickFixes.map((action) => action.title).join("; ")}`);
    await apply(preferred);
    assert.match(document.getText(), /^c\. Train and pay teachers/m);
    await waitForDiagnostics(document.uri, lacksCode("UPR005"), "no UPR005 after the quick fix");
  });

  it("source.fixAll.upr fixes the whole draft as `upr-draft lint --fix` does", async () => {
    const { document } = await openDraft(workspaceUri("numbering.upr"));
    const expected = runCli(["lint", "--fix"], document.getText()).file;
    await waitForDiagnostics(document.uri, hasCode("UPR001"), "UPR001");
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const kind = vscode.CodeActionKind.SourceFixAll.append("upr");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, whole, kind.value);
    const fixAll = actions.filter((action) => action.kind?.value === kind.value);
    assert.equal(fixAll.length, 1, `source.fixAll.upr actions: ${actions.map((action) => `${action.kind?.value} ${action.title}`).join("; ")}`);
    await apply(fixAll[0]);
    await waitForText(document, expected, "the text after source.fixAll.upr");
    await waitForDiagnostics(document.uri, (now) => !now.some((d) => ["UPR001", "UPR005"].includes(codeOf(d))), "no numbering or lettering problem left");
  });
});
