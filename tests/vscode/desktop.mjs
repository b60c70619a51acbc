#!/usr/bin/env node
// Runs the extension's integration suites (suites.mjs, the same ones run.mjs runs in code-server)
// in VS Code desktop, through @vscode/test-electron:
//   npm run test:desktop [-- suite…]          (every suite VS Code desktop can run when none is named)
// VS Code is VSCODE_EXECUTABLE when that is set, or is downloaded into .vscode-test/desktop (the
// version code-server 4.100.3 is built on, or VSCODE_VERSION). Where neither can be had, as on a
// machine that reaches only package registries, it says so in one line and exits 0, having run
// and claimed nothing. Under Linux without a display it runs itself again under `xvfb-run -a`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath, runTests } from "@vscode/test-electron";
import { packageVsix } from "./package-vsix.mjs";
import { prepareWorkspace, quietSettings, repoRoot, selectSuites, suiteBundle, suites } from "./suites.mjs";

const bundle = suiteBundle(path.join(repoRoot, ".vscode-test/desktop-out"));

const version = process.env.VSCODE_VERSION ?? "1.100.3";

/** Says when a download starts and ends, and nothing when it cannot start (findVSCode says why). */
function downloadReporter() {
  let started = false;
  return {
    report(progress) {
      if (progress.stage === "downloading" && !started) {
        started = true;
        console.log(`[desktop] downloading VS Code ${version} (${Math.round(progress.totalBytes / 1e6)} MB) from ${progress.url}`);
      } else if (progress.stage === "newInstallComplete") {
        console.log(`[desktop] VS Code ${version} is in ${progress.downloadedPath}`);
      }
    },
    error() {},
  };
}

/** The VS Code executable, or why there is none. */
async function findVSCode() {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) {
    if (existsSync(given)) return { executable: given };
    console.error(`test:desktop: VSCODE_EXECUTABLE is ${given}, which does not exist`);
    process.exit(2);
  }
  try {
    const executable = await downloadAndUnzipVSCode({ version, cachePath: path.join(repoRoot, ".vscode-test/desktop"), timeout: 30_000, reporter: downloadReporter() });
    return { executable };
  } catch (error) {
    return { missing: `VS Code ${version} could not be downloaded (${String(error.message ?? error).split("\n")[0]}) and VSCODE_EXECUTABLE is not set` };
  }
}

const needsDisplay = () => process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const hasXvfbRun = () => spawnSync("sh", ["-c", "command -v xvfb-run"]).status === 0;

/** A user-data folder with the settings every VS Code under test gets. */
function userDataFolder() {
  const dir = mkdtempSync(path.join(tmpdir(), "upr-desktop-user-data-"));
  mkdirSync(path.join(dir, "User"));
  writeFileSync(path.join(dir, "User/settings.json"), JSON.stringify(quietSettings, null, 2));
  return dir;
}

function installVsix(executable, vsixPath, extensionsDir, userData) {
  const cli = resolveCliPathFromVSCodeExecutablePath(executable);
  const result = spawnSync(cli, ["--extensions-dir", extensionsDir, "--user-data-dir", userData, "--install-extension", vsixPath, "--force"], {
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) throw new Error(`installing ${vsixPath} failed:\n${result.stdout}\n${result.stderr}`);
}

async function runSuite(executable, name, vsixPath) {
  const suite = suites[name];
  const workspace = prepareWorkspace(suite);
  const userData = userDataFolder();
  const extensionsDir = mkdtempSync(path.join(tmpdir(), "upr-desktop-extensions-"));
  try {
    const development = suite.extension === "vsix" ? bundle.emptyDevelopmentExtension : repoRoot;
    if (suite.extension === "vsix") installVsix(executable, vsixPath, extensionsDir, userData);
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: development,
      extensionTestsPath: bundle.testsPath(name),
      launchArgs: [
        workspace.open.workspace ?? workspace.open.folder,
        `--user-data-dir=${userData}`,
        `--extensions-dir=${extensionsDir}`,
        // Other extensions stay off; the suite of the installed .vsix needs the extensions folder.
        ...(suite.extension === "vsix" ? [] : ["--disable-extensions"]),
      ],
    });
  } finally {
    rmSync(workspace.dir, { recursive: true, force: true });
    rmSync(userData, { recursive: true, force: true });
    rmSync(extensionsDir, { recursive: true, force: true });
  }
}

const selected = selectSuites(process.argv.slice(2));
const runnable = selected.filter((name) => suites[name].extension !== "web");
const found = await findVSCode();
if (!found.executable) {
  console.log(`test:desktop: not run: ${found.missing}.`);
  process.exit(0);
}
if (needsDisplay()) {
  if (!hasXvfbRun()) {
    console.error("test:desktop: VS Code desktop needs a display: set DISPLAY, or install xvfb so that this runs under xvfb-run");
    process.exit(2);
  }
  const again = spawnSync("xvfb-run", ["-a", process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, VSCODE_EXECUTABLE: found.executable },
  });
  process.exit(again.status ?? 1);
}

const began = Date.now();
bundle.compile(runnable);
const vsixPath = runnable.some((name) => suites[name].extension === "vsix") ? packageVsix() : undefined;
const failed = [];
for (const name of runnable) {
  console.log(`[desktop] suite ${name} in ${found.executable}`);
  try {
    await runSuite(found.executable, name, vsixPath);
  } catch (error) {
    console.error(`[desktop] suite ${name} failed: ${error.message}`);
    failed.push(name);
  }
}
const notRun = selected.filter((name) => !runnable.includes(name));
if (notRun.length > 0) console.log(`[desktop] not run here: ${notRun.join(", ")} (the web worker extension host is code-server's: npm run test:vscode)`);
console.log(`desktop: ${runnable.length - failed.length} suite(s) passed, ${failed.length} failed in ${((Date.now() - began) / 1000).toFixed(1)} s`);
process.exit(failed.length > 0 ? 1 : 0);
