import * as fs from "node:fs";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../server/src/cli/input.js";
import { writeFileSafely, type WriteFs } from "../../server/src/cli/safe-write.js";
import { runCli } from "../support/run-cli.js";
import { withTmpfs } from "../support/tmpfs.js";

function folder(): string {
  return mkdtempSync(join(tmpdir(), "upr-write-"));
}

/** A file system whose writes stop with ENOSPC once `room` bytes are written, as a full disk does. */
function diskWithRoom(room: number): WriteFs {
  let used = 0;
  return {
    ...fs,
    writeSync: ((descriptor: number, buffer: Uint8Array, offset: number, length: number) => {
      const fits = Math.min(length, room - used);
      if (fits <= 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      used += fits;
      return fs.writeSync(descriptor, buffer, offset, fits);
    }) as WriteFs["writeSync"],
  };
}

function failingAt(operation: keyof WriteFs, code: string): WriteFs {
  return {
    ...fs,
    [operation]: () => {
      throw Object.assign(new Error(`${code}: failed`), { code });
    },
  } as WriteFs;
}

describe("writeFileSafely", () => {
  it("replaces the content and leaves no temporary file", () => {
    const dir = folder();
    const path = join(dir, "draft.upr");
    writeFileSync(path, "old");
    writeFileSafely(path, Buffer.from("new text"));
    expect(readFileSync(path, "utf8")).toBe("new text");
    expect(readdirSync(dir)).toEqual(["draft.upr"]);
  });

  it("keeps the original's permissions", () => {
    const path = join(folder(), "draft.upr");
    writeFileSync(path, "old");
    chmodSync(path, 0o640);
    writeFileSafely(path, Buffer.from("new"));
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it("writes through a symbolic link to its target, and the link stays a link", () => {
    const dir = folder();
    const target = join(dir, "real.upr");
    writeFileSync(target, "old");
    symlinkSync(target, join(dir, "link.upr"));
    writeFileSafely(join(dir, "link.upr"), Buffer.from("new"));
    expect(fs.lstatSync(join(dir, "link.upr")).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("new");
  });

  it("creates a file that did not exist", () => {
    const path = join(folder(), "new.upr");
    writeFileSafely(path, Buffer.from("text"));
    expect(readFileSync(path, "utf8")).toBe("text");
  });

  it.each([
    ["the disk fills after 32 KB", diskWithRoom(32 * 1024), /no space left on the disk/],
    ["the disk is full from the start", diskWithRoom(0), /no space left on the disk/],
    ["the flush fails", failingAt("fsyncSync", "EIO"), /EIO: failed/],
    ["the rename fails", failingAt("renameSync", "EXDEV"), /EXDEV: failed/],
    ["the folder is read-only", failingAt("openSync", "EROFS"), /the file system is read-only/],
    ["the file is read-only", failingAt("accessSync", "EACCES"), /permission denied/],
  ])("leaves the original byte-identical and no temporary file when %s", (_, files, reason) => {
    const dir = folder();
    const path = join(dir, "draft.upr");
    const original = Buffer.from("1. Société.\n".repeat(3200));
    writeFileSync(path, original);
    let thrown: unknown;
    try {
      writeFileSafely(path, Buffer.from("2. Changed.\n".repeat(4000)), files);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as Error).message).toMatch(reason);
    expect((thrown as Error).message).toMatch(/^cannot write .*draft\.upr: .*; the file is unchanged$/);
    expect(readFileSync(path).equals(original)).toBe(true);
    expect(readdirSync(dir)).toEqual(["draft.upr"]);
  });
});

/** A draft of about 37 KB whose paragraphs are all misnumbered, so that renumber and fix-all rewrite it. */
const misnumbered = "---\nstate: Exampleland\n---\n\n# I. Background\n\n" + Array.from({ length: 600 }, (_, i) => `${i + 2}. Paragraph about the rights of the child, number ${i}.`).join("\n\n") + "\n";

describe("writing commands on a full disk (a 64 KB tmpfs)", () => {
  withTmpfs("64k", (mount) => {
    it.each([
      ["renumber --write", ["renumber", "--write"]],
      ["lint --fix", ["lint", "--fix"]],
      ["convert --write", ["convert", "--write"]],
    ])("%s leaves the draft whole, says why in one line and exits 2", async (_, command) => {
      const path = join(mount(), "draft.upr");
      const original = command[0] === "convert" ? misnumbered.replace(/\n\n/g, "\n\n\n") : misnumbered;
      writeFileSync(path, original);
      // Leave less room than a second copy of the draft needs.
      writeFileSync(join(mount(), "filler"), Buffer.alloc(64 * 1024 - original.length - 8 * 1024));
      const result = await runCli([...command, path]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^upr-draft: cannot write .*draft\.upr: no space left on the disk; the file is unchanged\n$/);
      expect(readFileSync(path, "utf8")).toBe(original);
      expect(readdirSync(mount()).sort()).toEqual(["draft.upr", "filler"]);
    });
  });
});

describe("a command that changes nothing writes nothing", () => {
  it.each([
    ["renumber --write", ["renumber", "--write"]],
    ["lint --fix", ["lint", "--fix"]],
    ["convert --write", ["convert", "--write"]],
  ])("%s on a draft already in order", async (_, command) => {
    const path = join(folder(), "draft.upr");
    writeFileSync(path, "---\nstate: Exampleland\n---\n\n# I. Background\n\n1. First.\n\n2. Second.\n");
    const before = statSync(path);
    expect((await runCli([...command, path])).code).toBe(0);
    const after = statSync(path);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });
});
