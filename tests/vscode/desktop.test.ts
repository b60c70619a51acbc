import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// What `npm run test:desktop` does where VS Code desktop cannot run the suites. Where it can, it is
// the suites themselves that pass or fail (tests/vscode/suite/).
const runner = join(__dirname, "desktop.mjs");

function runDesktop(env: Record<string, string>, args: string[] = []) {
  const { VSCODE_EXECUTABLE: _unset, ...inherited } = process.env;
  return spawnSync(process.execPath, [runner, ...args], { encoding: "utf8", env: { ...inherited, ...env }, timeout: 120_000 });
}

describe("npm run test:desktop", () => {
  it("says in one line that it ran nothing, and exits 0, when no VS Code can be had", () => {
    // No such version exists, so this fails to download online and offline alike.
    const result = runDesktop({ VSCODE_VERSION: "0.0.0" });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split("\n")).toEqual([expect.stringMatching(/^test:desktop: not run: VS Code 0\.0\.0 could not be downloaded .*VSCODE_EXECUTABLE is not set\.$/)]);
    expect(result.stdout + result.stderr).not.toMatch(/passed/);
  });

  it("fails, and claims no pass, when the VS Code it is given does not run the suite", () => {
    const result = runDesktop({ VSCODE_EXECUTABLE: "/bin/false", DISPLAY: ":0" }, ["multi-root"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("desktop: 0 suite(s) passed, 1 failed");
  });

  it("refuses a VSCODE_EXECUTABLE that does not exist", () => {
    const result = runDesktop({ VSCODE_EXECUTABLE: "/no/such/code" });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("test:desktop: VSCODE_EXECUTABLE is /no/such/code, which does not exist");
  });
});
