import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expandPaths } from "../../server/src/cli/expand-paths.js";
import { runCli } from "../support/run-cli.js";

const misnumbered = "---\nstate: Exampleland\n---\n\n# I. Background\n\n1. First.\n\n3. Third.\n";

/** A tree of drafts, with drafts where none should be looked for. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "upr-tree-"));
  const files: Record<string, string> = {
    "a.upr": misnumbered,
    "notes.txt": misnumbered,
    "README.md": "# Notes\n",
    "sub/b.upr": misnumbered,
    "sub/deeper/c.UPR": misnumbered,
    "node_modules/pkg/d.upr": misnumbered,
    ".git/e.upr": misnumbered,
    "sub/.cache/f.upr": misnumbered,
    ".hidden.upr": misnumbered,
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  symlinkSync(root, join(root, "sub", "loop"));
  return root;
}

function expand(paths: string[]) {
  const messages: string[] = [];
  return { files: expandPaths(paths, (message) => messages.push(message)), messages };
}

describe("the paths lint is given", () => {
  it("a folder: its .upr drafts and those below, not in node_modules, dot-folders or linked folders", () => {
    const root = tree();
    expect(expand([root])).toEqual({ files: ["a.upr", "sub/b.upr", "sub/deeper/c.UPR"].map((name) => join(root, name)), messages: [] });
  });

  it("a glob: the files it matches, not in node_modules or dot-folders", () => {
    const root = tree();
    expect(expand([`${root}/**/*.{upr,txt}`]).files).toEqual(["a.upr", "notes.txt", "sub/b.upr"].map((name) => join(root, name)));
    // Named in the pattern's fixed start, node_modules is searched.
    expect(expand([`${root}/node_modules/*/*.upr`]).files).toEqual([join(root, "node_modules/pkg/d.upr")]);
  });

  it("a file, standard input and a missing path are kept as they are, each once", () => {
    const root = tree();
    const a = join(root, "a.upr");
    expect(expand([a, "-", "/no/such.upr", a, root])).toEqual({
      files: [a, "-", "/no/such.upr", join(root, "sub/b.upr"), join(root, "sub/deeper/c.UPR")],
      messages: [],
    });
  });

  it("a folder without drafts and a glob that matches nothing are reported", () => {
    const empty = mkdtempSync(join(tmpdir(), "upr-empty-"));
    expect(expand([empty, `${empty}/*.upr`]).messages).toEqual([`${empty} holds no .upr drafts`, `no file matches ${empty}/*.upr`]);
  });
});

describe("upr-draft lint on a folder", () => {
  it("lints every draft in it and sums them up", async () => {
    const root = tree();
    const { code, stdout, stderr } = await runCli(["lint", root]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n");
    expect(lines.slice(0, -1).map((line) => line.split(":")[0])).toEqual(["a.upr", "sub/b.upr", "sub/deeper/c.UPR"].map((name) => join(root, name)));
    expect(lines.at(-1)).toBe("3 problems (0 errors, 3 warnings) in 3 files");
  });

  it("goes on past a glob that matches nothing, and exits 2", async () => {
    const root = tree();
    const { code, stdout, stderr } = await runCli(["lint", `${root}/nothing/*.upr`, join(root, "a.upr")]);
    expect(code).toBe(2);
    expect(stderr).toBe(`upr-draft: no file matches ${root}/nothing/*.upr\n`);
    expect(stdout).toContain("1 problem (0 errors, 1 warning) in 1 file");
  });
});
