import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentSymbol, TextDocumentContentChangeEvent } from "vscode-languageserver-protocol";
import { seedText, tempFolder } from "./helpers.js";
import { fileUri, LspClient } from "./lsp-client.js";
import { seededRandom } from "../support/random.js";


/** Pieces that make and break the structures the rules look at. */
const FRAGMENTS = [
  "\n", "\n\n", " ", "1. ", "12. ", "a. ", "c. ", "z. ", "aa. ", "\n# (VI) New section\n", "\n## b. Sub-heading\n", "child pornography",
  "[^3]", "[^99]", "\n[^36]: A source.\n", "see paragraph 2", "paras 3–5", "(hereinafter ‘CRC’)", "UNCRC", "CRC",
  "<!-- upr-draft-disable-next-line UPR001 -->\n", "---\n", "“child prostitution”", "[F31]", "Recommendations:\n", "é", "\t", "‘", "”",
];

const EDITS = 200;
const CHECK_EVERY = 25;

describe("incremental edits", () => {
  let client: LspClient;
  let folder: string;

  beforeAll(async () => {
    folder = tempFolder();
    // No pause before linting: edits arrive while lints run, and stale runs must be dropped.
    client = await LspClient.start({ workspaceFolders: [folder], settings: { lintDelay: 0 } });
  });

  afterAll(() => client.stop());

  /** Diagnostics and outline of the text as the server has it after edits, and of the same text opened afresh. */
  async function compareWithFreshOpen(uri: string, version: number, check: number): Promise<void> {
    const incremental = await client.waitForDiagnostics(uri, version);
    const freshUri = fileUri(join(folder, `fresh-${check}.upr`));
    const fresh = await client.openAndLint(freshUri, client.text(uri));
    expect(incremental.diagnostics.length).toBeGreaterThan(0);
    expect(incremental.diagnostics, `diagnostics after edit ${version - 1}`).toEqual(fresh.diagnostics);
    const symbols = (target: string) => client.connection.sendRequest<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: target } });
    expect(await symbols(uri)).toEqual(await symbols(freshUri));
    await client.close(freshUri);
  }

  it("give the same diagnostics as opening the edited text afresh, over 200 random edits", async () => {
    const next = seededRandom(20240229);
    const uri = fileUri(join(folder, "draft.upr"));
    await client.openAndLint(uri, seedText);
    let version = 1;
    for (let edit = 1; edit <= EDITS; edit++) {
      const document = client.documents.get(uri)!;
      const length = document.getText().length;
      const start = Math.floor(next() * (length + 1));
      const kind = next();
      const removed = kind < 0.5 ? 0 : 1 + Math.floor(next() * 40);
      const end = Math.min(length, start + removed);
      const text = kind >= 0.5 && kind < 0.75 ? "" : FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
      const change: TextDocumentContentChangeEvent = { range: { start: document.positionAt(start), end: document.positionAt(end) }, text };
      version = await client.change(uri, [change]);
      if (edit % CHECK_EVERY === 0) await compareWithFreshOpen(uri, version, edit);
    }
    expect(client.process.exitCode).toBeNull();
    expect(client.text(uri)).not.toBe(seedText);
  });
});
