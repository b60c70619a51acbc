import * as vscode from "vscode";
import type { BaseLanguageClient, LanguageClientOptions } from "vscode-languageclient";
import {
  CONFIG_FILE,
  READ_FILE_REQUEST,
  SERVER_COMMANDS,
  SETTINGS_SECTION,
  STATUS_NOTIFICATION,
  convertReport,
  type CommandArguments,
  type CommandResult,
  type ReadFileParams,
  type ServerCommand,
  type StatusParams,
} from "../../server/src/server/protocol.js";
import { registerRuleDocs } from "./rule-docs.js";
import { StatusItem } from "./status.js";
import { exportToWord, importFromWord } from "./word.js";

export const CLIENT_ID = "uprDraft";
export const CLIENT_NAME = "UPR Draft";

/** What the node and the browser client share: the documents served, and what is synchronised. */
export function clientOptions(): LanguageClientOptions {
  return {
    documentSelector: [{ language: "upr" }],
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`),
    },
    diagnosticCollectionName: "upr-draft",
    // The default error handler restarts a crashed server (up to 4 times in 3 minutes); it is left in place.
  };
}

/** The palette commands: each runs the server's command on the active draft; the server applies one edit. */
const PALETTE_COMMANDS: Record<string, ServerCommand> = {
  "uprDraft.renumber": "renumber",
  "uprDraft.reletter": "reletter",
  "uprDraft.convert": "convert",
  "uprDraft.fixAll": "fixAll",
};

/** Starts a client made for the platform and wires the commands, the status item, rule documentation and file reading to it. */
export async function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
  const status = new StatusItem();
  context.subscriptions.push(status);
  for (const [command, serverCommand] of Object.entries(PALETTE_COMMANDS)) {
    context.subscriptions.push(
      vscode.commands.registerTextEditorCommand(command, async (editor) => {
        if (editor.document.languageId !== "upr") return;
        const target: CommandArguments = { uri: editor.document.uri.toString(), version: editor.document.version };
        const result = await client.sendRequest<CommandResult | null>("workspace/executeCommand", { command: SERVER_COMMANDS[serverCommand], arguments: [target] });
        const report = result && convertReport(result);
        if (report) void vscode.window.showInformationMessage(report);
      }),
    );
  }
  context.subscriptions.push(
    vscode.commands.registerCommand("uprDraft.exportWord", (target?: vscode.Uri) => exportToWord(client, target)),
    vscode.commands.registerCommand("uprDraft.importWord", (source?: vscode.Uri) => importFromWord(client, source)),
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params)),
    client.onRequest(READ_FILE_REQUEST, (params: ReadFileParams) => readConfigFile(params.uri)),
    registerRuleDocs(client),
  );
  await client.start();
  context.subscriptions.push(client);
}

/** Only config files: the server asks for nothing else. */
async function readConfigFile(uri: string): Promise<string | null> {
  const target = vscode.Uri.parse(uri);
  if (!target.path.endsWith(`/${CONFIG_FILE}`)) return null;
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
  } catch {
    return null;
  }
}
