/// <reference types="mocha" />
import * as assert from "node:assert/strict";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { activateExtension } from "./helpers";

describe("the extension installed from its .vsix", () => {
  it("runs from the packaged copy in the extensions folder", async () => {
    const extension = await activateExtension();
    assert.ok(extension.isActive);
    // VS Code unpacks an installed extension into a folder named publisher.name-version.
    assert.match(path.basename(extension.extensionPath), /^upr-draft\.upr-draft-\d+\.\d+\.\d+$/);
    assert.ok(existsSync(path.join(extension.extensionPath, "dist/server.js")));
    assert.ok(!existsSync(path.join(extension.extensionPath, "server/src")), "sources are not packaged");
  });
});
