import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

const root = join(__dirname, "../..");
const bin = join(root, "server/bin/upr-draft.js");
const seed = join(root, "seeds/ecpat-pakistan-upr3.upr");
const misnumbered = "---\nstate: Exampleland\n---\n\n# I. Background\n\n1. First.\n\n3. Third.\n";

function folder(): string {
  return mkdtempSync(join(tmpdir(), "upr-odd-"));
}

/** The built command, with a deadline: a test of something that could block must not block the suite. */
function cli(args: string[], options: { input?: string; shell?: string } = {}) {
  const result = options.shell
    ? spawnSync("sh", ["-c", options.shell], { encoding: "utf8", timeout: 15_000, env: { ...process.env, BIN: bin } })
    : spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 15_000, input: options.input });
  expect(result.error, "the command blocked or failed to start").toBeUndefined();
  return result;
}

describe("files that are not drafts are refused by their kind, without blocking", () => {
  it("a FIFO", () => {
    const path = join(folder(), "draft.upr");
    expect(spawnSync("mkfifo", [path]).status).toBe(0);
    const result = cli(["lint", path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`upr-draft: cannot read ${path}: it is a FIFO (named pipe)\n`);
  });

  it("a socket", async () => {
    const path = join(folder(), "draft.upr");
    const server = createServer().listen(path);
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const result = await runCli(["lint", path]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`upr-draft: cannot read ${path}: it is a socket\n`);
    } finally {
      server.close();
    }
  });

  it.each([
    ["/dev/null", "a character device"],
    ["/dev/zero", "a character device"],
  ])("%s", (path, kind) => {
    const result = cli(["lint", path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`upr-draft: cannot read ${path}: it is ${kind}\n`);
  });

  it("/dev/stdin from a pipe is a FIFO, not a directory; - reads standard input", () => {
    const piped = cli([], { shell: `cat "${seed}" | node "$BIN" lint /dev/stdin` });
    expect(piped.status).toBe(2);
    expect(piped.stderr).toBe("upr-draft: cannot read /dev/stdin: it is a FIFO (named pipe)\n");
    expect([0, 1]).toContain(cli(["lint", "-"], { input: readFileSync(seed, "utf8") }).status);
  });

  it("a FIFO named .upr-draft.json is reported as a config problem, and the draft is linted with the defaults", () => {
    const dir = folder();
    expect(spawnSync("mkfifo", [join(dir, ".upr-draft.json")]).status).toBe(0);
    writeFileSync(join(dir, "draft.upr"), misnumbered);
    const result = cli(["lint", join(dir, "draft.upr")]);
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe(`${join(dir, ".upr-draft.json")}:1:1  warning  The configuration cannot be read (it is a FIFO (named pipe)); the defaults are used.  config/config-file`);
    expect(result.stdout).toContain("UPR001/paragraph-numbering");
  });

  it("a NUL after the first 8 KB marks a binary file", async () => {
    const path = join(folder(), "draft.upr");
    writeFileSync(path, misnumbered + "x".repeat(9000) + "\0\n");
    const result = await runCli(["lint", path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`upr-draft: ${path} is not a text file\n`);
  });
});

describe("the size limit", () => {
  const big = (megabytes: number) => misnumbered + "Text of the draft. ".repeat(Math.ceil((megabytes * 1024 * 1024) / 19));

  it("a draft over 10 MB is refused in one line before it is read, with exit code 2", () => {
    const path = join(folder(), "big.upr");
    writeFileSync(path, big(10.5));
    const started = Date.now();
    const result = cli(["lint", path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `upr-draft: cannot read ${path}: The file is 10.5 MB; upr-draft lints files of up to 10 MB ("maxFileSizeMB" in .upr-draft.json). A submission is far smaller: is this the right file?\n`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("the same through standard input", () => {
    // The command stops reading at the limit, so the draft comes from a pipe that may be cut short.
    const result = cli([], { shell: `yes "Text of the draft." | head -c 11000000 | node "$BIN" lint -` });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^upr-draft: cannot read standard input: The file is over 10 MB; /);
  });

  it("maxFileSizeMB in .upr-draft.json sets the limit, for every command that reads a draft", async () => {
    const dir = folder();
    writeFileSync(join(dir, ".upr-draft.json"), '{ "maxFileSizeMB": 0.5 }');
    const path = join(dir, "draft.upr");
    writeFileSync(path, big(0.6));
    for (const command of [["lint"], ["lint", "--fix"], ["renumber", "--write"], ["convert"]]) {
      const result = await runCli([...command, path]);
      expect(result.code, command.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^upr-draft: cannot read .*draft\.upr: The file is 0\.6 MB; upr-draft lints files of up to 0\.5 MB /);
    }
    writeFileSync(join(dir, ".upr-draft.json"), '{ "maxFileSizeMB": 1 }');
    expect((await runCli(["lint", path])).code).toBe(1);
  });
});

describe("standard output and the command line", () => {
  it("a reader that goes away (| head) ends the command quietly", () => {
    const path = join(folder(), "long.upr");
    writeFileSync(path, readFileSync(seed, "utf8").repeat(40));
    const result = cli([], { shell: `node "$BIN" renumber "${path}" | head -c 10 >/dev/null; echo "status $?"` });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("status 0\n");
  });

  it("a full disk on standard output is one line and exit code 2", () => {
    const result = cli([], { shell: `node "$BIN" convert "${seed}" > /dev/full; echo "status $?"` });
    expect(result.stderr).toBe("upr-draft: cannot write standard output: no space left on the disk\n");
    expect(result.stdout).toBe("status 2\n");
  });

  it("-- ends the options, so a file may be called -x.upr", async () => {
    const dir = folder();
    writeFileSync(join(dir, "-x.upr"), misnumbered);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const result = await runCli(["lint", "--", "-x.upr"]);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^-x\.upr:9:1  warning  .*  UPR001\//);
      expect((await runCli(["lint", "-x.upr"])).stderr).toMatch(/^upr-draft: unknown option -x\.upr/);
    } finally {
      process.chdir(cwd);
    }
  });

  it("- may be given only once", async () => {
    const result = await runCli(["lint", "-", "-"], misnumbered);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("upr-draft: - (standard input) may be given only once (see upr-draft --help)\n");
  });
});
