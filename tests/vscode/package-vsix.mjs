// Packs the extension as `npm run package` does, but in a throw-away copy of the working tree, so
// that its production build never rewrites dist/ under tests that are running from it. The npm
// package of the CLI is packed the same way (tests/cli/install.test.ts).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const notCopied = new Set([".git", "node_modules", ".vscode-test", "dist"]);

/** Returns the path of a fresh .vsix (default: .vscode-test/upr-draft.vsix). */
export function packageVsix(outFile = path.join(repoRoot, ".vscode-test/upr-draft.vsix")) {
  mkdirSync(path.dirname(outFile), { recursive: true });
  inStagedCopy((stage) => {
    const result = spawnSync("npm", ["run", "--silent", "package", "--", "--out", outFile], { cwd: stage, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
  });
  return outFile;
}

/**
 * Runs `work` in a throw-away copy of the working tree (sources, no dist/ or .git, node_modules
 * linked), so that a production build there never rewrites dist/ under running tests.
 */
export function inStagedCopy(work) {
  const stage = mkdtempSync(path.join(tmpdir(), "upr-package-"));
  try {
    cpSync(repoRoot, stage, {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(repoRoot, source);
        return !notCopied.has(relative.split(path.sep)[0]) && !relative.endsWith(".vsix");
      },
    });
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(stage, "node_modules"), "dir");
    return work(stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
