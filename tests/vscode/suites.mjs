// The extension's integration suites, shared by both runners: run.mjs (code-server in headless
// Chromium, the CI path) and desktop.mjs (VS Code desktop through @vscode/test-electron). This
// module says what each suite opens and runs, bundles the mocha files of tests/vscode/suite/, and
// makes the throw-away workspace a suite opens.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const suiteDir = path.join(repoRoot, "tests/vscode/suite");
const fixtureDir = path.join(repoRoot, "tests/vscode/fixtures");
// Shared with the other tests, copied into a single-folder workspace under these names.
const sharedDrafts = {
  "ecpat-pakistan-upr3.upr": path.join(repoRoot, "seeds/ecpat-pakistan-upr3.upr"),
  "pasted.upr": path.join(repoRoot, "tests/fixtures/pasted/page-breaks.txt"),
};

/**
 * What each suite opens and which test files it runs, against which build of the extension:
 * - `extension: "development"`: this checkout's bundles, as extensionDevelopmentPath;
 * - `"vsix"`: the packed .vsix, installed into the extensions folder with VS Code's CLI;
 * - `"web"`: the packed .vsix as VS Code for the Web sees it, without its Node.js entry point, so
 *   that it runs from its browser entry in the web worker extension host; its tests are
 *   suite/web/, bundled for a worker. Only code-server has that host.
 */
export const suites = {
  extension: {
    extension: "development",
    folder: "workspace",
    files: ["harness", "diagnostics", "outline", "fixes", "commands", "language", "grammar", "snippets", "untitled", "settings", "word"],
  },
  vsix: {
    extension: "vsix",
    folder: "workspace",
    files: ["installed", "diagnostics", "outline", "commands", "grammar"],
  },
  web: {
    extension: "web",
    folder: "workspace",
  },
  "multi-root": {
    extension: "development",
    folder: "multi-root",
    workspaceFile: "upr.code-workspace",
    files: ["multi-root"],
  },
};

/** User settings of every VS Code under test: nothing that distracts, updates or reaches the network. */
export const quietSettings = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "npm.autoDetect": "off",
  "chat.commandCenter.enabled": false,
};

/** The suites named on the command line (all when none is), or an error naming the ones there are. */
export function selectSuites(argv) {
  const requested = argv.filter((arg) => !arg.startsWith("--"));
  for (const name of requested) {
    if (!(name in suites)) throw new Error(`no suite ${name}; suites: ${Object.keys(suites).join(", ")}`);
  }
  return requested.length > 0 ? requested : Object.keys(suites);
}

const common = { bundle: true, format: "cjs", outExtension: { ".js": ".cjs" }, sourcemap: "inline", logLevel: "warning" };

/**
 * A runner's build of the suites in `outDir`, which must lie two levels below the checkout (the
 * suites find the CLI at ../../dist/cli.js). Each runner has its own, so that one never deletes
 * the other's while it runs.
 */
export function suiteBundle(outDir) {
  const testsPath = (name) => path.join(outDir, `suite-${name}.cjs`);
  return {
    /** A suite's extensionTestsPath: the module that VS Code's extension host loads and runs. */
    testsPath,
    /**
     * An extension in development for suites of an installed extension: a manifest with nothing in
     * it. VS Code runs extension tests only in an extension development host.
     */
    emptyDevelopmentExtension: outDir,
    /**
     * Bundles the test files: each one for Node.js (mocha stays external and loads from
     * node_modules), and the web suite for a web worker, mocha's browser build included. Each
     * suite's extensionTestsPath is a small module, suite-NAME.cjs.
     */
    compile(names) {
      rmSync(outDir, { recursive: true, force: true });
      esbuild.buildSync({
        ...common,
        entryPoints: readdirSync(suiteDir).filter((name) => name.endsWith(".ts")).map((name) => path.join(suiteDir, name)),
        outdir: outDir,
        platform: "node",
        target: "node20",
        external: ["vscode", "mocha", "vscode-textmate", "vscode-oniguruma"],
      });
      const testHost = { name: "upr-draft-test-host", publisher: "upr-draft", version: "0.0.0", engines: { vscode: "*" } };
      writeFileSync(path.join(outDir, "package.json"), JSON.stringify(testHost, null, 2));
      for (const name of names) {
        const suite = suites[name];
        if (suite.extension === "web") {
          esbuild.buildSync({
            ...common,
            entryPoints: [path.join(suiteDir, "web/index.ts")],
            outfile: testsPath(name),
            platform: "browser",
            target: "es2022",
            external: ["vscode"],
          });
        } else {
          const files = JSON.stringify(suite.files.map((file) => `${file}.cjs`));
          writeFileSync(testsPath(name), `exports.run = () => require("./index.cjs").runTests(${files});\n`);
        }
      }
    },
  };
}

/**
 * A throw-away copy of the suite's fixture folder (with the shared drafts added to a single folder), and
 * what to open: the folder, or the .code-workspace file of a multi-root workspace.
 */
export function prepareWorkspace(suite) {
  const dir = mkdtempSync(path.join(tmpdir(), "upr-workspace-"));
  cpSync(path.join(fixtureDir, suite.folder), dir, { recursive: true });
  if (suite.workspaceFile) return { dir, open: { workspace: path.join(dir, suite.workspaceFile) } };
  for (const [name, source] of Object.entries(sharedDrafts)) cpSync(source, path.join(dir, name));
  return { dir, open: { folder: dir } };
}
