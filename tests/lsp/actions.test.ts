import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic } from "vscode-languageserver-protocol";
import { codes, problemsText, tempFolder } from "./helpers.js";
import { fileUri, LspClient } from "./lsp-client.js";

describe("code actions", () => {
  let client: LspClient;
  let folder: string;
  let uri: string;
  let diagnostics: Diagnostic[];
  let count = 0;

  beforeAll(async () => {
    folder = tempFolder();
    client = await LspClient.start({ workspaceFolders: [folder] });
  });

  afterAll(() => client.stop());

  beforeEach(async () => {
    uri = fileUri(join(folder, `draft-${++count}.upr`));
    diagnostics = (await client.openAndLint(uri, problemsText)).diagnostics;
  });

  const find = (code: string) => diagnostics.find((diagnostic) => diagnostic.code === code)!;

  function actionsAt(diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only },
    });
  }

  /** Applies an action's edit and resolves with the diagnostics of the version it makes. */
  async function apply(action: CodeAction): Promise<Diagnostic[]> {
    await client.applyCodeAction(action);
    return (await client.waitForDiagnostics(uri, client.documents.get(uri)!.version)).diagnostics;
  }

  it("offers each fix of a problem as a quick fix, the first one preferred, and applying it solves the problem", async () => {
    const term = find("UPR101");
    const actions = await actionsAt(term);
    const fixes = actions.filter((action) => action.title.startsWith("Replace with"));
    expect(fixes.map((action) => [action.title, action.kind, action.isPreferred])).toEqual([
      ["Replace with 'Child sexual abuse material'", "quickfix", true],
      ["Replace with 'Child sexual exploitation material'", "quickfix", false],
    ]);
    expect(fixes[0].diagnostics?.[0].code).toBe("UPR101");
    const after = await apply(fixes[0]);
    expect(client.text(uri)).toContain("3. Child sexual abuse material is sold openly");
    expect(codes(after).filter((code) => code === "UPR101")).toHaveLength(1);
  });

  it("fixes paragraph numbering with the rule's fix, cross-references included", async () => {
    const [renumber] = (await actionsAt(find("UPR001"))).filter((action) => action.isPreferred);
    expect(renumber.title).toBe("Renumber paragraphs 2–3 in order and 2 cross-references");
    const after = await apply(renumber);
    expect(codes(after)).not.toContain("UPR001");
    expect(client.text(uri)).toContain("\n2. Child pornography");
    expect(client.text(uri)).toContain("\n3. Children need protection from child prostitution, see paragraph 2.");
    expect(client.text(uri)).toContain("as paragraph 3 recalls");
  });

  it("offers to fix all problems of a rule with more than one fixable problem", async () => {
    const actions = await actionsAt(find("UPR101"));
    const fixAll = actions.find((action) => action.title === "Fix all UPR101 problems in the document")!;
    expect(fixAll.kind).toBe("quickfix");
    const after = await apply(fixAll);
    expect(codes(after)).not.toContain("UPR101");
    expect(codes(after)).toContain("UPR001");
    expect((await actionsAt(find("UPR001"))).map((action) => action.title)).not.toContain("Fix all UPR001 problems in the document");
  });

  it("offers source.fixAll.upr, which leaves nothing fixable", async () => {
    const whole = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } as Diagnostic;
    expect(await actionsAt(whole, ["quickfix"])).toEqual([]);
    const [fixAll] = await actionsAt(whole, ["source.fixAll"]);
    expect(fixAll).toMatchObject({ title: "Fix all upr-draft problems", kind: "source.fixAll.upr" });
    const after = await apply(fixAll);
    expect(codes(after)).not.toContain("UPR001");
    expect(codes(after)).not.toContain("UPR005");
    expect(codes(after)).not.toContain("UPR101");
    const again = await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: whole.range,
      context: { diagnostics: [], only: ["source.fixAll.upr"] },
    });
    expect(again).toEqual([]);
  });

  it("disables a rule for one line with a comment above it, indented as the line", async () => {
    const version = await client.change(uri, [{ range: { start: { line: 25, character: 0 }, end: { line: 25, character: 0 } }, text: "  " }]);
    diagnostics = (await client.waitForDiagnostics(uri, version)).diagnostics;
    const disable = (await actionsAt(find("UPR005"))).find((action) => action.title === "Disable UPR005 for this line")!;
    const after = await apply(disable);
    expect(client.text(uri)).toContain("a. Ratify the optional protocols to the CRC. [F31]\n\n  <!-- upr-draft-disable-next-line UPR005 -->\n  c. Adopt");
    expect(codes(after)).not.toContain("UPR005");
    expect(codes(after)).toContain("UPR001");
  });

  it("disables a rule around a wrapped paragraph rather than splitting it", async () => {
    const line = { start: { line: 15, character: 0 }, end: { line: 15, character: 70 } };
    const version = await client.change(uri, [{ range: line, text: "3. In the markets of the capital,\nchild pornography is sold openly.[^2]" }]);
    diagnostics = (await client.waitForDiagnostics(uri, version)).diagnostics;
    const term = diagnostics.find((diagnostic) => diagnostic.code === "UPR101" && diagnostic.range.start.line === 16)!;
    const disable = (await actionsAt(term)).find((action) => action.title === "Disable UPR101 for this paragraph")!;
    const after = await apply(disable);
    expect(client.text(uri)).toContain(
      "<!-- upr-draft-disable UPR101 -->\n3. In the markets of the capital,\nchild pornography is sold openly.[^2]\n<!-- upr-draft-enable UPR101 -->\n\n# II.",
    );
    expect(after.filter((diagnostic) => diagnostic.code === "UPR101").map((diagnostic) => diagnostic.range.start.line)).toEqual([22]);
  });
});
