#!/usr/bin/env node
// Runs the extension's integration tests in a real VS Code (see code-server.mjs), headless:
//   node tests/vscode/run.mjs [suite…]      (all suites when none is named)
// Each suite (see suites.mjs) gets a fresh code-server, user-data folder and copy of its fixture
// workspace. The test files in tests/vscode/suite/ run with mocha inside VS Code's extension host.
// This is the CI path; desktop.mjs runs the same suites in VS Code desktop.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { installExtension, launchBrowser, setupCodeServer, startCodeServer } from "./code-server.mjs";
import { packageVsix } from "./package-vsix.mjs";
import { prepareWorkspace, repoRoot, selectSuites, suiteBundle, suites } from "./suites.mjs";

const bundle = suiteBundle(path.join(repoRoot, ".vscode-test/out"));

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
  cpSync(bundle.testsPath("web"), path.join(dir, "suite-web.js"));
  return dir;
}

/** Where the extension under test comes from, and the suite's extensionTestsPath. */
function extensionUnderTest(name, suite, vsixPath, extensionsDir) {
  const tests = bundle.testsPath(name);
  switch (suite.extension) {
    case "development":
      return { development: repoRoot, tests };
    case "vsix":
      installExtension(vsixPath, extensionsDir);
      return { development: bundle.emptyDevelopmentExtension, tests };
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

const selected = selectSuites(process.argv.slice(2));
const began = Date.now();
setupCodeServer();
bundle.compile(selected);
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
