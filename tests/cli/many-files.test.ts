import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";
import { withTmpfs } from "../support/tmpfs.js";

const misnumbered = "---\nstate: Exampleland\n---\n\n# I. Background\n\n1. First.\n\n3. Third.\n";
const fixed = misnumbered.replace("3. Third.", "2. Third.");

function draft(content = misnumbered): string {
  const path = join(mkdtempSync(join(tmpdir(), "upr-many-")), "draft.upr");
  writeFileSync(path, content);
  return path;
}

describe("several files, some of which fail", () => {
  it("lints every file given, reports each one that cannot be read, and exits 2", async () => {
    const [first, last] = [draft(), draft()];
    const { code, stdout, stderr } = await runCli(["lint", first, "/no/such/draft.upr", last]);
    expect(code).toBe(2);
    expect(stderr).toBe("upr-draft: cannot read /no/such/draft.upr: no such file\n");
    expect(stdout).toMatch(`${first}:9:1  warning`);
    expect(stdout).toMatch(`${last}:9:1  warning`);
  });

  it("lint --fix - prints the whole text even when there is nothing to fix", async () => {
    const clean = fixed;
    const { code, stdout } = await runCli(["lint", "--fix", "-"], clean);
    expect(code).toBe(0);
    expect(stdout).toBe(clean);
  });

  it("lint --fix - prints the fixed text and the problems left go to standard error", async () => {
    const { stdout } = await runCli(["lint", "--fix", "-"], misnumbered);
    expect(stdout).toBe(fixed);
  });

  withTmpfs("64k", (mount, remountReadOnly) => {
    it("lint --fix fixes the writable files, reports the read-only one in one line, and exits 2", async () => {
      const readOnly = join(mount(), "draft.upr");
      writeFileSync(readOnly, misnumbered);
      remountReadOnly();
      const [before, after] = [draft(), draft()];
      const { code, stderr } = await runCli(["lint", "--fix", before, readOnly, after]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        [
          `upr-draft: fixed 1 problem in ${before} (1 paragraph-numbering)`,
          `upr-draft: cannot write ${readOnly}: the file system is read-only; the file is unchanged`,
          `upr-draft: fixed 1 problem in ${after} (1 paragraph-numbering)`,
          "",
        ].join("\n"),
      );
      expect(readFileSync(before, "utf8")).toBe(fixed);
      expect(readFileSync(after, "utf8")).toBe(fixed);
      expect(readFileSync(readOnly, "utf8")).toBe(misnumbered);
    });
  });
});
