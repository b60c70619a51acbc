import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "../../server/src/core/document/parser/index.js";
import { convertReport, type CommandResult } from "../../server/src/server/protocol.js";
import { withoutMarkers } from "../support/fixtures.js";
import { codes, pastedSeedText, problemsText, tempFolder } from "./helpers.js";
import { fileUri, LspClient } from "./lsp-client.js";

describe("commands", () => {
  let client: LspClient;
  let folder: string;
  let count = 0;

  beforeAll(async () => {
    folder = tempFolder();
    client = await LspClient.start({ workspaceFolders: [folder] });
  });

  afterAll(() => client.stop());

  /** Opens a draft, runs a command on it and resolves with the draft's text and diagnostics afterwards. */
  async function run(command: string, text: string, languageId = "upr") {
    const uri = fileUri(join(folder, `draft-${++count}.upr`));
    await client.openAndLint(uri, text, languageId);
    const editsBefore = client.appliedEdits.length;
    const result = await client.connection.sendRequest<CommandResult>("workspace/executeCommand", { command, arguments: [{ uri, version: 1 }] });
    const edits = client.appliedEdits.slice(editsBefore);
    const { diagnostics } = await client.waitForDiagnostics(uri, client.documents.get(uri)!.version);
    return { result, edits, text: client.text(uri), diagnostics };
  }

  it("renumbers the paragraphs and the cross-references to them, as one edit", async () => {
    const { result, edits, text, diagnostics } = await run("uprDraft.server.renumber", problemsText);
    expect(edits).toHaveLength(1);
    expect(edits[0].label).toBe("Renumber paragraphs");
    expect(result).toEqual({ applied: true, edits: 3 });
    expect(parse(text).paragraphs.map((paragraph) => paragraph.marker!.text)).toEqual(["1", "2", "3"]);
    expect(text).toContain("as paragraph 3 recalls");
    expect(text).toContain("see paragraph 2.");
    expect(codes(diagnostics)).not.toContain("UPR001");
    expect(codes(diagnostics)).toContain("UPR005");
  });

  it("reletters the recommendation lists, as one edit", async () => {
    const { edits, text, diagnostics } = await run("uprDraft.server.reletter", problemsText);
    expect(edits).toHaveLength(1);
    expect(text).toBe(problemsText.replace("\nc. Adopt", "\nb. Adopt"));
    expect(codes(diagnostics)).not.toContain("UPR005");
  });

  it("fixes every fixable problem, as one edit", async () => {
    const { edits, text, diagnostics } = await run("uprDraft.server.fixAll", problemsText);
    expect(edits).toHaveLength(1);
    expect(text).toContain("2. Child sexual abuse material is sold openly");
    expect(codes(diagnostics)).not.toContain("UPR001");
    expect(codes(diagnostics)).not.toContain("UPR005");
    expect(codes(diagnostics)).not.toContain("UPR101");
  });

  it("converts text pasted from a PDF to the canonical form, keeping its structure, as one edit", async () => {
    const { result, edits, text } = await run("uprDraft.server.convert", pastedSeedText);
    expect(edits).toHaveLength(1);
    expect(result).toEqual({ applied: true, edits: 1 });
    const converted = parse(text);
    expect(converted.mode).toBe("canonical");
    expect(text.startsWith("---\n")).toBe(true);
    expect(text).toContain("\n# (IV) Policy to address Child Sexual Exploitation\n");
    expect(converted.paragraphs).toHaveLength(28);
    expect(converted.lists.map((list) => list.items.length)).toEqual([26, 20, 2]);
  });

  it("answers convert with the lines of page furniture it took out, for the client to show", async () => {
    const pasted = readFileSync(join(__dirname, "../fixtures/layouts/page-furniture.txt"), "utf8");
    const { result, text } = await run("uprDraft.server.convert", pasted);
    const header = "Example Housing Forum – Submission on Exampleland";
    expect(result).toEqual({ applied: true, edits: 1, removed: [header, "Page 1 of 3", header, "Page 2 of 3", header, "Page 3 of 3"] });
    expect(text).not.toContain("Page 1 of 3");
  });

  it("answers convert with the footnotes whose markers it did not find, and the client's message names them", async () => {
    const pasted = readFileSync(join(__dirname, "../fixtures/layouts/unplaced-marker.txt"), "utf8");
    const { result } = await run("uprDraft.server.convert", withoutMarkers(pasted));
    expect(result).toEqual({ applied: true, edits: 1, removed: ["Page 1 of 1"], unplaced: ["2"] });
    expect(convertReport(result)).toContain("It found no marker for footnote [^2]; its text is kept at the end: put each marker where it belongs.");
  });

  it("words the convert message for one or many lines and footnotes, and has none for nothing", () => {
    expect(convertReport({})).toBeUndefined();
    expect(convertReport({ removed: ["Page 1 of 2"], unplaced: ["3", "4"] })).toBe(
      "Convert removed 1 line of page furniture (page numbers, running headers and footers): “Page 1 of 2”. " +
        "It found no marker for footnotes [^3], [^4]; their texts are kept at the end: put each marker where it belongs.",
    );
    expect(convertReport({ removed: ["3", "4"] })).toBe("Convert removed 2 lines of page furniture (page numbers, running headers and footers): “3”, “4”.");
  });

  it("makes no edit when there is nothing to change", async () => {
    const { result, edits } = await run("uprDraft.server.reletter", "# I. Title\n\n1. One.\n");
    expect(result).toEqual({ applied: true, edits: 0 });
    expect(edits).toEqual([]);
  });

  it("answers an unknown document without an edit", async () => {
    const result = await client.connection.sendRequest("workspace/executeCommand", {
      command: "uprDraft.server.renumber",
      arguments: [{ uri: fileUri(join(folder, "not-open.upr")) }],
    });
    expect(result).toEqual({ applied: false, edits: 0 });
  });
});
