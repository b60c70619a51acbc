// Starts a real VS Code for the tests and the screenshots: code-server (VS Code's server and web
// workbench) on loopback, and Debian's Chromium, driven by playwright-core, showing its workbench.
// Extensions run in VS Code's own Node.js extension host, as in VS Code Remote.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { quietSettings, repoRoot } from "./suites.mjs";

const codeServerHome = process.env.CODE_SERVER_HOME ?? path.join(repoRoot, ".vscode-test/code-server");
const codeServerEntry = path.join(codeServerHome, "node_modules/code-server/out/node/entry.js");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Installs code-server into .vscode-test/ unless it is there already. */
export function setupCodeServer() {
  const result = spawnSync("bash", [path.join(repoRoot, "tests/vscode/setup-code-server.sh")], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("tests/vscode/setup-code-server.sh failed");
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

/** Installs a packaged extension into an extensions folder with code-server's own CLI. */
export function installExtension(vsixPath, extensionsDir) {
  const result = spawnSync(process.execPath, [codeServerEntry, "--extensions-dir", extensionsDir, "--install-extension", vsixPath, "--force"], {
    encoding: "utf8",
    env: offlineEnv(),
  });
  if (result.status !== 0) throw new Error(`installing ${vsixPath} failed:\n${result.stdout}\n${result.stderr}`);
}

// No extension gallery: nothing in the workbench tries to reach the marketplace.
const offlineEnv = () => ({ ...process.env, EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: "" }) });

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts code-server with a fresh user-data folder (its settings merged over quiet defaults) and
 * an extensions folder, and resolves once it listens.
 */
export async function startCodeServer({ extensionsDir, settings = {}, timeoutMs = 60_000 } = {}) {
  const home = mkdtempSync(path.join(tmpdir(), "upr-vscode-"));
  const userData = path.join(home, "user-data");
  mkdirSync(path.join(userData, "User"), { recursive: true });
  writeFileSync(path.join(userData, "User/settings.json"), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
  const extensions = extensionsDir ?? path.join(home, "extensions");
  mkdirSync(extensions, { recursive: true });
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      codeServerEntry,
      "--auth", "none",
      "--bind-addr", `127.0.0.1:${port}`,
      "--user-data-dir", userData,
      "--extensions-dir", extensions,
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
      "--disable-proxy",
      "--ignore-last-opened",
    ],
    { env: offlineEnv(), stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const onData = (chunk) => {
      log += chunk;
      if (/HTTP server listening on/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (${code ?? signal}):\n${log}`));
    });
  });
  const host = `127.0.0.1:${port}`;
  return {
    host,
    extensionsDir: extensions,
    exited,
    log: () => log,
    /** A vscode-remote:// URI for a path on this machine, as the workbench names server files. */
    remoteUri: (fsPath) => `vscode-remote://${host}${fsPath}`,
    /** The workbench URL for a folder or a .code-workspace file, with an optional test payload. */
    workbenchUrl({ folder, workspace, payload }) {
      const query = new URLSearchParams();
      if (folder) query.set("folder", folder);
      if (workspace) query.set("workspace", workspace);
      if (payload) query.set("payload", JSON.stringify(payload));
      return `http://${host}/?${query}`;
    },
    async stop() {
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(killer);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with nothing that reaches for the network on its own. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
