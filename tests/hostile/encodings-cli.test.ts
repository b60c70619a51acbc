import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

/** A draft with a fix to make, in words that Latin-1 and UTF-16 hold differently from UTF-8. */
const draft = "---\nstate: Côte d’Ivoire\n---\n\n# I. Société civile\n\n1. L’État « protège » – “quoted” … €5.\n\n3. Deuxième.\n";
const renumbered = draft.replace("3. Deuxième.", "2. Deuxième.");

const encodings: [string, (text: string) => Buffer][] = [
  ["UTF-8 with a BOM", (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
  ["UTF-16 LE with a BOM", (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
  ["UTF-16 BE with a BOM", (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()])],
  ["Windows-1252", windows1252],
];

/** The test's own Windows-1252 encoder, for the characters of this draft. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { "€": 0x80, "…": 0x85, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96 };
  return Buffer.from([...text].map((character) => high[character] ?? character.charCodeAt(0)));
}

function draftFile(bytes: Buffer, name = "draft.upr"): string {
  const path = join(mkdtempSync(join(tmpdir(), "upr-enc-")), name);
  writeFileSync(path, bytes);
  return path;
}

describe("a draft is written back in the encoding and with the BOM it was read in", () => {
  for (const [name, encode] of encodings) {
    it.each([
      ["lint --fix", ["lint", "--fix"]],
      ["renumber --write", ["renumber", "--write"]],
    ])(`${name}: %s`, async (_, command) => {
      const path = draftFile(encode(draft));
      const result = await runCli([...command, path]);
      expect(result.code).toBe(0);
      expect(readFileSync(path).equals(encode(renumbered)), readFileSync(path).toString("hex").slice(0, 40)).toBe(true);
      const fixed = command[0] === "lint" ? `upr-draft: fixed 1 problem in ${path} (1 paragraph-numbering)\n` : "";
      expect(result.stderr).toBe((name === "Windows-1252" ? `upr-draft: ${path} is not valid UTF-8; read as Windows-1252 (Latin-1), and written back so (--encoding names another)\n` : "") + fixed);
    });

    it(`${name}: convert --write`, async () => {
      const pasted = draft.replace("1. L’État « protège »", "1. L’État\n« protège »");
      const path = draftFile(encode(pasted));
      expect((await runCli(["convert", "--write", path])).code).toBe(0);
      expect(readFileSync(path).equals(encode(draft)), readFileSync(path).toString("hex").slice(0, 40)).toBe(true);
    });
  }

  it("Latin-1 is never garbled: no U+FFFD, and every byte not fixed is as it was", async () => {
    const path = draftFile(windows1252(draft));
    await runCli(["lint", "--fix", path]);
    const written = readFileSync(path);
    expect(written.includes(Buffer.from("\uFFFD"))).toBe(false);
    expect(written.equals(windows1252(renumbered))).toBe(true);
  });

  it("lint --fix - gives standard input back in its own encoding", async () => {
    const { stdoutBytes } = await runCli(["lint", "--fix", "-"], windows1252(draft));
    expect(stdoutBytes.equals(windows1252(renumbered))).toBe(true);
  });

  it("--encoding reads and writes the encoding named", async () => {
    const path = draftFile(Buffer.from(draft, "utf16le"));
    expect((await runCli(["lint", "--fix", path])).stderr).toBe(`upr-draft: ${path} is not a text file\n`);
    expect((await runCli(["lint", "--fix", "--encoding", "utf-16le", path])).code).toBe(0);
    expect(readFileSync(path).equals(Buffer.from(renumbered, "utf16le"))).toBe(true);
    expect((await runCli(["lint", "--encoding", "ebcdic", path])).stderr).toMatch(/^upr-draft: unknown encoding "ebcdic" \(use utf-8, utf-16le, utf-16be, windows-1252\)/);
  });

  it("a fix that Windows-1252 cannot hold leaves the file as it was, with one line", async () => {
    const path = draftFile(windows1252(draft));
    writeFileSync(join(path, "../.upr-draft.json"), '{ "terms": [{ "term": "Deuxième", "alternatives": ["Ⅱ"] }] }');
    const result = await runCli(["lint", "--fix", path]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n").filter(Boolean).at(-1)).toBe(
      `upr-draft: cannot write ${path}: cannot hold “Ⅱ” (U+2161) in Windows-1252; save the draft as UTF-8 first; the file is unchanged`,
    );
    expect(readFileSync(path).equals(windows1252(draft))).toBe(true);
  });
});

describe("line endings", () => {
  it("convert --write keeps a CRLF draft CRLF throughout", async () => {
    const pasted = "---\r\nstate: X\r\n---\r\n\r\nI. Background\r\n\r\n1. A paragraph that was\r\nwrapped by the PDF.\r\n\r\n2. Another.\r\n";
    const path = draftFile(Buffer.from(pasted));
    expect((await runCli(["convert", "--write", path])).code).toBe(0);
    const written = readFileSync(path, "utf8");
    expect(written).toContain("1. A paragraph that was wrapped by the PDF.");
    expect(written.replace(/\r\n/g, "")).not.toContain("\n");
    expect(written.split("\r\n").length).toBeGreaterThan(5);
  });

  it("lint --fix and renumber keep CRLF", async () => {
    for (const command of [["lint", "--fix"], ["renumber", "--write"]]) {
      const path = draftFile(Buffer.from(draft.replace(/\n/g, "\r\n")));
      await runCli([...command, path]);
      expect(readFileSync(path, "utf8")).toBe(renumbered.replace(/\n/g, "\r\n"));
    }
  });
});
