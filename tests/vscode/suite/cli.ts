// The command-line tool as the oracle: the editor runs the same core, so on the same text its
// diagnostics, fixes and commands must agree with `upr-draft lint|renumber|convert` exactly.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

export interface CliProblem {
  rule: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  fixable: boolean;
}

// The suites are bundled into .vscode-test/out/, two levels below the checkout whose CLI this is
// (the packaged extension carries no CLI).
const cliPath = () => path.resolve(__dirname, "../../dist/cli.js");

// In VS Code desktop the extension host's executable is Electron, which runs a script as Node.js
// only when told so; code-server's is Node.js, which ignores the variable.
const asNode = { ...process.env, ELECTRON_RUN_AS_NODE: "1" };

/** Runs the CLI on `text` saved as `name` in a scratch folder; returns stdout and the file after. */
export function runCli(args: string[], text: string, name = "draft.upr"): { stdout: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "upr-vscode-cli-"));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, [cliPath(), ...args, file], { encoding: "utf8", cwd: dir, env: asNode });
    } catch (error) {
      // Exit code 1 means "problems found": its output is still the answer.
      const failed = error as { status?: number; stdout?: string; stderr?: string };
      if (failed.status !== 1) throw new Error(`upr-draft ${args.join(" ")} failed (${failed.status}): ${failed.stderr}`);
      stdout = failed.stdout ?? "";
    }
    return { stdout, file: readFileSync(file, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the CLI with `args` as they are (files named by path), returning its standard output. */
export function cliOutput(args: string[]): string {
  return execFileSync(process.execPath, [cliPath(), ...args], { encoding: "utf8", env: asNode });
}

export const cliProblems = (text: string): CliProblem[] => JSON.parse(runCli(["lint", "--format", "json"], text).stdout);

/** The CLI's problems in the form of helpers' describeDiagnostics(): `CODE line:col-line:col severity`, zero-based. */
export const describeCliProblems = (problems: CliProblem[]) =>
  problems.map(({ rule, line, column, endLine, endColumn, severity }) => `${rule} ${line - 1}:${column - 1}-${endLine - 1}:${endColumn - 1} ${severity}`);
