/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { cliOutput } from "./cli";
import { activateExtension, closeAllEditors, openDraft, workspaceUri } from "./helpers";

/**
 * The Word commands against the CLI: the editor's export must read back as the CLI's export of the
 * same draft does, and the editor's import must give the CLI's text.
 */
describe("Word export and import", () => {
  let scratch: string;
  before(async () => {
    await activateExtension();
    scratch = mkdtempSync(path.join(tmpdir(), "upr-vscode-word-"));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));
  afterEach(closeAllEditors);

  async function exportFromEditor(draft: string, name: string): Promise<string> {
    await openDraft(workspaceUri(draft));
    const target = vscode.Uri.file(path.join(scratch, name));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>("uprDraft.exportWord", target);
    assert.equal(written?.fsPath, target.fsPath, "the command should say where it wrote");
    return target.fsPath;
  }

  function exportFromCli(draft: string, name: string): string {
    const output = path.join(scratch, name);
    cliOutput(["export", workspaceUri(draft).fsPath, "-o", output]);
    return output;
  }

  it("exports the seed as the CLI does: the same words, numbers and footnotes come back", async () => {
    const fromEditor = await exportFromEditor("ecpat-pakistan-upr3.upr", "editor.docx");
    assert.equal(readFileSync(fromEditor).subarray(0, 2).toString("latin1"), "PK", "a .docx is a zip package");
    const imported = cliOutput(["import", fromEditor]);
    assert.equal(imported, cliOutput(["import", exportFromCli("ecpat-pakistan-upr3.upr", "cli.docx")]));
    assert.match(imported, /prostitution by order of a guru, or head of the community\.\[\^20\]/, "the footnote markers come back in place");
    assert.match(imported, /^12\. /m, "the paragraph numbers come back");
  });

  it("exports a draft that still has errors, as the CLI does without --strict", async () => {
    const written = await exportFromEditor("numbering.upr", "with-errors.docx");
    assert.equal(cliOutput(["import", written]), cliOutput(["import", exportFromCli("numbering.upr", "with-errors-cli.docx")]));
  });

  it("imports a Word file as a new, unsaved draft with the CLI's text", async () => {
    const docx = exportFromCli("lettering.upr", "lettering.docx");
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>("uprDraft.importWord", vscode.Uri.file(docx));
    assert.ok(document, "the command should open the imported draft");
    assert.equal(document.languageId, "upr");
    assert.equal(document.isUntitled, true, "the import is a new draft, not a file written behind the user's back");
    assert.equal(document.getText(), cliOutput(["import", docx]));
    assert.equal(vscode.window.activeTextEditor?.document, document, "the imported draft is shown");
  });

  it("opens nothing for a file that is not a Word document", async () => {
    const broken = path.join(scratch, "broken.docx");
    writeFileSync(broken, "PK\u0003\u0004 not really a zip");
    const before = vscode.workspace.textDocuments.length;
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>("uprDraft.importWord", vscode.Uri.file(broken));
    assert.equal(document, undefined);
    assert.equal(vscode.workspace.textDocuments.filter((open) => open.isUntitled).length, 0, "no empty draft is opened");
    assert.ok(vscode.workspace.textDocuments.length <= before);
  });
});
