/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { extensionId, workspaceUri } from "./helpers";

describe("the VS Code under test", () => {
  it("has the extension loaded from this repository", () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not among ${vscode.extensions.all.map((e) => e.id).join(", ")}`);
    assert.equal(extension.packageJSON.name, "upr-draft");
  });

  it("opens the fixture workspace", async () => {
    const seed = await vscode.workspace.fs.stat(workspaceUri("ecpat-pakistan-upr3.upr"));
    assert.equal(seed.type, vscode.FileType.File);
  });
});
