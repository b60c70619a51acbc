import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentSymbol, FoldingRange, SymbolInformation } from "vscode-languageserver-protocol";
import { SymbolKind } from "vscode-languageserver-protocol";
import { pastedSeedText, seedPath, seedText, tempFolder } from "./helpers.js";
import { fileUri, LspClient } from "./lsp-client.js";

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children ?? [])]);
}

describe("outline, folding and workspace symbols", () => {
  let client: LspClient;
  let folder: string;

  beforeAll(async () => {
    folder = tempFolder();
    copyFileSync(seedPath, join(folder, "on-disk.upr"));
    client = await LspClient.start({ workspaceFolders: [folder] });
  });

  afterAll(() => client.stop());

  describe.each([
    ["canonical seed", "seed.upr", seedText, "upr"],
    ["seed as extracted from PDF", "extracted.txt", pastedSeedText, "upr"],
  ])("the %s", (_, name, text, languageId) => {
    let symbols: DocumentSymbol[];

    beforeAll(async () => {
      const uri = fileUri(join(folder, "open", name));
      await client.openAndLint(uri, text, languageId);
      symbols = await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
    });

    it("has five sections and the annex", () => {
      expect(symbols.map((symbol) => [symbol.name.split(" ")[0], symbol.kind])).toEqual([
        ["(I)", SymbolKind.Namespace],
        ["(II)", SymbolKind.Namespace],
        ["(III)", SymbolKind.Namespace],
        ["(IV)", SymbolKind.Namespace],
        ["(V)", SymbolKind.Namespace],
        ["Annex", SymbolKind.Module],
      ]);
    });

    it("has the sub-heading a. Child Protection in section IV", () => {
      const subsections = symbols[3].children!.filter((symbol) => symbol.kind === SymbolKind.Namespace);
      expect(subsections.map((symbol) => symbol.name)).toEqual(["a. Child Protection"]);
    });

    it("has 28 numbered paragraphs, named by number and first words", () => {
      const paragraphs = flatten(symbols).filter((symbol) => symbol.kind === SymbolKind.String);
      expect(paragraphs.map((symbol) => Number(symbol.name.split(".")[0]))).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
      expect(paragraphs[27].name).toMatch(/^28\. In 2016, a preparatory consultation/);
    });

    it("has three recommendation lists of 26, 20 and 2 lettered items", () => {
      const lists = flatten(symbols).filter((symbol) => symbol.kind === SymbolKind.Array);
      expect(lists.map((list) => list.children!.length)).toEqual([26, 20, 2]);
      expect(lists[1].children!.map((item) => item.name[0]).join("")).toBe("abcdefghijklmnopqrst");
      expect(lists[1].children!.every((item) => item.kind === SymbolKind.EnumMember)).toBe(true);
    });
  });

  it("folds sections and lists", async () => {
    const uri = fileUri(join(folder, "open", "seed.upr"));
    const ranges: FoldingRange[] = await client.connection.sendRequest("textDocument/foldingRange", { textDocument: { uri } });
    const symbols: DocumentSymbol[] = await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
    for (const symbol of [...symbols, ...flatten(symbols).filter((candidate) => candidate.kind === SymbolKind.Array)]) {
      expect(ranges.some((range) => range.startLine === symbol.range.start.line && range.endLine > range.startLine), symbol.name).toBe(true);
    }
  });

  it("finds symbols of drafts in the workspace that are not open, and of open ones", async () => {
    const found: SymbolInformation[] = await client.connection.sendRequest("workspace/symbol", { query: "Child Protection" });
    const uris = new Set(found.filter((symbol) => symbol.name === "a. Child Protection").map((symbol) => symbol.location.uri));
    expect(uris).toEqual(new Set([fileUri(join(folder, "on-disk.upr")), fileUri(join(folder, "open", "seed.upr")), fileUri(join(folder, "open", "extracted.txt"))]));
    const paragraph = found.find((symbol) => symbol.location.uri === fileUri(join(folder, "on-disk.upr")) && symbol.name.startsWith("a. Child"))!;
    expect(paragraph.containerName).toMatch(/^\(IV\) Policy/);
  });
});
