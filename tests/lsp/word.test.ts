import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocx } from "../../server/src/core/word/index.js";
import { base64ToBytes, bytesToBase64 } from "../../server/src/server/base64.js";
import type { ExportWordResult, ImportWordResult } from "../../server/src/server/protocol.js";
import { problemsText, seedText, tempFolder } from "./helpers.js";
import { fileUri, LspClient } from "./lsp-client.js";

describe("Word requests", () => {
  let client: LspClient;
  let folder: string;

  beforeAll(async () => {
    folder = tempFolder();
    writeFileSync(join(folder, ".upr-draft.json"), JSON.stringify({ rules: { UPR001: "error" } }));
    client = await LspClient.start({ workspaceFolders: [folder] });
  });
  afterAll(() => client.stop());

  async function exportDraft(name: string, text: string): Promise<ExportWordResult> {
    const uri = fileUri(join(folder, name));
    await client.openAndLint(uri, text);
    const result = await client.connection.sendRequest<ExportWordResult | null>("uprDraft/exportWord", { uri });
    expect(result).not.toBeNull();
    return result!;
  }

  it("exports the open draft as a .docx that reads back as the same draft", async () => {
    const result = await exportDraft("seed.upr", seedText);
    const back = importDocx(base64ToBytes(result.docx));
    expect(back.text.match(/^\d+\. /gm)).toEqual(seedText.match(/^\d+\. /gm));
    expect(result.errors).toEqual([]);
  });

  it("lists the draft's errors with their lines, and exports all the same", async () => {
    const result = await exportDraft("problems.upr", problemsText);
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) expect(error).toMatch(/^\d+: .+ \(UPR001\)$/);
    expect(importDocx(base64ToBytes(result.docx)).text).toContain("Adopt");
  });

  it("answers null for a draft that is not open", async () => {
    expect(await client.connection.sendRequest("uprDraft/exportWord", { uri: fileUri(join(folder, "closed.upr")) })).toBeNull();
  });

  it("imports a .docx, and gives the reason for a file that is not one", async () => {
    const exported = await exportDraft("lettering.upr", problemsText);
    const imported = await client.connection.sendRequest<ImportWordResult>("uprDraft/importWord", { docx: exported.docx });
    expect("text" in imported && imported.text).toBe(importDocx(base64ToBytes(exported.docx)).text);
    const refused = await client.connection.sendRequest<ImportWordResult>("uprDraft/importWord", { docx: bytesToBase64(new TextEncoder().encode("plain text")) });
    expect(refused).toEqual({ error: expect.stringMatching(/not a Word|damaged/) });
  });

  it("carries every byte value through base64", () => {
    const bytes = new Uint8Array(70_000).map((_, index) => (index * 7919) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new TextEncoder().encode("UPR"))).toBe(Buffer.from("UPR").toString("base64"));
  });
});
