import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  CodeAction,
  ConfigurationParams,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { StatusParams } from "../../server/src/server/protocol.js";

export const repoRoot = join(__dirname, "../..");
export const serverBundle = join(repoRoot, "dist/server.js");

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    didChangeWatchedFiles: { dynamicRegistration: false },
  },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } }, isPreferredSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    hover: { contentFormat: ["markdown", "plaintext"] },
    completion: { completionItem: { snippetSupport: false } },
  },
};

/** The settings the test client answers workspace/configuration with, by default. */
export const TEST_SETTINGS = { rules: {}, lintDelay: 20, run: "onType" };

interface Waiter<T> {
  accept: (value: T) => boolean;
  resolve: (value: T) => void;
}

/**
 * A language client for tests: runs the bundled server as a child process over stdio, keeps a
 * copy of every open document, answers the server's requests as VS Code would (settings, applying
 * edits) and lets tests wait for notifications instead of sleeping.
 */
export class LspClient {
  readonly documents = new Map<string, TextDocument>();
  readonly published = new Map<string, PublishDiagnosticsParams>();
  /** Every diagnostics notification, in order. */
  readonly publishLog: PublishDiagnosticsParams[] = [];
  readonly statuses: StatusParams[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  settings: Record<string, unknown> = TEST_SETTINGS;
  /** Settings by scope URI prefix, for multi-root tests. */
  settingsByFolder = new Map<string, Record<string, unknown>>();
  initializeResult?: InitializeResult;
  private stderr = "";
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly statusWaiters: Waiter<StatusParams>[] = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static async start(options: { workspaceFolders?: string[]; settings?: Record<string, unknown>; bundle?: string } = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [options.bundle ?? serverBundle, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    if (options.settings) client.settings = { ...TEST_SETTINGS, ...options.settings };
    child.stderr!.on("data", (chunk) => (client.stderr += String(chunk)));
    client.listen();
    connection.listen();
    const folders = options.workspaceFolders ?? [];
    client.initializeResult = await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((folder, i) => ({ uri: fileUri(folder), name: `folder${i}` })),
      capabilities: CAPABILITIES,
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  private listen(): void {
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      this.publishLog.push(params);
      settle(this.diagnosticWaiters, params);
    });
    this.connection.onNotification("uprDraft/status", (params: StatusParams) => {
      this.statuses.push(params);
      settle(this.statusWaiters, params);
    });
    this.connection.onRequest("workspace/configuration", (params: ConfigurationParams) =>
      params.items.map((item) => {
        for (const [folder, settings] of this.settingsByFolder) if (item.scopeUri?.startsWith(fileUri(folder))) return settings;
        return this.settings;
      }),
    );
    this.connection.onRequest("workspace/applyEdit", async (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      await this.applyWorkspaceEdit(params.edit);
      return { applied: true };
    });
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.onRequest("uprDraft/readFile", () => null);
  }

  async open(uri: string, text: string, languageId = "upr"): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Opens a document and resolves with its first diagnostics. */
  async openAndLint(uri: string, text: string, languageId = "upr"): Promise<PublishDiagnosticsParams> {
    const linted = this.waitForDiagnostics(uri, 1);
    await this.open(uri, text, languageId);
    return linted;
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const document = this.documents.get(uri)!;
    const version = document.version + 1;
    this.documents.set(uri, TextDocument.update(document, changes, version));
    await this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  /** Applies edits as VS Code does: to the editor's copy, then told to the server as one change. */
  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<void> {
    for (const change of edit.documentChanges ?? []) {
      if (!("textDocument" in change)) continue;
      const document = this.documents.get(change.textDocument.uri)!;
      if (change.textDocument.version !== null && change.textDocument.version !== document.version) {
        throw new Error(`edit for version ${change.textDocument.version}, document is at ${document.version}`);
      }
      await this.change(change.textDocument.uri, toChanges(document, change.edits as TextEdit[]));
    }
  }

  async applyCodeAction(action: CodeAction): Promise<void> {
    if (!action.edit) throw new Error(`code action "${action.title}" has no edit`);
    await this.applyWorkspaceEdit(action.edit);
  }

  /** Diagnostics of the document at `version` or later (of any version when none is given) that `accept` takes. */
  waitForDiagnostics(
    uri: string,
    version?: number,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    const wanted = (params: PublishDiagnosticsParams) =>
      params.uri === uri && (version === undefined || (params.version ?? -1) >= version) && accept(params);
    const current = this.published.get(uri);
    if (current && version !== undefined && wanted(current)) return Promise.resolve(current);
    return this.wait(this.diagnosticWaiters, wanted, `diagnostics for ${uri}${version === undefined ? "" : ` v${version}`}`);
  }

  waitForStatus(uri: string): Promise<StatusParams> {
    return this.wait(this.statusWaiters, (params) => params.uri === uri, `status for ${uri}`);
  }

  private wait<T>(waiters: Waiter<T>[], accept: (value: T) => boolean, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\n${this.stderr}`)), 10_000);
      waiters.push({ accept, resolve: (value) => (clearTimeout(timer), resolve(value)) });
    });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null) this.process.kill();
    }
  }

  get serverLog(): string {
    return this.stderr;
  }
}

function settle<T>(waiters: Waiter<T>[], value: T): void {
  for (let i = waiters.length - 1; i >= 0; i--) {
    if (waiters[i].accept(value)) waiters.splice(i, 1)[0].resolve(value);
  }
}

/**
 * Edits of one version as successive changes: from the last to the first, so earlier ranges stay
 * valid (of two insertions at one place, the later one goes in first and so ends up second).
 */
function toChanges(document: TextDocument, edits: readonly TextEdit[]): TextDocumentContentChangeEvent[] {
  return edits
    .map((edit, index) => ({ edit, index, start: document.offsetAt(edit.range.start) }))
    .sort((a, b) => b.start - a.start || b.index - a.index)
    .map(({ edit }) => ({ range: edit.range, text: edit.newText }));
}
