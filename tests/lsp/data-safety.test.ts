import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiagnosticSeverity, FileChangeType, type DocumentSymbol, type SymbolInformation } from "vscode-languageserver-protocol";
import { problemsText, seedText, tempFolder } from "./helpers.js";
import { fileUri, LspClient } from "./lsp-client.js";

const MB = 1024 * 1024;
const codes = (params: { diagnostics: { code?: string | number }[] }) => params.diagnostics.map((diagnostic) => diagnostic.code);

/** Waits for the server process to end by itself, as VS Code expects after `exit`. */
function exited(client: LspClient, ms: number): Promise<boolean> {
  if (client.process.exitCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    client.process.once("exit", () => (clearTimeout(timer), resolve(true)));
  });
}

describe("the size limit in the server", () => {
  let client: LspClient;
  let folder: string;

  beforeAll(async () => {
    folder = tempFolder();
    mkdirSync(join(folder, "small-limit"));
    writeFileSync(join(folder, "small-limit", ".upr-draft.json"), '{ "maxFileSizeMB": 0.01 }');
    client = await LspClient.start({ workspaceFolders: [folder] });
  });

  afterAll(() => client.stop());

  it("a draft over 10 MB gets exactly one diagnostic that explains the limit, and is not parsed; other drafts are served", async () => {
    const big = fileUri(join(folder, "big.upr"));
    const text = problemsText + "\n\nText of the draft. ".repeat(Math.ceil((10.5 * MB) / 20));
    const { diagnostics } = await client.openAndLint(big, text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: "size-limit",
      severity: DiagnosticSeverity.Warning,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    expect(diagnostics[0].message).toMatch(/^The file is over 10 MB; upr-draft lints files of up to 10 MB \("maxFileSizeMB" in \.upr-draft\.json\)\./);
    const symbols: DocumentSymbol[] = await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: big } });
    expect(symbols).toEqual([]);
    const small = await client.openAndLint(fileUri(join(folder, "small.upr")), problemsText);
    expect(codes(small)).toContain("UPR001");
    await client.close(big);
  });

  it("maxFileSizeMB in the project file sets the limit; a draft back under it is linted again", async () => {
    const uri = fileUri(join(folder, "small-limit", "draft.upr"));
    const over = problemsText + "\n\nMore text. ".repeat(1200);
    expect(codes(await client.openAndLint(uri, over))).toEqual(["size-limit"]);
    const shrunk = client.waitForDiagnostics(uri, 2);
    await client.change(uri, [{ text: problemsText }]);
    expect(codes(await shrunk)).toContain("UPR001");
  });

  it("counts a draft near the limit in UTF-8 from edit to edit: two-byte letters keep it under, three-byte quotation marks take it over", async () => {
    const uri = fileUri(join(folder, "small-limit", "near.upr"));
    const limit = Math.floor(0.01 * MB);
    const padding = "\n\nMore text. ".repeat(1200);
    const text = problemsText + padding.slice(0, limit - 20 - Buffer.byteLength(problemsText));
    expect(Buffer.byteLength(text)).toBe(limit - 20);
    expect(codes(await client.openAndLint(uri, text))).toContain("UPR001");
    const end = client.documents.get(uri)!.positionAt(text.length);
    const at = { line: end.line, character: 0 };
    let version = await client.change(uri, [{ range: { start: at, end: at }, text: "ééééé" }]);
    expect(codes(await client.waitForDiagnostics(uri, version))).toContain("UPR001");
    version = await client.change(uri, [{ range: { start: at, end: at }, text: "‘‘‘‘" }]);
    expect(codes(await client.waitForDiagnostics(uri, version))).toEqual(["size-limit"]);
    version = await client.change(uri, [{ range: { start: at, end: { line: at.line, character: 4 } }, text: "" }]);
    expect(codes(await client.waitForDiagnostics(uri, version))).toContain("UPR001");
  });
});

describe("workspace symbols and cached texts", () => {
  let client: LspClient;

  beforeAll(async () => {
    const folder = tempFolder();
    const paragraphs = Array.from({ length: 2500 }, (_, i) => `${i + 1}. Paragraph ${i + 1}.`).join("\n\n");
    writeFileSync(join(folder, "many.upr"), `---\nstate: X\n---\n\n# I. Background\n\n${paragraphs}\n`);
    writeFileSync(join(folder, "huge.upr"), seedText + "\n\n# Annex\n\n" + "Words of an annex. ".repeat(Math.ceil((10.5 * MB) / 19)));
    client = await LspClient.start({ workspaceFolders: [folder] });
  });

  afterAll(() => client.stop());

  it("a query gives at most 1000 symbols, and a draft on disk over the size limit is skipped", async () => {
    const all: SymbolInformation[] = await client.connection.sendRequest("workspace/symbol", { query: "" });
    expect(all).toHaveLength(1000);
    const seedHeadings: SymbolInformation[] = await client.connection.sendRequest("workspace/symbol", { query: "Annex" });
    expect(seedHeadings.filter((symbol) => symbol.location.uri.endsWith("huge.upr"))).toEqual([]);
  });
});

describe("configuration files that broke the server", () => {
  let client: LspClient;
  let folder: string;

  beforeAll(async () => {
    folder = tempFolder();
    for (const name of ["deep", "fifo", "bom", "proto"]) mkdirSync(join(folder, name));
    writeFileSync(join(folder, "deep", ".upr-draft.json"), "[".repeat(10_000) + "]".repeat(10_000));
    expect(spawnSync("mkfifo", [join(folder, "fifo", ".upr-draft.json")]).status).toBe(0);
    writeFileSync(join(folder, "bom", ".upr-draft.json"), '\uFEFF{ "rules": { "UPR001": "off" } }');
    writeFileSync(join(folder, "proto", ".upr-draft.json"), '{ "__proto__": { "rules": { "UPR001": "off" } } }');
    client = await LspClient.start({ workspaceFolders: [folder] });
  });

  // The last test ends the server itself.
  afterAll(async () => {
    if (client.process.exitCode === null) await client.stop();
  });

  it("a config nested 10,000 deep is a problem of its own; drafts below it are linted with the defaults, and again when it is mended", async () => {
    const config = fileUri(join(folder, "deep", ".upr-draft.json"));
    const configDiagnostics = client.waitForDiagnostics(config);
    const draft = fileUri(join(folder, "deep", "a.upr"));
    expect(codes(await client.openAndLint(draft, problemsText))).toContain("UPR001");
    expect((await configDiagnostics).diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      "The configuration nests deeper than 32 levels, which no setting needs; the defaults are used.",
    ]);
    writeFileSync(join(folder, "deep", ".upr-draft.json"), '{ "rules": { "UPR001": "off" } }');
    const cleared = client.waitForDiagnostics(config);
    const relinted = client.waitForDiagnostics(draft);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: config, type: FileChangeType.Changed }] });
    expect((await cleared).diagnostics).toEqual([]);
    expect(codes(await relinted)).not.toContain("UPR001");
  });

  it("a FIFO config is refused by its kind without blocking, and the draft is linted with the defaults", async () => {
    const config = fileUri(join(folder, "fifo", ".upr-draft.json"));
    const configDiagnostics = client.waitForDiagnostics(config);
    expect(codes(await client.openAndLint(fileUri(join(folder, "fifo", "a.upr")), problemsText))).toContain("UPR001");
    expect((await configDiagnostics).diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      "The configuration cannot be read (it is a FIFO (named pipe)); the defaults are used.",
    ]);
  });

  it("a config with a BOM is read", async () => {
    expect(codes(await client.openAndLint(fileUri(join(folder, "bom", "a.upr")), problemsText))).not.toContain("UPR001");
  });

  it("a __proto__ key is reported and not obeyed", async () => {
    const config = fileUri(join(folder, "proto", ".upr-draft.json"));
    const configDiagnostics = client.waitForDiagnostics(config);
    expect(codes(await client.openAndLint(fileUri(join(folder, "proto", "a.upr")), problemsText))).toContain("UPR001");
    expect((await configDiagnostics).diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      '"__proto__" is not a setting, and could change how every object behaves; it is ignored.',
    ]);
  });

  it("the server still exits on exit", async () => {
    await client.connection.sendRequest("shutdown");
    await client.connection.sendNotification("exit");
    expect(await exited(client, 5000)).toBe(true);
  });
});
