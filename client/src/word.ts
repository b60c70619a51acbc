import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { base64ToBytes, bytesToBase64 } from "../../server/src/server/base64.js";
import {
  EXPORT_WORD_REQUEST,
  IMPORT_WORD_REQUEST,
  type ExportWordParams,
  type ExportWordResult,
  type ImportWordParams,
  type ImportWordResult,
} from "../../server/src/server/protocol.js";

const WORD_FILTER = { "Word document": ["docx"] };

/**
 * "Export Submission to Word": the active draft as a .docx, saved where the user chooses (or at
 * the URI passed by a keybinding or task). Errors in the draft do not stop the export; they are
 * listed in the output and named in the message, as the CLI lists them on standard error.
 */
export async function exportToWord(client: BaseLanguageClient, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "upr") {
    void vscode.window.showInformationMessage("Open a UPR draft to export it to Word.");
    return undefined;
  }
  const draft = editor.document;
  const params: ExportWordParams = { uri: draft.uri.toString() };
  const result = await client.sendRequest<ExportWordResult | null>(EXPORT_WORD_REQUEST, params);
  if (!result) return undefined;
  const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: siblingDocx(draft.uri), filters: WORD_FILTER, saveLabel: "Export" }));
  if (!destination) return undefined;
  await vscode.workspace.fs.writeFile(destination, base64ToBytes(result.docx));
  const name = baseName(destination);
  for (const notice of result.notices) client.outputChannel.appendLine(`${baseName(draft.uri)}: ${notice}`);
  if (result.errors.length > 0) {
    client.outputChannel.appendLine(`${baseName(draft.uri)} was exported to ${name} with these errors:`);
    for (const error of result.errors) client.outputChannel.appendLine(`  ${error}`);
    const count = `${result.errors.length} error${result.errors.length === 1 ? "" : "s"}`;
    void vscode.window.showWarningMessage(`Exported ${name}, but the draft has ${count}: ${result.errors[0]}${result.errors.length > 1 ? " …" : ""}`, "Show All").then((choice) => {
      if (choice) client.outputChannel.show(true);
    });
  } else {
    void vscode.window.showInformationMessage(`Exported ${name}.`);
  }
  return destination;
}

/**
 * "Import Word Submission": a .docx as a new, unsaved draft. What the draft cannot hold as Word
 * had it (tables, images, comments …) is listed in the output with the draft line it concerns.
 */
export async function importFromWord(client: BaseLanguageClient, source?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const chosen = source ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: WORD_FILTER, openLabel: "Import" }))?.[0];
  if (!chosen) return undefined;
  const name = baseName(chosen);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(chosen);
  } catch (error) {
    void vscode.window.showErrorMessage(`Cannot read ${name}: ${(error as Error).message}`);
    return undefined;
  }
  const params: ImportWordParams = { docx: bytesToBase64(bytes) };
  const result = await client.sendRequest<ImportWordResult>(IMPORT_WORD_REQUEST, params);
  if ("error" in result) {
    void vscode.window.showErrorMessage(`${name} ${result.error}`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: "upr", content: result.text });
  await vscode.window.showTextDocument(document);
  if (result.notices.length > 0) {
    for (const notice of result.notices) client.outputChannel.appendLine(`${name}: ${notice.message} (line ${notice.line})`);
    const count = `${result.notices.length} item${result.notices.length === 1 ? "" : "s"}`;
    void vscode.window.showWarningMessage(`Imported ${name}; ${count} could not be kept as Word had them.`, "Show").then((choice) => {
      if (choice) client.outputChannel.show(true);
    });
  }
  return document;
}

function siblingDocx(draft: vscode.Uri): vscode.Uri {
  return draft.with({ path: draft.path.replace(/(\.[^./]*)?$/, ".docx") });
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf("/") + 1);
}
