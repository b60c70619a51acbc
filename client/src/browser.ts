import * as vscode from "vscode";
import { LanguageClient } from "vscode-languageclient/browser";
import { CLIENT_ID, CLIENT_NAME, clientOptions, startClient } from "./client.js";

let client: LanguageClient | undefined;

/** vscode.dev and other web hosts: the same server, bundled for a web worker. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, "dist", "server-browser.js").toString(true));
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, clientOptions(), worker);
  await startClient(context, client);
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
