/// <reference types="mocha" />
// Loaded by VS Code's extension host (extensionTestsPath): runs the named test files with mocha and
// reports the outcome on one line that tests/vscode/run.mjs reads.
import * as path from "node:path";
import { format } from "node:util";
import Mocha from "mocha";

const marked = (text: string) => text.replace(/^/gm, "[upr-tests] ");

export function runTests(files: string[]): Promise<void> {
  // The extension host forwards console.log unformatted, among the workbench's own messages: format
  // here, and mark each line of the report for run.mjs.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(marked(format(...args)));
  const mocha = new Mocha({ ui: "bdd", color: false, timeout: 60_000, reporter: "spec" });
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  console.log("[upr-tests] started");
  return new Promise((resolve, reject) => {
    const runner = mocha.run(() => {
      const { passes, failures, pending } = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      console.log(`[upr-tests] result ${JSON.stringify({ passed: passes, failed: failures, skipped: pending })}`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
