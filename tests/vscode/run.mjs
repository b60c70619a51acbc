#!/usr/bin/env node
// Runs the extension's integration tests in a real VS Code (see code-server.mjs), headless:
//   node tests/vscode/run.mjs [suite…]      (all suites when none is named)
// Each suite gets a fresh code-server, user-data folder and copy of its fixture workspace. The
// test files in tests/vscode/suite/ run with mocha inside VS Code's extension host.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as esbuild from "esbuild";
import { installExtension, launchBrowser, repoRoot, setupCodeServer, startCodeServer } from "./code-server.mjs";
import { packageVsix } from "./package-vsix.mjs";

const suiteDir = path.join(repoRoot, "tests/vscode/suite");
const fixtureDir = path.join(repoRoot, "tests/vscode/fixtures");
const outDir = path.join(repoRoot, ".vscode-test/out");
const seed = path.join(repoRoot, "seeds/ecpat-pakistan-upr3.upr");

/**
 * What each suite opens and which test files it runs. `extension: "development"` loads the
 * extension from this repository's bundles (extensionDevelopmentPath), `"vsix"` installs the
 * packaged .vsix first.
 */
const suites = {
  extension: {
    extension: "development",
    folder: "workspace",
    files: ["harness"],
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

function compileTests() {
  rmSync(outDir, { recursive: true, force: true });
  const entryPoints = readdirSync(suiteDir)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(suiteDir, name));
  esbuild.buildSync({
    entryPoints,
    outdir: outDir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    sourcemap: "inline",
    logLevel: "warning",
    external: ["vscode", "mocha", "vscode-textmate", "vscode-oniguruma"],
  });
  for (const [name, suite] of Object.entries(suites)) {
    const files = JSON.stringify(suite.files.map((file) => `${file}.cjs`));
    writeFileSync(path.join(outDir, `suite-${name}.cjs`), `exports.run = () => require("./index.cjs").runTests(${files});\n`);
  }
}

/** A throw-away copy of the suite's fixture folder, with the seed added. */
function prepareWorkspace(suite) {
  const dir = mkdtempSync(path.join(tmpdir(), "upr-workspace-"));
  cpSync(path.join(fixtureDir, suite.folder), dir, { recursive: true });
  cpSync(seed, path.join(dir, path.basename(seed)));
  return dir;
}

async function runSuite(name, suite, browser, vsixPath) {
  const workspace = prepareWorkspace(suite);
  const extensionsDir = mkdtempSync(path.join(tmpdir(), "upr-extensions-"));
  if (suite.extension === "vsix") installExtension(vsixPath, extensionsDir);
  const server = await startCodeServer({ extensionsDir });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    let started;
    const startedSignal = new Promise((resolve) => (started = resolve));
    let result;
    let testsRunning = false;
    const lines = [];
    await page.exposeFunction("codeAutomationLog", (level, message) => {
      const text = String(message);
      lines.push(text);
      const match = /\[upr-tests\] result (\{.*\})/.exec(text);
      if (match) result = JSON.parse(match[1]);
      // Mocha's report is printed as it comes; the workbench's own log only when something fails.
      else if (testsRunning) console.log(`  ${text}`);
      if (text.includes("[upr-tests] started")) {
        testsRunning = true;
        started();
      }
      if (match) testsRunning = false;
    });
    const exit = new Promise((resolve) => page.exposeFunction("codeAutomationExit", (code) => resolve(code)));
    page.on("pageerror", (error) => lines.push(`[page error] ${error.message}`));

    const payload = [
      ["extensionTestsPath", server.remoteUri(path.join(outDir, `suite-${name}.cjs`))],
      ["skipWelcome", "true"],
    ];
    if (suite.extension === "development") payload.push(["extensionDevelopmentPath", server.remoteUri(repoRoot)]);
    await page.goto(server.workbenchUrl({ folder: workspace, payload }));

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
    rmSync(workspace, { recursive: true, force: true });
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

const requested = process.argv.slice(2);
for (const name of requested) {
  if (!(name in suites)) throw new Error(`no suite ${name}; suites: ${Object.keys(suites).join(", ")}`);
}
const selected = requested.length > 0 ? requested : Object.keys(suites);
const began = Date.now();
setupCodeServer();
compileTests();
const vsixPath = selected.some((name) => suites[name].extension === "vsix") ? packageVsix() : undefined;
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
