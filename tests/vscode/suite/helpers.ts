import * as vscode from "vscode";

export const extensionId = "upr-draft.upr-draft";

/** A plain check, so that these helpers bundle for the web extension host too (no node:assert). */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  check(extension, `extension ${extensionId} is not loaded`);
  await extension.activate();
  return extension;
}

/** A file of the (first) workspace folder, which the runner fills from tests/vscode/fixtures/. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  check(folder, "no workspace folder is open");
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openDraft(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Closes every editor, dropping unsaved changes (closing a dirty editor would ask to save). */
export async function closeAllEditors(): Promise<void> {
  for (let closed = 0; closed < 50 && vscode.window.activeTextEditor; closed++) {
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  }
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}

/** Resolves once the document's text equals `expected`; fails after `timeoutMs` showing the first difference. */
export function waitForText(document: vscode.TextDocument, expected: string, what: string, timeoutMs = 30_000): Promise<void> {
  if (document.getText() === expected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      const actual = document.getText();
      let at = 0;
      while (at < actual.length && actual[at] === expected[at]) at++;
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the text differs at offset ${at}:\n` +
        `  expected ${JSON.stringify(expected.slice(Math.max(0, at - 40), at + 60))}\n  actual   ${JSON.stringify(actual.slice(Math.max(0, at - 40), at + 60))}`));
    }, timeoutMs);
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || document.getText() !== expected) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === "object" && code !== null ? code.value : code);
}

const severityNames = ["error", "warning", "information", "hint"];

/** One line per diagnostic, `CODE line:col-line:col severity`, zero-based, for comparisons and failures. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => {
    const { start, end } = diagnostic.range;
    return `${codeOf(diagnostic)} ${start.line}:${start.character}-${end.line}:${end.character} ${severityNames[diagnostic.severity]}`;
  });
}

/**
 * Resolves with the document's diagnostics as soon as `accept` holds for them, checking now and on
 * every onDidChangeDiagnostics event for the document; fails after `timeoutMs` and says what it saw.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const current = vscode.languages.getDiagnostics(uri);
  if (accept(current)) return Promise.resolve(current);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      const seen = describeDiagnostics(vscode.languages.getDiagnostics(uri));
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; diagnostics now:\n  ${seen.join("\n  ") || "(none)"}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    });
  });
}

export const hasCode = (code: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => codeOf(d) === code);
export const lacksCode = (code: string) => (diagnostics: vscode.Diagnostic[]) => !diagnostics.some((d) => codeOf(d) === code);

/** Zero-based number of the first line of the document that starts with `prefix`. */
export function lineStartingWith(document: vscode.TextDocument, prefix: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.startsWith(prefix)) return line;
  }
  throw new Error(`no line of ${document.uri.path} starts with ${JSON.stringify(prefix)}`);
}
