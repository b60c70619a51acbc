import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiagnosticSeverity } from "vscode-languageserver-protocol";
import { allRules } from "../../server/src/core/rules/index.js";
import { codes, problemsText, seedText, tempFolder } from "./helpers.js";
import { fileUri, LspClient, TEST_SETTINGS } from "./lsp-client.js";
import { join } from "node:path";

describe("the language server over stdio", () => {
  let client: LspClient;
  let folder: string;

  beforeAll(async () => {
    folder = tempFolder();
    client = await LspClient.start({ workspaceFolders: [folder] });
  });

  afterAll(() => client.stop());

  it("declares incremental sync and the features it serves", () => {
    const capabilities = client.initializeResult!.capabilities;
    expect(capabilities.textDocumentSync).toMatchObject({ change: 2, openClose: true });
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ["quickfix", "source.fixAll.upr"] });
    expect(capabilities.executeCommandProvider?.commands).toEqual([
      "uprDraft.server.renumber",
      "uprDraft.server.reletter",
      "uprDraft.server.convert",
      "uprDraft.server.fixAll",
    ]);
    expect(capabilities).toMatchObject({
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
      hoverProvider: true,
      definitionProvider: true,
      documentOnTypeFormattingProvider: { firstTriggerCharacter: "\n" },
    });
  });

  it("lints the canonical seed on open; every diagnostic names its rule and links to its documentation", async () => {
    const { diagnostics, version } = await client.openAndLint(fileUri(join(folder, "seed.upr")), seedText);
    expect(version).toBe(1);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) {
      const rule = allRules.find((candidate) => candidate.id === diagnostic.code);
      expect(rule, `rule ${diagnostic.code}`).toBeDefined();
      expect(diagnostic.source).toBe("upr-draft");
      expect(diagnostic.codeDescription?.href).toBe(`command:uprDraft.showRule?${encodeURIComponent(JSON.stringify([rule!.id]))}`);
    }
  });

  it("answers the documentation a diagnostic's code links to, from the rule's metadata", async () => {
    for (const rule of allRules) {
      const doc = await client.connection.sendRequest<string | null>("uprDraft/ruleDoc", { rule: rule.id });
      expect(doc).toContain(`# ${rule.id} ${rule.name}\n\n${rule.description}\n\n${rule.rationale}`);
    }
    expect(await client.connection.sendRequest("uprDraft/ruleDoc", { rule: "upr101" })).toContain("# UPR101 avoided-term");
    expect(await client.connection.sendRequest("uprDraft/ruleDoc", { rule: "UPR999" })).toBeNull();
  });

  it("reports the fixture's known problems at their places, with expected and actual values", async () => {
    const { diagnostics } = await client.openAndLint(fileUri(join(folder, "problems.upr")), problemsText);
    const numbering = diagnostics.find((diagnostic) => diagnostic.code === "UPR001")!;
    expect(numbering.range).toEqual({ start: { line: 15, character: 0 }, end: { line: 15, character: 1 } });
    expect(numbering.severity).toBe(DiagnosticSeverity.Warning);
    expect(numbering.message).toBe("Paragraph numbering jumps from 1 to 3: 2 missing. [Expected: 2; Actual: 3]");
    const lettering = diagnostics.find((diagnostic) => diagnostic.code === "UPR005")!;
    expect(lettering.range.start).toEqual({ line: 25, character: 0 });
    expect(lettering.message).toMatch(/\[Expected: b; Actual: c\]$/);
    expect(codes(diagnostics).filter((code) => code === "UPR101")).toHaveLength(2);
  });

  it("sends the word count, the word limit and the lint time after each lint", async () => {
    const uri = fileUri(join(folder, "status.upr"));
    const status = client.waitForStatus(uri);
    await client.open(uri, problemsText);
    expect(await status).toMatchObject({ uri, limit: 2815, problems: expect.any(Number) });
    const { words, lintMs } = await status;
    expect(words).toBeGreaterThan(80);
    expect(words).toBeLessThan(120);
    expect(lintMs).toBeGreaterThanOrEqual(0);
  });

  it("lints an untitled document", async () => {
    const { diagnostics } = await client.openAndLint("untitled:Untitled-1", "# I. Title\n\n1. One.\n\n3. Three.\n");
    expect(codes(diagnostics)).toContain("UPR001");
  });

  it("lints again after typing, once, for the last version only", async () => {
    // A delay long enough that the four edits, sent at once, always arrive within it.
    const slow = join(folder, "slow");
    client.settingsByFolder.set(slow, { ...TEST_SETTINGS, lintDelay: 300 });
    const uri = fileUri(join(slow, "typing.upr"));
    await client.openAndLint(uri, "# I. Title\n\n1. One.\n");
    const before = client.publishLog.length;
    let version = 0;
    for (const digit of ["3", "4", "5", "6"]) version = await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: digit }]);
    const { diagnostics } = await client.waitForDiagnostics(uri, version);
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toContain("Paragraph numbering starts at 6; it should start at 1. [Expected: 1; Actual: 6]");
    const published = client.publishLog.slice(before).filter((params) => params.uri === uri);
    expect(published.map((params) => params.version)).toEqual([version]);
  });

  it("lints on save only, when the settings say so", async () => {
    const onSave = join(folder, "on-save");
    client.settingsByFolder.set(onSave, { ...TEST_SETTINGS, run: "onSave" });
    const uri = fileUri(join(onSave, "draft.upr"));
    const other = fileUri(join(folder, "while-saving.upr"));
    await client.openAndLint(uri, "# I. Title\n\n1. One.\n");
    await client.openAndLint(other, "# I. Title\n\n1. One.\n");
    const after = client.publishLog.length;
    const version = await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: "2" }]);
    // A lint typed into the other draft afterwards comes in after any lint of this one would have.
    const otherVersion = await client.change(other, [{ range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }, text: "Still " }]);
    await client.waitForDiagnostics(other, otherVersion);
    expect(client.publishLog.slice(after).filter((params) => params.uri === uri)).toEqual([]);
    const saved = client.waitForDiagnostics(uri, version);
    await client.connection.sendNotification("textDocument/didSave", { textDocument: { uri } });
    expect(codes((await saved).diagnostics)).toContain("UPR001");
  });

  it("does not lint a document after it is closed, and clears its diagnostics", async () => {
    const closing = fileUri(join(folder, "closing.upr"));
    const other = fileUri(join(folder, "other.upr"));
    await client.openAndLint(closing, "# I. Title\n\n2. Two.\n");
    await client.openAndLint(other, "# I. Title\n\n1. One.\n");
    await client.change(closing, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: "3" }]);
    const cleared = client.waitForDiagnostics(closing, undefined, (params) => params.diagnostics.length === 0);
    await client.close(closing);
    await cleared;
    const after = client.publishLog.length;
    // The other document's lint was scheduled after the closed one's would have been: once it is in, that one would be too.
    const version = await client.change(other, [{ range: { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }, text: "Still " }]);
    await client.waitForDiagnostics(other, version);
    expect(client.publishLog.slice(after).filter((params) => params.uri === closing)).toEqual([]);
  });
});
