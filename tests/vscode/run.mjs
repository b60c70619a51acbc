#!/usr/bin/env node
// Runs the extension's integration tests in a real VS Code (see code-server.mjs), headless:
//   node tests/vscode/run.mjs [suite…]      (all suites when none is named)
// Each suite gets a fresh code-server, user-data folder and copy of its fixture workspace. The
// test files in tests/vscode/suite/ run with mocha inside VS Code's extension host.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as esbuild from "esbuild";
import { installExtension, launchBrowser, repoRoot, setupCodeServer, startCodeServer } from "./code-server.mjs";
import { packageVsix } from "./package-vsix.mjs";

const suiteDir = path.join(repoRoot, "tests/vscode/suite");
const fixtureDir = path.join(repoRoot, "tests/vscode/fixtures");
const outDir = path.join(repoRoot, ".vscode-test/out");
// Shared with the other tests, copied into a single-folder workspace under these names.
const sharedDrafts = {
  "ecpat-pakistan-upr3.upr": path.join(repoRoot, "seeds/ecpat-pakistan-upr3.upr"),
  "pasted.upr": path.join(repoRoot, "tests/fixtures/pasted/page-breaks.txt"),
};

/**
 * What each suite opens and which test files it runs, against which build of the extension:
 * - `extension: "development"`: this checkout's bundles, as extensionDevelopmentPath;
 * - `"vsix"`: the packed .vsix, installed into the extensions folder with code-server's CLI;
 * - `"web"`: the packed .vsix as VS Code for the Web sees it, without its Node.js entry point, so
 *   that it runs from its browser entry in the web worker extension host; its tests are
 *   suite/web/, bundled for a worker.
 */
const suites = {
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

const startupTimeoutMs = Number(process.env.UPR_VSCODE_STARTUP_TIMEOUT_MS ?? 90_000);
const suiteTimeoutMs = Number(process.env.UPR_VSCODE_SUITE_TIMEOUT_MS ?? 300_000);
const startupAttempts = 3;

class StartupError extends Error {}

/** Settles as `promise` does, or rejects with `error()` after `ms`. */
async function within(promise, ms, error) {
  let timer;
  const timedOut = new Promise((_, reject) => (timer = setTimeout(() => reject(error()), ms)));
  try {
    return await Promise.race([promise, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

const common = { bundle: true, format: "cjs", outExtension: { ".js": ".cjs" }, sourcemap: "inline", logLevel: "warning" };

/**
 * Bundles the test files: each one for Node.js (mocha stays external and loads from node_modules),
 * and the web suite for a web worker, mocha's browser build included. Each suite's
 * extensionTestsPath is a small module, suite-NAME.cjs.
 */
function compileTests(names) {
  rmSync(outDir, { recursive: true, force: true });
  esbuild.buildSync({
    ...common,
    entryPoints: readdirSync(suiteDir).filter((name) => name.endsWith(".ts")).map((name) => path.join(suiteDir, name)),
    outdir: outDir,
    platform: "node",
    target: "node20",
    external: ["vscode", "mocha", "vscode-textmate", "vscode-oniguruma"],
  });
  // The extension in development for suites of an installed extension: a manifest with nothing in it.
  const testHost = { name: "upr-draft-test-host", publisher: "upr-draft", version: "0.0.0", engines: { vscode: "*" } };
  writeFileSync(path.join(outDir, "package.json"), JSON.stringify(testHost, null, 2));
  for (const name of names) {
    const suite = suites[name];
    if (suite.extension === "web") {
      esbuild.buildSync({
        ...common,
        entryPoints: [path.join(suiteDir, "web/index.ts")],
        outfile: path.join(outDir, `suite-${name}.cjs`),
        platform: "browser",
        target: "es2022",
        external: ["vscode"],
      });
    } else {
      const files = JSON.stringify(suite.files.map((file) => `${file}.cjs`));
      writeFileSync(path.join(outDir, `suite-${name}.cjs`), `exports.run = () => require("./index.cjs").runTests(${files});\n`);
    }
  }
}

/**
 * A throw-away copy of the suite's fixture folder (with the shared drafts added to a single folder), and
 * what to open: the folder, or the .code-workspace file of a multi-root workspace.
 */
function prepareWorkspace(suite) {
  const dir = mkdtempSync(path.join(tmpdir(), "upr-workspace-"));
  cpSync(path.join(fixtureDir, suite.folder), dir, { recursive: true });
  if (suite.workspaceFile) return { dir, open: { workspace: path.join(dir, suite.workspaceFile) } };
  for (const [name, source] of Object.entries(sharedDrafts)) cpSync(source, path.join(dir, name));
  return { dir, open: { folder: dir } };
}

/**
 * The packed extension, unpacked without `main`, with the web suite inside it: VS Code runs a
 * suite in the extension host of the extension whose folder holds it.
 */
function prepareWebExtension(vsixPath) {
  const dir = path.join(repoRoot, ".vscode-test/web-extension");
  const unpacked = mkdtempSync(path.join(tmpdir(), "upr-unpacked-"));
  const result = spawnSync("unzip", ["-q", vsixPath, "extension/*", "-d", unpacked], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`unzip ${vsixPath} failed: ${result.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(unpacked, "extension"), dir, { recursive: true });
  rmSync(unpacked, { recursive: true, force: true });
  const manifestPath = path.join(dir, "package.json");
  const { main: _nodeEntry, ...manifest } = JSON.parse(readFileSync(manifestPath, "utf8"));
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  // The web extension host loads a test module by its name plus ".js".
  cpSync(path.join(outDir, "suite-web.cjs"), path.join(dir, "suite-web.js"));
  return dir;
}

/** Where the extension under test comes from, and the suite's extensionTestsPath. */
function extensionUnderTest(name, suite, vsixPath, extensionsDir) {
  const tests = path.join(outDir, `suite-${name}.cjs`);
  switch (suite.extension) {
    case "development":
      return { development: repoRoot, tests };
    case "vsix":
      installExtension(vsixPath, extensionsDir);
      // VS Code runs extension tests only in an extension development host: the one in
      // development here is an empty manifest (see compileTests).
      return { development: outDir, tests };
    case "web": {
      const dir = prepareWebExtension(vsixPath);
      return { development: dir, tests: path.join(dir, "suite-web") };
    }
    default:
      throw new Error(`suite ${name}: unknown extension ${suite.extension}`);
  }
}

async function runSuite(name, suite, browser, vsixPath) {
  const workspace = prepareWorkspace(suite);
  const extensionsDir = mkdtempSync(path.join(tmpdir(), "upr-extensions-"));
  const underTest = extensionUnderTest(name, suite, vsixPath, extensionsDir);
  const server = await startCodeServer({ extensionsDir });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    let started;
    const startedSignal = new Promise((resolve) => (started = resolve));
    let result;
    const lines = [];
    await page.exposeFunction("codeAutomationLog", (level, message) => {
      const text = String(message);
      lines.push(text);
      const match = /\[upr-tests\] result (\{.*\})/.exec(text);
      if (match) result = JSON.parse(match[1]);
      else if (text.includes("[upr-tests] started")) started();
      // Mocha's report is printed as it comes; the workbench's own log only when something fails.
      else if (text.startsWith("[upr-tests] ")) console.log(`  ${text.replace(/^\[upr-tests\] /gm, "")}`);
    });
    const exit = new Promise((resolve) => page.exposeFunction("codeAutomationExit", (code) => resolve(code)));
    page.on("pageerror", (error) => lines.push(`[page error] ${error.message}`));
    page.on("console", (message) => message.type() === "error" && lines.push(`[console] ${message.text()}`));
    page.on("requestfailed", (request) => lines.push(`[request failed] ${request.url()} ${request.failure()?.errorText}`));

    const payload = [
      ["extensionDevelopmentPath", server.remoteUri(underTest.development)],
      ["extensionTestsPath", server.remoteUri(underTest.tests)],
      ["skipWelcome", "true"],
    ];
    await page.goto(server.workbenchUrl({ ...workspace.open, payload }));

    let stopping = false;
    const serverDied = server.exited.then(({ code, signal }) => {
      if (!stopping) throw new Error(`code-server exited (${code ?? signal}) during suite ${name}`);
    });
    serverDied.catch(() => {});
    try {
      await within(Promise.race([startedSignal, serverDied]), startupTimeoutMs, () => new StartupError(`suite ${name}: the tests did not start within ${startupTimeoutMs} ms`));
    } catch (error) {
      error.message += `\n--- workbench log ---\n${lines.join("\n")}\n--- code-server log ---\n${server.log()}`;
      throw error;
    }
    const code = await within(Promise.race([exit, serverDied]), suiteTimeoutMs, () => new Error(`suite ${name}: no result within ${suiteTimeoutMs} ms`));
    stopping = true;
    if (!result) throw new Error(`suite ${name} ended (exit ${code}) without a result line:\n${lines.join("\n")}`);
    return { ...result, exitCode: code };
  } finally {
    await context.close();
    await server.stop();
    rmSync(workspace.dir, { recursive: true, force: true });
    rmSync(extensionsDir, { recursive: true, force: true });
  }
}

async function runWithRetries(name, suite, browser, vsixPath) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runSuite(name, suite, browser, vsixPath);
    } catch (error) {
      if (!(error instanceof StartupError) || attempt === startupAttempts) throw error;
      console.log(`[vscode] ${error.message.split("\n")[0]}; starting again (${attempt + 1}/${startupAttempts})`);
    }
  }
}

const electron = process.argv.includes("--electron");
const requested = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
for (const name of requested) {
  if (!(name in suites)) throw new Error(`no suite ${name}; suites: ${Object.keys(suites).join(", ")}`);
}
const selected = requested.length > 0 ? requested : Object.keys(suites);
const began = Date.now();
if (electron) {
  // VS Code desktop through @vscode/test-electron, which downloads VS Code: for a machine with internet.
  const { runTests } = await import("@vscode/test-electron").catch(() => {
    throw new Error("--electron needs @vscode/test-electron: npm install --no-save @vscode/test-electron");
  });
  const runnable = selected.filter((name) => suites[name].extension === "development");
  compileTests(runnable);
  for (const name of runnable) {
    console.log(`[vscode] suite ${name} (VS Code desktop)`);
    const workspace = prepareWorkspace(suites[name]);
    const userData = mkdtempSync(path.join(tmpdir(), "upr-user-data-"));
    try {
      await runTests({
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: path.join(outDir, `suite-${name}.cjs`),
        launchArgs: [workspace.open.workspace ?? workspace.open.folder, "--disable-extensions", "--disable-workspace-trust", "--user-data-dir", userData],
      });
    } finally {
      rmSync(workspace.dir, { recursive: true, force: true });
      rmSync(userData, { recursive: true, force: true });
    }
  }
  const skipped = selected.filter((name) => !runnable.includes(name));
  if (skipped.length > 0) console.log(`[vscode] not run in VS Code desktop: ${skipped.join(", ")} (they need the code-server route)`);
  process.exit(0);
}

setupCodeServer();
compileTests(selected);
const vsixPath = selected.some((name) => suites[name].extension !== "development") ? packageVsix() : undefined;
const browser = await launchBrowser();
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
try {
  for (const name of selected) {
    const suiteBegan = Date.now();
    console.log(`[vscode] suite ${name}`);
    const result = await runWithRetries(name, suites[name], browser, vsixPath);
    console.log(`[vscode] suite ${name}: ${result.passed} passed, ${result.failed} failed in ${((Date.now() - suiteBegan) / 1000).toFixed(1)} s`);
    totals.passed += result.passed;
    totals.failed += result.failed;
    totals.skipped += result.skipped;
    if (result.failed > 0 || result.exitCode !== 0) exitCode = 1;
  }
} finally {
  await browser.close();
}
console.log(`[vscode] ${selected.length} suite(s) in ${((Date.now() - began) / 1000).toFixed(1)} s`);
console.log(`vscode: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(exitCode);
