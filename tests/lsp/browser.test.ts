import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  Emitter,
  type DataCallback,
  type Message,
  type MessageConnection,
} from "vscode-jsonrpc/node";
import type { DocumentSymbol, InitializeResult, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { codes, problemsText } from "./helpers.js";
import { repoRoot } from "./lsp-client.js";

const bundle = join(repoRoot, "dist/server-browser.js");

/**
 * A web worker as far as the bundle can tell: a worker thread whose script runs in a fresh V8
 * context holding only what browsers give workers (`self` with postMessage and onmessage, timers,
 * TextEncoder/TextDecoder, URL, structuredClone, performance, console): no require, process,
 * Buffer or module.
 */
const WORKER_SHIM = `
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const vm = require("node:vm");
const self = {
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener: () => {},
  set onmessage(handler) { parentPort.on("message", (data) => handler({ data })); },
};
const context = vm.createContext({
  self, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL, structuredClone, performance,
});
vm.runInContext(readFileSync(workerData.bundle, "utf8"), context, { filename: workerData.bundle });
`;

class WorkerReader extends AbstractMessageReader {
  private readonly messages = new Emitter<Message>();
  constructor(worker: Worker) {
    super();
    worker.on("message", (message: Message) => this.messages.fire(message));
    worker.on("error", (error) => this.fireError(error));
  }
  listen(callback: DataCallback) {
    return this.messages.event(callback);
  }
}

class WorkerWriter extends AbstractMessageWriter {
  constructor(private readonly worker: Worker) {
    super();
  }
  async write(message: Message): Promise<void> {
    this.worker.postMessage(message);
  }
  end(): void {}
}

describe("the web-worker build of the server", () => {
  const code = readFileSync(bundle, "utf8");

  it("is one script without node built-ins or module loading", () => {
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/["']node:/);
    expect(code).not.toMatch(/\bprocess\.(?:env|argv|cwd|platform)\b/);
    expect(code.trimStart().startsWith("\"use strict\";\n(() => {") || code.trimStart().startsWith("(() => {")).toBe(true);
  });

  it("is started by a web client that loads nothing but the vscode API", () => {
    const packageJson = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    expect(packageJson.browser).toBe("./dist/client-browser.js");
    const client = readFileSync(join(repoRoot, packageJson.browser), "utf8");
    expect(new Set(client.match(/\brequire\("[^"]*"\)/g))).toEqual(new Set(['require("vscode")']));
    expect(client).toContain(`"dist", "server-browser.js"`);
  });

  describe("running in a worker", () => {
    let worker: Worker;
    let connection: MessageConnection;
    let initialized: InitializeResult;
    const fileReads: string[] = [];
    const diagnostics = new Emitter<PublishDiagnosticsParams>();

    beforeAll(async () => {
      worker = new Worker(WORKER_SHIM, { eval: true, workerData: { bundle } });
      connection = createMessageConnection(new WorkerReader(worker), new WorkerWriter(worker));
      connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => diagnostics.fire(params));
      connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => ({ lintDelay: 0 })));
      // The worker has no file system: it asks the client for config files.
      connection.onRequest("uprDraft/readFile", ({ uri }: { uri: string }) => {
        fileReads.push(uri);
        return uri === "file:///project/.upr-draft.json" ? '{ "rules": { "UPR005": "off" } }' : null;
      });
      connection.listen();
      initialized = await connection.sendRequest("initialize", {
        processId: null,
        rootUri: "file:///project",
        workspaceFolders: [{ uri: "file:///project", name: "project" }],
        capabilities: { workspace: { configuration: true } },
      });
      await connection.sendNotification("initialized", {});
    });

    afterAll(async () => {
      connection.dispose();
      await worker.terminate();
    });

    it("answers initialize with the same capabilities as the node server", () => {
      expect(initialized.serverInfo?.name).toBe("upr-draft");
      expect(initialized.capabilities).toMatchObject({ documentSymbolProvider: true, codeActionProvider: { codeActionKinds: ["quickfix", "source.fixAll.upr"] } });
    });

    it("lints a draft with the project file the client reads for it", async () => {
      const uri = "file:///project/drafts/problems.upr";
      const published = new Promise<PublishDiagnosticsParams>((resolve) => diagnostics.event((params) => params.uri === uri && resolve(params)));
      await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "upr", version: 1, text: problemsText } });
      const found = codes((await published).diagnostics);
      expect(found).toContain("UPR001");
      expect(found).not.toContain("UPR005");
      expect(fileReads).toEqual(["file:///project/drafts/.upr-draft.json", "file:///project/.upr-draft.json"]);
      const symbols: DocumentSymbol[] = await connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
      expect(symbols.map((symbol) => symbol.name)).toEqual(["I. Introduction", "II. Protection from exploitation"]);
    });
  });
});
