/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateExtension, closeAllEditors, codeOf, hasCode, waitForDiagnostics } from "./helpers";

describe("an untitled document", () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it("is linted as soon as it is given the upr language", async () => {
    const content = "# I. Recommendations\n\n1. A lead-in paragraph.\n\nRecommendations\n\na. First.\n\nc. Third, with b. missing.\n";
    const document = await vscode.workspace.openTextDocument({ language: "upr", content });
    await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, "untitled");
    const diagnostics = await waitForDiagnostics(document.uri, hasCode("UPR005"), "UPR005 in the untitled document");
    const gap = diagnostics.find((diagnostic) => codeOf(diagnostic) === "UPR005");
    assert.equal(gap?.range.start.line, 8);
  });
});
