import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiagnosticSeverity, FileChangeType, type Diagnostic } from "vscode-languageserver-protocol";
import { problemsText, tempFolder } from "./helpers.js";
import { fileUri, LspClient, TEST_SETTINGS } from "./lsp-client.js";

const severityOf = (diagnostics: Diagnostic[], code: string) => diagnostics.find((diagnostic) => diagnostic.code === code)?.severity;

describe("configuration: the project file and the editor settings", () => {
  let client: LspClient;
  let root: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    root = tempFolder();
    first = join(root, "first");
    second = join(root, "second");
    mkdirSync(join(first, "drafts"), { recursive: true });
    mkdirSync(second);
    writeFileSync(join(first, ".upr-draft.json"), '// the coalition\'s settings\n{ "rules": { "UPR001": "off" } }\n');
    writeFileSync(join(second, ".upr-draft.json"), '{ "rules": { "UPR005": "error" } }\n');
    client = await LspClient.start({ workspaceFolders: [first, second] });
  });

  afterAll(() => client.stop());

  /** Writes a project file and tells the server, as the client's file watcher does; resolves with the draft's next diagnostics. */
  async function changeConfig(folder: string, text: string, draft: string, type: FileChangeType = FileChangeType.Changed): Promise<Diagnostic[]> {
    writeFileSync(join(folder, ".upr-draft.json"), text);
    const next = client.waitForDiagnostics(draft, undefined);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(join(folder, ".upr-draft.json")), type }] });
    return (await next).diagnostics;
  }

  it("gives each document the project file above it, in each folder of a multi-root workspace", async () => {
    const inFirst = (await client.openAndLint(fileUri(join(first, "drafts", "a.upr")), problemsText)).diagnostics;
    const inSecond = (await client.openAndLint(fileUri(join(second, "b.upr")), problemsText)).diagnostics;
    expect(severityOf(inFirst, "UPR001")).toBeUndefined();
    expect(severityOf(inFirst, "UPR005")).toBe(DiagnosticSeverity.Warning);
    expect(severityOf(inSecond, "UPR001")).toBe(DiagnosticSeverity.Warning);
    expect(severityOf(inSecond, "UPR005")).toBe(DiagnosticSeverity.Error);
  });

  it("lints open documents again when the project file changes", async () => {
    const draft = fileUri(join(first, "drafts", "a.upr"));
    const diagnostics = await changeConfig(first, '{ "rules": { "paragraph-numbering": "error" } }', draft);
    expect(severityOf(diagnostics, "UPR001")).toBe(DiagnosticSeverity.Error);
  });

  it("reports a broken project file on the file itself and lints with the defaults", async () => {
    const draft = fileUri(join(first, "drafts", "a.upr"));
    const configUri = fileUri(join(first, ".upr-draft.json"));
    const configDiagnostics = client.waitForDiagnostics(configUri);
    const diagnostics = await changeConfig(first, '{ "rules": { "UPR001": "off" ', draft);
    expect(severityOf(diagnostics, "UPR001")).toBe(DiagnosticSeverity.Warning);
    const [problem] = (await configDiagnostics).diagnostics;
    expect(problem.message).toMatch(/^The configuration is not valid JSON \(.+\); the defaults are used\.$/);
    expect(problem.source).toBe("upr-draft");

    const cleared = client.waitForDiagnostics(configUri);
    await changeConfig(first, '{ "rules": { "UPR001": "off" } }', draft);
    expect((await cleared).diagnostics).toEqual([]);
  });

  it("reports unknown rules in the project file where they are written", async () => {
    const draft = fileUri(join(second, "b.upr"));
    const configUri = fileUri(join(second, ".upr-draft.json"));
    const configDiagnostics = client.waitForDiagnostics(configUri);
    await changeConfig(second, '{\n  "rules": { "UPR005": "error", "no-such-rule": "off" }\n}\n', draft);
    expect((await configDiagnostics).diagnostics.map((diagnostic) => [diagnostic.message, diagnostic.range.start])).toEqual([
      ['Unknown rule "no-such-rule"; it is ignored.', { line: 1, character: 32 }],
    ]);
  });

  it("forgets a deleted project file", async () => {
    const draft = fileUri(join(second, "b.upr"));
    const diagnostics = await changeConfig(second, "", draft, FileChangeType.Deleted);
    expect(severityOf(diagnostics, "UPR005")).toBe(DiagnosticSeverity.Warning);
  });

  it("puts the editor settings over the project file, per folder", async () => {
    const draft = fileUri(join(first, "drafts", "a.upr"));
    client.settingsByFolder.set(first, { ...TEST_SETTINGS, rules: { UPR001: "information", UPR005: "off" } });
    const next = client.waitForDiagnostics(draft, undefined);
    const nextInSecond = client.waitForDiagnostics(fileUri(join(second, "b.upr")), undefined);
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { uprDraft: {} } });
    const diagnostics = (await next).diagnostics;
    expect(severityOf(diagnostics, "UPR001")).toBe(DiagnosticSeverity.Information);
    expect(severityOf(diagnostics, "UPR005")).toBeUndefined();
    expect(severityOf((await nextInSecond).diagnostics, "UPR005")).toBe(DiagnosticSeverity.Warning);
  });

  it("takes the word limit from the settings when the front matter has none", async () => {
    const draft = fileUri(join(second, "no-limit.upr"));
    client.settingsByFolder.set(second, { ...TEST_SETTINGS, wordLimit: 5630 });
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { uprDraft: {} } });
    const status = client.waitForStatus(draft);
    await client.open(draft, problemsText.replace("wordLimit: 2815\n", ""));
    expect((await status).limit).toBe(5630);
  });
});
