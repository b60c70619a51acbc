import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMANDS, OPTIONS } from "../../server/src/cli/help.js";
import { inStagedCopy } from "../vscode/package-vsix.mjs";

const root = join(__dirname, "../..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const readme = readFileSync(join(root, "README.md"), "utf8");
const workflowPath = join(root, "docs/examples/upr-draft.yml");

interface Packed {
  filename: string;
  files: { path: string }[];
}

/**
 * `npm pack` as a user runs it (prepack builds the CLI), in a copy of the working tree so that the
 * build does not rewrite dist/ under other tests; then `npm install -g` of the tarball into an empty
 * prefix, offline: the CLI has no dependencies to fetch.
 */
describe("the npm package of the CLI", () => {
  let dir: string;
  let packed: Packed;
  let bin: string;
  let elsewhere: string;
  const cli = (args: string[]) => spawnSync(bin, args, { cwd: elsewhere, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "upr-install-"));
    packed = inStagedCopy((stage) => {
      const output = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: stage, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      return JSON.parse(output.slice(output.indexOf("[")))[0] as Packed;
    });
    const prefix = join(dir, "prefix");
    execFileSync("npm", ["install", "--global", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(dir, packed.filename)], { cwd: dir, stdio: "pipe" });
    bin = join(prefix, "bin", process.platform === "win32" ? "upr-draft.cmd" : "upr-draft");
    elsewhere = join(dir, "elsewhere");
    mkdirSync(elsewhere);
    copyFileSync(join(root, "seeds/ecpat-pakistan-upr3.upr"), join(elsewhere, "submission.upr"));
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds the CLI's starter and bundles, and nothing of the sources, tests or extension", () => {
    expect(packed.filename).toBe(`upr-draft-${manifest.version}.tgz`);
    const paths = packed.files.map((file) => file.path).sort();
    for (const needed of ["package.json", "LICENSE", "README.md", "server/bin/upr-draft.js", "dist/cli.js", "dist/cli-main.js", "dist/word.js"]) expect(paths).toContain(needed);
    expect(paths.filter((path) => !/^(package\.json|LICENSE|README(\.vscode)?\.md|server\/bin\/upr-draft\.js|dist\/(cli|cli-main|word)\.js)$/.test(path))).toEqual([]);
  });

  it("needs nothing at run time but Node: every dependency is bundled", () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ "upr-draft": "server/bin/upr-draft.js" });
    expect(manifest.scripts.prepack).toMatch(/esbuild\.mjs/);
  });

  it("installed, prints package.json's version from another folder", () => {
    const result = cli(["--version"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`${manifest.version}\n`);
  });

  it("installed, lints a folder elsewhere: the problems, a summary, and exit code 1", () => {
    const result = cli(["lint", "."]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^submission\.upr:\d+:\d+ +warning +.+ UPR\d{3}\/[a-z-]+$/);
    expect(lines.at(-1)).toMatch(/^\d+ problems \(0 errors, \d+ warnings.*\) in 1 file$/);
  });

  it("installed, exports to Word (the Word bundle came along)", () => {
    const result = cli(["export", "submission.upr"]);
    expect(result.status).toBe(0);
    expect(existsSync(join(elsewhere, "submission.docx"))).toBe(true);
  });
});

describe("the README and the example workflow", () => {
  it("tell how to install the CLI and how to use it in CI, with the SARIF upload", () => {
    expect(readme).toMatch(/^## Install the CLI$/m);
    expect(readme).toMatch(/^## Use in CI$/m);
    expect(readme).toContain("npm pack");
    expect(readme).toContain("npm install -g ./upr-draft-");
    expect(readme).toContain("docs/examples/upr-draft.yml");
    expect(readme).toContain("upload-sarif");
  });

  it("the workflow is YAML that installs the tarball, lints to SARIF and uploads it", () => {
    const workflow = parse(readFileSync(workflowPath, "utf8"));
    const steps: { run?: string; uses?: string; with?: Record<string, string> }[] = workflow.jobs.lint.steps;
    expect(workflow.permissions["security-events"]).toBe("write");
    expect(steps.some((step) => step.run?.startsWith("npm install -g ./") && step.run.endsWith(".tgz"))).toBe(true);
    const sarif = steps.find((step) => step.run?.includes("--format sarif"));
    const upload = steps.find((step) => step.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(sarif?.run).toMatch(new RegExp(`> ${upload?.with?.sarif_file}$`));
  });

  it("the workflow calls only commands and options the CLI has", () => {
    const calls = [...readFileSync(workflowPath, "utf8").matchAll(/^\s*run: upr-draft (\S+)(.*)$/gm)];
    expect(calls.length).toBeGreaterThan(0);
    for (const [, command, rest] of calls) {
      expect(COMMANDS).toContain(command);
      for (const option of rest.match(/--[a-z-]+/g) ?? []) expect(OPTIONS).toContain(option);
    }
  });
});
