import type { Connection, InitializeParams, InitializeResult } from "vscode-languageserver";
import { CodeActionKind, FileChangeType, TextDocumentSyncKind, TextDocuments } from "vscode-languageserver";
import { allRules, parse, renderRuleDoc, sharedSettings, type SharedSettings, type UprDocument } from "../core/index.js";
import { codeActions, FIX_ALL_KIND } from "./code-actions.js";
import { executeCommand } from "./commands.js";
import { ConfigurationStore } from "./configuration.js";
import { DraftDocument } from "./draft-document.js";
import { EditTracker } from "./edit-tracker.js";
import { completion, definition, hover, onEnter } from "./language-features.js";
import { Linter } from "./linter.js";
import { oversizeDiagnostic, withinSizeLimit } from "./size-limit.js";
import type { Platform } from "./platform.js";
import {
  EXPORT_WORD_REQUEST,
  IMPORT_WORD_REQUEST,
  RULE_DOC_REQUEST,
  SERVER_COMMANDS,
  type ExportWordParams,
  type ImportWordParams,
  type RuleDocParams,
} from "./protocol.js";
import { documentSymbols, foldingRanges, WorkspaceSymbolIndex } from "./symbols.js";
import { isConfigFile, uriKey } from "./uri.js";
import { exportWord, importWord } from "./word-requests.js";

/**
 * The language server, the same in node and in a web worker: it adapts the LSP to the core. The
 * entry points only make the connection and say how files are read.
 */
export function startServer(connection: Connection, platform: Platform): void {
  const edits = new EditTracker();
  const documents = new TextDocuments({ create: DraftDocument.create, update: (document, changes, version) => edits.update(document, changes, version) });
  const configuration = new ConfigurationStore(connection, platform);
  const linter = new Linter(connection, documents, configuration, edits, platform.sendsRawJson);
  const workspaceSymbols = new WorkspaceSymbolIndex();

  /** The parsed document and the settings that symbols, hover, definition and completion need: the last lint's when it is current, without linting. */
  async function analysis(uri: string): Promise<{ document: UprDocument; settings: SharedSettings } | undefined> {
    const linted = linter.latest(uri);
    if (linted) return { document: linted.document, settings: sharedSettings(...linted.configuration.configs) };
    const { configs } = await configuration.forDocument(uri);
    // Read as the linter reads it, without joining the text.
    const text = documents.get(uri)?.source;
    // A draft over the size limit is not parsed, for the editor's features either.
    if (text === undefined || oversizeDiagnostic(text, configs)) return undefined;
    return { document: parse(text), settings: sharedSettings(...configs) };
  }

  let foldersChange = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    foldersChange = params.capabilities.workspace?.workspaceFolders === true;
    configuration.pullSettings = params.capabilities.workspace?.configuration === true;
    configuration.workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        // "[" opens a theme tag; the rest is typed as words, which VS Code completes as you type.
        completionProvider: { triggerCharacters: ["["] },
        documentOnTypeFormattingProvider: { firstTriggerCharacter: "\n" },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "upr-draft" },
    };
  });

  connection.onInitialized(() => {
    if (!foldersChange) return;
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((folder) => folder.uri));
      configuration.workspaceFolders = [...configuration.workspaceFolders.filter((uri) => !removed.has(uri)), ...event.added.map((folder) => folder.uri)];
      void linter.lintAll();
    });
  });

  documents.onDidOpen(({ document }) => linter.opened(document.uri));
  documents.onDidChangeContent(({ document }) => linter.changed(document.uri));
  documents.onDidSave(({ document }) => linter.saved(document.uri));
  documents.onDidClose(({ document }) => {
    linter.closed(document.uri);
    configuration.forget(document.uri);
  });

  connection.onDidChangeConfiguration((params) => {
    configuration.settingsChanged(params.settings);
    void linter.lintAll();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    const configChanges = changes.filter((change) => isConfigFile(change.uri));
    if (configChanges.length === 0) return;
    await Promise.all(configChanges.map((change) => configuration.fileChanged(change.uri, change.type === FileChangeType.Deleted)));
    await linter.lintAll();
  });

  connection.onCodeAction(async (params) => {
    const result = await linter.current(params.textDocument.uri);
    return result ? codeActions(params, result) : [];
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const found = await analysis(textDocument.uri);
    return found ? documentSymbols(found.document) : [];
  });

  connection.onFoldingRanges(async ({ textDocument }) => {
    const found = await analysis(textDocument.uri);
    return found ? foldingRanges(found.document) : [];
  });

  connection.onWorkspaceSymbol(async ({ query }) => {
    const drafts = new Map<string, { uri: string; text: string }>();
    for (const draft of await platform.workspaceDrafts(configuration.workspaceFolders)) drafts.set(uriKey(draft.uri), draft);
    for (const document of documents.all()) {
      if (document.languageId !== "upr") continue;
      const text = document.getText();
      if (withinSizeLimit(text)) drafts.set(uriKey(document.uri), { uri: document.uri, text });
      else drafts.delete(uriKey(document.uri));
    }
    return workspaceSymbols.search(query, [...drafts.values()]);
  });

  connection.onHover(async ({ textDocument, position }) => {
    const found = await analysis(textDocument.uri);
    return found ? hover(found.document, position, found.settings) : null;
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const found = await analysis(textDocument.uri);
    return found ? definition(textDocument.uri, found.document, position, found.settings) : [];
  });

  connection.onCompletion(async ({ textDocument, position }) => {
    const found = await analysis(textDocument.uri);
    return found ? completion(found.document, position, found.settings) : [];
  });

  connection.onDocumentOnTypeFormatting(async ({ textDocument, position }) => {
    const found = await analysis(textDocument.uri);
    return found ? onEnter(found.document, position) : [];
  });

  connection.onExecuteCommand(({ command, arguments: args }) => executeCommand(command, args, connection, documents, linter));
  connection.onRequest(EXPORT_WORD_REQUEST, (params: ExportWordParams) => exportWord(params, linter));
  connection.onRequest(IMPORT_WORD_REQUEST, (params: ImportWordParams) => importWord(params));
  connection.onRequest(RULE_DOC_REQUEST, ({ rule }: RuleDocParams) => {
    const found = allRules.find((candidate) => candidate.id === rule.toUpperCase());
    return found ? renderRuleDoc(found) : null;
  });

  documents.listen(connection);
  connection.listen();
}
