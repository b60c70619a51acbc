import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, HELP, OPTIONS } from "../../server/src/cli/help.js";
import { didYouMean } from "../../server/src/cli/suggest.js";
import { VERSION } from "../../server/src/cli/version.js";
import { CONFIG_FILE_NAME } from "../../server/src/core/config/config.js";
import { runCli } from "../support/run-cli.js";

const root = join(__dirname, "../..");
const argsSource = readFileSync(join(root, "server/src/cli/args.ts"), "utf8");
const runSource = readFileSync(join(root, "server/src/cli/run.ts"), "utf8");

describe("--help", () => {
  it("names every option the parser takes, short and long", () => {
    const parsed = [...argsSource.matchAll(/case "(-{1,2}[a-z-]+)":/g)].map((match) => match[1]);
    expect(parsed.length).toBeGreaterThan(10);
    for (const option of parsed) expect(HELP, option).toMatch(new RegExp(`(^|[\\s,])${option}\\b`, "m"));
  });

  it("names every command run() takes, and each is one", async () => {
    const handled = [...runSource.matchAll(/case "([a-z]+)":/g)].map((match) => match[1]);
    expect([...handled].sort()).toEqual([...COMMANDS].sort());
    for (const command of COMMANDS) expect(HELP).toMatch(new RegExp(`^  ${command}\\b`, "m"));
  });

  it("tells of --version, the config file, folders and globs, colour and the exit codes", () => {
    for (const text of ["--version", CONFIG_FILE_NAME, "folder", "glob", "NO_COLOR", "Exit codes"]) expect(HELP).toContain(text);
  });

  it("is printed by --help, -h, help and no command at all", async () => {
    for (const args of [["--help"], ["-h"], ["help"], [], ["lint", "--help"]]) expect((await runCli(args)).stdout).toBe(HELP + "\n");
  });
});

describe("--version", () => {
  it("is package.json's", async () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(VERSION).toBe(version);
    expect(await runCli(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("did you mean", () => {
  it.each([
    ["lnt", COMMANDS, "lint"],
    ["lnit", COMMANDS, "lint"],
    ["renumbr", COMMANDS, "renumber"],
    ["--formt", OPTIONS, "--format"],
    ["--fx", OPTIONS, "--fix"],
    ["--confg", OPTIONS, "--config"],
    ["--verison", OPTIONS, "--version"],
  ])("%s → %s", (typed, known, meant) => {
    expect(didYouMean(typed, known)).toBe(`; did you mean ${meant}?`);
  });

  it("says nothing when nothing is near", () => {
    expect(didYouMean("frobnicate", COMMANDS)).toBe("");
    expect(didYouMean("--colour", OPTIONS)).toBe("");
    expect(didYouMean("x", COMMANDS)).toBe("");
  });
});
