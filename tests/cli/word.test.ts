import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { run } from "../../server/src/cli/run.js";
import { essentials } from "../core/word/round-trip.js";
import { seedWithFootnoteTexts } from "../core/word/seed-with-footnotes.js";

async function runCli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: () => Buffer.from("") });
  return { code, stdout, stderr };
}

function folder(files: Record<string, string | Uint8Array> = {}): string {
  const directory = mkdtempSync(join(tmpdir(), "upr-word-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
  return directory;
}

/** The text of an XML part, its tags left out and its paragraphs and tabs as spaces. */
function partText(parts: Record<string, Uint8Array>, path: string): string {
  return strFromU8(parts[path])
    .replace(/<\/w:p>|<w:tab\/>/g, " ")
    .replace(/<[^>]+>/g, "");
}

const DRAFT_WITH_ERROR = "---\nstate: Exampleland\ncycle: three\n---\n\n# I. One\n\n1. First. [F31]\n\nThemes: F31, F33\n\n2. Second.\n";

describe("upr-draft export", () => {
  it("writes real footnotes, a footer with page numbers and every word of the seed", async () => {
    const draft = seedWithFootnoteTexts();
    const directory = folder({ "seed.upr": draft });
    const result = await runCli(["export", join(directory, "seed.upr")]);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
    const parts = unzipSync(readFileSync(join(directory, "seed.docx")));
    const document = strFromU8(parts["word/document.xml"]);
    expect(document.match(/<w:footnoteReference /g)).toHaveLength(35);
    const footnotes = partText(parts, "word/footnotes.xml");
    for (let number = 1; number <= 35; number++) expect(footnotes).toContain(`Footnote text number ${number}, with “quotes” – and a dash.`);
    const footers = Object.keys(parts).filter((path) => /^word\/footer\d*\.xml$/.test(path));
    expect(footers.some((path) => /<w:instrText[^>]*>\s*PAGE\s*</.test(strFromU8(parts[path])))).toBe(true);
    const words = partText(parts, "word/document.xml").match(/[\p{L}\p{N}]+/gu);
    for (const word of new Set(essentials(draft).words)) expect(words).toContain(word);
    expect(strFromU8(parts["docProps/core.xml"])).toContain("<dc:creator>ECPAT International; Pakistan Paediatric Association</dc:creator>");
  });

  it("lists a draft's errors and exports it, or refuses it with --strict", async () => {
    const directory = folder({ "draft.upr": DRAFT_WITH_ERROR });
    const draft = join(directory, "draft.upr");
    const strict = await runCli(["export", "--strict", draft, "-o", join(directory, "strict.docx")]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe(`upr-draft: ${draft} has 1 error; not exported (--strict):\n${draft}:3:1  error  \`cycle\` is the UPR cycle as a number, e.g. 4.  UPR009/front-matter\n`);
    expect(existsSync(join(directory, "strict.docx"))).toBe(false);
    const lenient = await runCli(["export", draft, "-o", join(directory, "out.docx")]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain("has 1 error; exported all the same:\n");
    expect(existsSync(join(directory, "out.docx"))).toBe(true);
  });

  it("keeps theme codes, or strips them with --strip-theme-codes", async () => {
    const directory = folder({ "draft.upr": DRAFT_WITH_ERROR });
    await runCli(["export", join(directory, "draft.upr"), "-o", join(directory, "kept.docx")]);
    await runCli(["export", "--strip-theme-codes", join(directory, "draft.upr"), "-o", join(directory, "stripped.docx")]);
    const kept = partText(unzipSync(readFileSync(join(directory, "kept.docx"))), "word/document.xml");
    const stripped = partText(unzipSync(readFileSync(join(directory, "stripped.docx"))), "word/document.xml");
    expect(kept).toContain("First. [F31]");
    expect(kept).toContain("Themes: F31, F33");
    expect(stripped).toContain("First.");
    expect(stripped).not.toMatch(/F31|F33|Themes/);
  });

  it("takes the font, size and page size from .upr-draft.json", async () => {
    const config = JSON.stringify({ export: { font: "Arial", size: 11, pageSize: "Letter" } });
    const directory = folder({ "draft.upr": "---\nstate: Exampleland\n---\n\n1. First.\n", ".upr-draft.json": config });
    expect((await runCli(["export", join(directory, "draft.upr")])).code).toBe(0);
    const parts = unzipSync(readFileSync(join(directory, "draft.docx")));
    expect(strFromU8(parts["word/styles.xml"])).toMatch(/<w:rFonts w:ascii="Arial"[^>]*\/>\s*<w:sz w:val="22"\/>/);
    expect(strFromU8(parts["word/document.xml"])).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    const defaults = folder({ "draft.upr": "---\nstate: Exampleland\n---\n\n1. First.\n" });
    await runCli(["export", join(defaults, "draft.upr")]);
    const defaultParts = unzipSync(readFileSync(join(defaults, "draft.docx")));
    expect(strFromU8(defaultParts["word/styles.xml"])).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*\/>\s*<w:sz w:val="24"\/>/);
    expect(strFromU8(defaultParts["word/document.xml"])).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});

describe("upr-draft import", () => {
  it("prints the canonical draft, or writes it with -o, and lists what Word had that the draft holds otherwise", async () => {
    const directory = folder({ "draft.upr": seedWithFootnoteTexts() });
    await runCli(["export", join(directory, "draft.upr"), "-o", join(directory, "draft.docx")]);
    const printed = await runCli(["import", join(directory, "draft.docx")]);
    expect(printed.code).toBe(0);
    expect(printed.stderr).toBe("");
    expect(essentials(printed.stdout)).toEqual(essentials(seedWithFootnoteTexts()));
    const written = await runCli(["import", join(directory, "draft.docx"), "-o", join(directory, "back.upr")]);
    expect(written).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(directory, "back.upr"), "utf8")).toBe(printed.stdout);
  });

  it("says where a table is, on standard error", async () => {
    const { wordFeaturesDocx } = await import("../core/word/word-features.js");
    const directory = folder({ "old.docx": await wordFeaturesDocx() });
    const result = await runCli(["import", join(directory, "old.docx"), "-o", join(directory, "old.upr")]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${join(directory, "old.docx")}: table of 2 rows and 2 columns kept as a Markdown table (${join(directory, "old.upr")}:48)\n`);
  });

  it("refuses a broken or old file with one line and exit code 2", async () => {
    const directory = folder({ "broken.docx": Buffer.from("PK\u0003\u0004 not really a zip"), "notes.txt": "Just text.\n" });
    for (const [name, reason] of [
      ["broken.docx", "is damaged: its zip structure cannot be read (save it again from Word)"],
      ["notes.txt", "is not a Word document (.docx)"],
      ["missing.docx", "cannot read"],
    ]) {
      const result = await runCli(["import", join(directory, name)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(reason);
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
    expect((await runCli(["import", "--tracked-changes", "maybe", join(directory, "broken.docx")])).code).toBe(2);
  });
});
