/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { runCli } from "./cli";
import { activateExtension, closeAllEditors, openDraft, waitForText, workspaceUri } from "./helpers";

/**
 * Runs `command` on the fixture, waits for the text it should produce, then checks that one
 * `undo` brings back the original: each command is a single edit.
 */
async function runAndUndo(fixture: string, command: string, expected: (original: string) => string): Promise<void> {
  const editor = await openDraft(workspaceUri(fixture));
  const original = editor.document.getText();
  const result = expected(original);
  assert.notEqual(result, original, "the fixture should give the command something to do");
  await vscode.commands.executeCommand(command);
  await waitForText(editor.document, result, `the text after ${command}`);
  await vscode.commands.executeCommand("undo");
  assert.equal(editor.document.getText(), original, `one undo should take back all of ${command}`);
}

/** `text` with each [from, to] replaced once, failing if one is missing. */
function replaced(text: string, replacements: [string, string][]): string {
  return replacements.reduce((result, [from, to]) => {
    assert.ok(result.includes(from), `the fixture lacks ${JSON.stringify(from)}`);
    return result.replace(from, to);
  }, text);
}

describe("commands", () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it("uprDraft.renumber renumbers the paragraphs and leaves the letters", () =>
    runAndUndo("numbering.upr", "uprDraft.renumber", (text) => replaced(text, [["4. The paragraph numbered 3", "3. The paragraph numbered 3"]])));

  it("uprDraft.reletter reletters the recommendation lists and leaves the numbers", () =>
    runAndUndo("numbering.upr", "uprDraft.reletter", (text) =>
      replaced(text, [
        ["c. Introduce free mobile", "b. Introduce free mobile"],
        ["d. Train registrars", "c. Train registrars"],
      ])));

  it("uprDraft.fixAll applies every fix, as `upr-draft lint --fix` does", () =>
    runAndUndo("numbering.upr", "uprDraft.fixAll", (text) => runCli(["lint", "--fix"], text).file));

  it("uprDraft.convert turns pasted text into the canonical form, as `upr-draft convert` does", () =>
    runAndUndo("pasted.upr", "uprDraft.convert", (text) => runCli(["convert", "--write"], text).file));
});
