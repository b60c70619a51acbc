/// <reference types="mocha" />
// Runs in the web worker extension host of VS Code for the Web: no Node.js, so plain checks
// instead of node:assert, and the extension's browser build with its server in a web worker.
import * as vscode from "vscode";
import { activateExtension, check, closeAllEditors, codeOf, hasCode, lacksCode, lineStartingWith, openDraft, waitForDiagnostics, waitForText, workspaceUri } from "../helpers";

describe("the web extension", () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it("runs in a web worker of VS Code for the Web", () => {
    check(vscode.env.uiKind === vscode.UIKind.Web, `uiKind is ${vscode.UIKind[vscode.env.uiKind]}`);
    check(typeof (globalThis as { importScripts?: unknown }).importScripts === "function", "the extension host is not a web worker");
    check(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node !== "string", "Node.js is present");
  });

  it("lints a workspace draft", async () => {
    const editor = await openDraft(workspaceUri("lettering.upr"));
    const diagnostics = await waitForDiagnostics(editor.document.uri, hasCode("UPR005"), "UPR005");
    const gap = diagnostics.find((diagnostic) => codeOf(diagnostic) === "UPR005");
    check(gap?.range.start.line === lineStartingWith(editor.document, "d. Train"), `UPR005 at line ${gap?.range.start.line}`);
  });

  it("lints an untitled draft and reletters it with one command", async () => {
    const content = "Recommendations\n\na. First.\n\nc. Second.\n";
    const document = await vscode.workspace.openTextDocument({ language: "upr", content });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, hasCode("UPR005"), "UPR005");
    await vscode.commands.executeCommand("uprDraft.reletter");
    await waitForText(document, content.replace("c. Second", "b. Second"), "the relettered list");
    await waitForDiagnostics(document.uri, lacksCode("UPR005"), "no UPR005 after relettering");
  });

  it("outlines the seed", async () => {
    const { document } = await openDraft(workspaceUri("ecpat-pakistan-upr3.upr"));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", document.uri);
    const sections = symbols.filter((symbol) => symbol.kind === vscode.SymbolKind.Namespace).map((symbol) => symbol.name);
    check(sections.length === 5 && sections[0] === "(I) Justification for Submission", `sections: ${sections.join(" | ")}`);
  });

  it("exports a draft to Word through the workspace file system, and imports it back", async () => {
    await openDraft(workspaceUri("lettering.upr"));
    const target = workspaceUri("lettering-web.docx");
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>("uprDraft.exportWord", target);
    check(written?.toString() === target.toString(), `the export went to ${written?.toString()}`);
    const bytes = await vscode.workspace.fs.readFile(target);
    check(bytes[0] === 0x50 && bytes[1] === 0x4b, "the export is not a zip package");
    const imported = await vscode.commands.executeCommand<vscode.TextDocument | undefined>("uprDraft.importWord", target);
    check(imported?.languageId === "upr", "the import did not open a UPR draft");
    check(imported.getText().includes("d. Train and pay teachers in every province."), "the recommendation, with the letter the draft shows, did not come back");
  });
});
