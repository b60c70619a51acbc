import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { run } from "../../server/src/cli/run.js";

const root = join(__dirname, "../..");
const bin = join(root, "server/bin/upr-draft.js");
const seed = join(root, "seeds/ecpat-pakistan-upr3.upr");
const extractedSeed = join(root, "seeds/ecpat-pakistan-upr3-extracted.txt");

function runCli(args: string[], stdin = "") {
  let stdout = "";
  let stderr = "";
  const code = run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: () => Buffer.from(stdin),
  });
  return { code, stdout, stderr };
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "upr-cli-")), name);
  writeFileSync(path, content);
  return path;
}

const draftWithProblems = `---
state: Exampleland
---

# I. Background

1. First.

3. Third, with a gap before it.

Recommendations

a. Do this.

c. Skip b.
`;

describe("upr-draft lint", () => {
  it("prints file:line:col  severity  message  rule, then a summary, and exits 1 when problems are found", () => {
    const file = tempFile("draft.upr", draftWithProblems);
    const { code, stdout } = runCli(["lint", file]);
    expect(code).toBe(1);
    expect(stdout.trim().split("\n")).toEqual([
      `${file}:9:1   warning  Paragraph numbering jumps from 1 to 3: 2 missing. [Expected: 2; Actual: 3]  UPR001/paragraph-numbering`,
      `${file}:15:1  warning  Lettering jumps from a. to c.: b missing. [Expected: b; Actual: c]  UPR005/recommendation-lettering`,
      "2 problems (0 errors, 2 warnings) in 1 file",
    ]);
  });

  it("exits 0 and prints nothing on a clean draft", () => {
    const { code, stdout } = runCli(["lint", tempFile("clean.upr", "---\nstate: X\n---\n\n# I. Background\n\n1. Fine.\n")]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
  });

  it("--format json prints one array with positions, rule, name, severity, message and fixable", () => {
    const file = tempFile("draft.upr", draftWithProblems);
    const { code, stdout } = runCli(["lint", "--format", "json", file]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0]).toEqual({
      file,
      line: 9,
      column: 1,
      endLine: 9,
      endColumn: 2,
      rule: "UPR001",
      name: "paragraph-numbering",
      severity: "warning",
      message: "Paragraph numbering jumps from 1 to 3: 2 missing. [Expected: 2; Actual: 3]",
      fixable: true,
    });
  });

  it("--format sarif is a valid SARIF 2.1.0 log", () => {
    const schema = JSON.parse(
      readFileSync(join(root, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
    );
    const validate = addFormats(new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })).compile(schema);
    const { stdout } = runCli(["lint", "--format=sarif", tempFile("draft.upr", draftWithProblems)]);
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(["UPR001", "UPR005"]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 9, startColumn: 1, endLine: 9, endColumn: 2 });
    // Each rule's help is in the log; nothing links to a page that is not published.
    const numbering = log.runs[0].tool.driver.rules.find((rule: { id: string }) => rule.id === "UPR001");
    expect(numbering.help.markdown).toMatch(/^# UPR001 paragraph-numbering\n\nNumbered paragraphs run/);
    expect(stdout).not.toMatch(/github\.com/);
  });

  it("--fix rewrites the file and reports what is left", () => {
    const file = tempFile("draft.upr", draftWithProblems);
    const { code, stdout } = runCli(["lint", "--fix", file]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const fixed = readFileSync(file, "utf8");
    expect(fixed).toContain("2. Third, with a gap before it.");
    expect(fixed).toContain("b. Skip b.");
    expect(fixed.replace(/\d|\b[a-c]\./g, "#")).toBe(draftWithProblems.replace(/\d|\b[a-c]\./g, "#"));
  });

  it("reads standard input with -", () => {
    const { code, stdout } = runCli(["lint", "-"], draftWithProblems);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<stdin>:9:1 +warning +Paragraph numbering .* UPR001\/paragraph-numbering\n/);
  });

  it("uses the nearest .upr-draft.json, and --config overrides it", () => {
    const file = tempFile("draft.upr", draftWithProblems);
    writeFileSync(join(file, "../.upr-draft.json"), '{ "rules": { "UPR001": "off", "recommendation-lettering": "error" } }');
    const found = runCli(["lint", "--format", "json", file]);
    expect(JSON.parse(found.stdout).map((p: { rule: string; severity: string }) => `${p.rule}:${p.severity}`)).toEqual(["UPR005:error"]);
    const explicit = tempFile("other.json", '{ "rules": { "UPR005": "off" } }');
    const overridden = runCli(["lint", "--format", "json", "--config", explicit, file]);
    expect(JSON.parse(overridden.stdout).map((p: { rule: string }) => p.rule)).toEqual(["UPR001"]);
  });

  it("a broken config file is reported and the defaults are used", () => {
    const file = tempFile("draft.upr", draftWithProblems);
    const config = join(file, "../.upr-draft.json");
    writeFileSync(config, '{ "rules": { "UPR001": "off", ');
    const { code, stdout } = runCli(["lint", file]);
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${config.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1:\\d+ +warning +The configuration is not valid JSON.*  config/config-file$`));
    expect(lines.slice(1, -1).map((line) => line.split(" ").pop())).toEqual(["UPR001/paragraph-numbering", "UPR005/recommendation-lettering"]);
    expect(lines.at(-1)).toBe("3 problems (0 errors, 3 warnings) in 2 files");
  });
});

describe("bad input: exit 2 with one line on stderr", () => {
  const cases: [string, string[], RegExp][] = [
    ["a missing file", ["lint", "/no/such/draft.upr"], /^upr-draft: cannot read \/no\/such\/draft\.upr: no such file\n$/],
    ["a folder with no drafts", ["lint", mkdtempSync(join(tmpdir(), "upr-empty-"))], /^upr-draft: .*upr-empty-\w+ holds no \.upr drafts\n$/],
    ["a binary file", ["lint", tempFile("image.upr", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))], /^upr-draft: .*image\.upr is not a text file\n$/],
    ["an unknown option", ["lint", "--frobnicate", "x.upr"], /^upr-draft: unknown option --frobnicate \(see upr-draft --help\)\n$/],
    ["a mistyped option", ["lint", "--formt", "json", "x.upr"], /^upr-draft: unknown option --formt; did you mean --format\? \(see upr-draft --help\)\n$/],
    ["a mistyped command", ["lnit", "x.upr"], /^upr-draft: unknown command "lnit"; did you mean lint\? \(see upr-draft --help\)\n$/],
    ["docs --check with no file", ["docs", "--check"], /^upr-draft: docs --check needs the README to check \(see upr-draft --help\)\n$/],
    ["an unknown format", ["lint", "--format", "xml", "x.upr"], /^upr-draft: unknown format "xml"/],
    ["no files", ["lint"], /^upr-draft: lint needs at least one file/],
    ["an unknown command", ["frobnicate"], /^upr-draft: unknown command "frobnicate"/],
    ["a missing --config file", ["lint", "--config", "/no/such.json", seed, seed], /^upr-draft: cannot read the config file \/no\/such\.json \(--config\): no such file\n$/],
  ];
  for (const [name, args, stderr] of cases) {
    it(name, () => {
      const result = runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(stderr);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    });
  }
});

describe("upr-draft renumber and convert", () => {
  it("renumber prints the draft with paragraphs and letters in order; --write edits in place", () => {
    const file = tempFile("draft.upr", draftWithProblems);
    const printed = runCli(["renumber", file]).stdout;
    expect(printed).toContain("2. Third");
    expect(printed).toContain("b. Skip b.");
    expect(readFileSync(file, "utf8")).toBe(draftWithProblems);
    expect(runCli(["renumber", "--write", file]).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(printed);
  });

  it("convert turns the extracted seed into the canonical body", () => {
    const { code, stdout } = runCli(["convert", extractedSeed]);
    expect(code).toBe(0);
    const canonical = readFileSync(seed, "utf8");
    expect(stdout.slice(stdout.indexOf("# (I)"))).toBe(canonical.slice(canonical.indexOf("# (I)")));
  });

  it("convert lists on stderr each line of page furniture it took out", () => {
    const { code, stdout, stderr } = runCli(["convert", join(root, "tests/fixtures/layouts/page-furniture.txt")]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("Page 2 of 3");
    const header = "  Example Housing Forum – Submission on Exampleland";
    expect(stderr.split("\n")).toEqual([
      "upr-draft: removed 6 lines of page furniture (page numbers, running headers and footers):",
      header,
      "  Page 1 of 3",
      header,
      "  Page 2 of 3",
      header,
      "  Page 3 of 3",
      "",
    ]);
  });

  it("convert says on stderr which footnotes it found no marker for", () => {
    const { code, stdout, stderr } = runCli(["convert", join(root, "tests/fixtures/layouts/unplaced-marker.txt")]);
    expect(code).toBe(0);
    expect(stdout).toContain("[^2]: Ministry of Health of Exampleland, Clinic Register, 2023.");
    expect(stderr).toContain("upr-draft: found no marker for footnote [^2] in the text; its text is kept at the end: put each marker where it belongs.\n");
  });
});

describe("the installed command", () => {
  it("runs from the package bin, lints the canonical seed and exits by its problems", () => {
    const result = spawnSync(process.execPath, [bin, "lint", seed], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect([0, 1]).toContain(result.status);
    const lines = result.stdout.trim().split("\n");
    expect(lines.slice(0, -1).every((line) => /^.+:\d+:\d+ +(error|warning|information|hint) +.+ UPR\d{3}\/[a-z-]+$/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ problems \(\d+ errors?, \d+ warnings?(, \d+ information)?(, \d+ hints?)?\) in 1 file$/);
  });

  it("exits 2 without a stack trace on unreadable input", () => {
    const result = spawnSync(process.execPath, [bin, "lint", "/no/such/file.upr"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("upr-draft: cannot read /no/such/file.upr: no such file\n");
  });

  it("prints its help", () => {
    expect(execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" })).toMatch(/^Usage: upr-draft <command>/);
  });

  it("keeps V8's code cache for each command in a folder of the user's own, uses it, and answers alike with it, without it and with a broken one", () => {
    const temp = mkdtempSync(join(tmpdir(), "upr-cache-"));
    const folder = join(temp, `upr-draft-code-cache${process.getuid ? `-${process.getuid()}` : ""}`);
    const lint = () => spawnSync(process.execPath, [bin, "lint", seed], { encoding: "utf8", env: { ...process.env, TMPDIR: temp } });
    const first = lint();
    const [cacheFile] = readdirSync(folder);
    expect(cacheFile).toMatch(new RegExp(`^${process.version}-${process.arch}-[0-9a-f]{16}-\\d+-\\d+-lint\\.bin$`));
    if (process.platform !== "win32") expect(statSync(folder).mode & 0o777).toBe(0o700);
    const written = statSync(join(folder, cacheFile)).mtimeMs;
    const cached = lint();
    // V8 took the cache: a rejected one would have been written again.
    expect(statSync(join(folder, cacheFile)).mtimeMs).toBe(written);
    writeFileSync(join(folder, cacheFile), "not a cache");
    const broken = lint();
    for (const run of [cached, broken]) expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: first.status, stdout: first.stdout, stderr: first.stderr });
    // A rejected cache is written again.
    expect(readFileSync(join(folder, cacheFile), "utf8")).not.toBe("not a cache");
    spawnSync(process.execPath, [bin, "--version"], { env: { ...process.env, TMPDIR: temp } });
    expect(readdirSync(folder).sort()).toEqual([cacheFile, cacheFile.replace(/-lint\.bin$/, "-other.bin")].sort());
  });

  it("runs without a cache, and ends, where the temporary folder cannot hold one", () => {
    const result = spawnSync(process.execPath, [bin, "lint", seed], { encoding: "utf8", timeout: 60_000, env: { ...process.env, TMPDIR: join(tmpdir(), "no-such-folder", "below") } });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/problems? \(/);
    if (process.platform === "linux") {
      const inProc = spawnSync(process.execPath, [bin, "lint", seed], { encoding: "utf8", timeout: 60_000, env: { ...process.env, TMPDIR: "/proc/no-such-folder" } });
      expect(inProc.status).toBe(1);
    }
  });

  it("reads no cache from a folder that others can write to", () => {
    const temp = mkdtempSync(join(tmpdir(), "upr-cache-"));
    const folder = join(temp, `upr-draft-code-cache${process.getuid ? `-${process.getuid()}` : ""}`);
    const lint = () => spawnSync(process.execPath, [bin, "lint", seed], { encoding: "utf8", env: { ...process.env, TMPDIR: temp } });
    lint();
    const [cacheFile] = readdirSync(folder);
    chmodSync(folder, 0o777);
    const written = statSync(join(folder, cacheFile)).mtimeMs;
    lint();
    // Not read, so taken for missing and written again.
    expect(statSync(join(folder, cacheFile)).mtimeMs).not.toBe(written);
  });

  it("writes all of a long output to a reader that takes it slowly before it exits", () => {
    const drafts = mkdtempSync(join(tmpdir(), "upr-long-"));
    for (let i = 0; i < 80; i++) copyFileSync(seed, join(drafts, `draft-${i}.upr`));
    // Far more than a pipe holds, to a reader that starts a second late.
    const command = `("${process.execPath}" "${bin}" lint --format json "${drafts}"; echo "status $?" >&2) | (sleep 1; cat)`;
    const result = spawnSync("sh", ["-c", command], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    expect(result.stdout.length).toBeGreaterThan(128 * 1024);
    expect(JSON.parse(result.stdout)).toHaveLength(80 * 8);
    expect(result.stderr).toBe("status 1\n");
  });
});
