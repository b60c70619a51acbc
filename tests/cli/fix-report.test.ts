import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

const draft = "---\nstate: Exampleland\n---\n\n# I. Background\n\n1. First.\n\n3. Third.\n\nRecommendations\n\na. Do this.\n\nc. Skip b.\n";

function file(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "upr-fix-")), name);
  writeFileSync(path, content);
  return path;
}

describe("lint --fix says what it fixed", () => {
  it("in each file it changed, on standard error, by rule", async () => {
    const [first, clean, second] = [file("a.upr", draft), file("clean.upr", "---\nstate: X\n---\n\n# I. Background\n\n1. Fine.\n"), file("b.upr", draft)];
    const { code, stdout, stderr } = await runCli(["lint", "--fix", first, clean, second]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      [first, second].map((path) => `upr-draft: fixed 2 problems in ${path} (1 paragraph-numbering, 1 recommendation-lettering)\n`).join(""),
    );
    expect(readFileSync(first, "utf8")).toContain("2. Third.");
  });

  it("for standard input too, while the text goes to standard output", async () => {
    const { stdout, stderr } = await runCli(["lint", "--fix", "-"], draft);
    expect(stdout).toContain("b. Skip b.");
    expect(stderr).toBe("upr-draft: fixed 2 problems in <stdin> (1 paragraph-numbering, 1 recommendation-lettering)\n");
  });
});
