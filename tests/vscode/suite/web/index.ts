/// <reference types="mocha" />
// extensionTestsPath for the web extension host (a web worker): mocha's browser build, bundled
// with the tests by tests/vscode/run.mjs. Reports its outcome on the line run.mjs reads.
import "mocha/mocha.js";

/** printf-style %s/%d as mocha's reporters use them: the extension host forwards console.log unformatted (each line is marked for run.mjs). */
const format = (template: unknown = "", ...args: unknown[]) => String(template).replace(/%[sd]/g, () => String(args.shift()));

/**
 * code-server's web extension host refuses to start a worker from an extension it loads from the
 * server (a vscode-remote:// URI); on vscode.dev extensions come over https and the question does
 * not arise. So the extension's language-server worker gets the same file over HTTP, from the
 * route where code-server serves the server's files.
 */
function serveWorkersOverHttp(): void {
  const NestedWorker = globalThis.Worker;
  globalThis.Worker = class extends NestedWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      const remote = /^vscode-remote:\/\/([^/]+)(\/[^?#]*)/.exec(String(url));
      super(remote ? `http://${remote[1]}/vscode-remote-resource?path=${encodeURIComponent(decodeURIComponent(remote[2]))}` : url, options);
    }
  };
}

export function run(): Promise<void> {
  serveWorkersOverHttp();
  Mocha.reporters.Base.consoleLog = (template?: unknown, ...args: unknown[]) => console.log(format(template, ...args).replace(/^/gm, "[upr-tests] "));
  mocha.setup({ ui: "bdd", reporter: "spec", timeout: 60_000, color: false });
  // The tests register with the globals that mocha.setup has just defined.
  require("./web-extension");
  console.log("[upr-tests] started");
  return new Promise((resolve, reject) => {
    // Mocha's browser run() reads window.location, which a worker extension host lacks; the core run() does not.
    const runner = Object.getPrototypeOf(mocha).run.call(mocha, (failures: number) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`[upr-tests] result ${JSON.stringify({ passed: passes, failed: failures, skipped: pending })}`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
