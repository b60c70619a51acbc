import { BrowserMessageReader, BrowserMessageWriter, createConnection } from "vscode-languageserver/browser";
import { startServer } from "./server.js";

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));

// A web worker has no file system: the client reads config files for it, and workspace symbols cover open drafts.
startServer(connection, {
  readFile: async () => null,
  workspaceDrafts: async () => [],
});
