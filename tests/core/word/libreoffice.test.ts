import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importDocx } from "../../../server/src/core/word/docx-import.js";
import { WordFileError } from "../../../server/src/core/word/word-package.js";
import { convert, installed } from "./libreoffice.js";
import { seedWithFootnoteTexts } from "./seed-with-footnotes.js";
import { essentials, exportText } from "./round-trip.js";
import { wordFeaturesDocx } from "./word-features.js";

const root = join(__dirname, "../../..");
/** Where the picture of the exported seed's first page is kept after a run (git-ignored). */
export const ARTEFACTS = join(root, "test-artefacts/word");
const available = installed("soffice") && installed("pdftotext") && installed("pdftoppm");

describe("LibreOffice, an independent reader and writer of Word files", () => {
  it("is installed where CI runs (.ci/run installs it)", () => {
    if (process.env.CI) expect(available, "soffice, pdftotext and pdftoppm").toBe(true);
  });

  describe.runIf(available)("with LibreOffice", () => {
    it("prints the exported seed with its numbered paragraphs, footnote texts and page numbers", () => {
      return (async () => {
        const docx = await exportText(seedWithFootnoteTexts());
        const pdf = convert(docx, "seed.docx", "pdf");
        mkdirSync(ARTEFACTS, { recursive: true });
        const pdfPath = join(ARTEFACTS, "seed.pdf");
        writeFileSync(pdfPath, pdf);
        const pages = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" }).split("\f").filter((page) => page.trim() !== "");
        const text = pages.join("\n");
        for (let number = 1; number <= 28; number++) expect(text).toMatch(new RegExp(`^\\s*${number}\\.\\s+\\S`, "m"));
        const flat = text.replace(/\s+/g, " ");
        for (let number = 1; number <= 35; number++) expect(flat).toContain(`Footnote text number ${number}, with “quotes” – and a dash.`);
        expect(flat).toContain("Joint submission by ECPAT International Pakistan Paediatric Association");
        expect(pages.length).toBeGreaterThan(5);
        pages.forEach((page, index) => {
          const lines = page.split("\n").filter((line) => line.trim() !== "");
          expect(lines[lines.length - 1].trim(), `the foot of page ${index + 1}`).toBe(String(index + 1));
        });
        execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfPath, join(ARTEFACTS, "seed-page-1")]);
        expect([...readFileSync(join(ARTEFACTS, "seed-page-1.png")).subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join("")).toBe("PNG");
      })();
    }, 120_000);

    it("shows the numbers the import gives to Word's automatic numbering", async () => {
      const docx = await wordFeaturesDocx();
      const shown = convert(docx, "features.docx", "txt:Text (encoded):UTF8").toString("utf8").replace(/^\uFEFF/, "");
      const shownLines = new Set(shown.split(/\r?\n/).map((line) => line.trim()));
      const numbered = importDocx(docx)
        .text.split("\n")
        .filter((line) => /^(\d+(\.\d+)*\.?|\([a-z]+\)|[a-z]{1,2}\.) /.test(line))
        .map((line) => line.replace(/\[\^\d+\]/g, (marker) => marker.slice(2, -1)));
      expect(numbered).toHaveLength(11);
      for (const line of numbered) expect(shownLines, line).toContain(line);
    }, 120_000);

    it("writes Word files that import as the originals do", async () => {
      const original = await wordFeaturesDocx();
      const rewritten = convert(original, "features.docx", "docx:MS Word 2007 XML");
      // Up to the note texts: LibreOffice 7.4 reads a footnote that follows a comment with the first
      // footnote's text (it prints it so too), so those are compared on the seed, which has no comment.
      const body = (text: string) => text.slice(text.indexOf("\n---\n"), text.indexOf("\n[^1]: "));
      expect(body(importDocx(rewritten).text)).toBe(body(importDocx(original).text));

      const draft = seedWithFootnoteTexts();
      const exported = convert(await exportText(draft), "seed.docx", "docx:MS Word 2007 XML");
      expect(essentials(importDocx(exported).text)).toEqual({ ...essentials(draft), metadata: expect.anything() });
    }, 120_000);

    it("writes lists of its own from HTML that import with their numbers", () => {
      const html =
        "<html><body><h1>I. Background</h1><ol><li>First paragraph.</li><li>Second paragraph.</li></ol><p>We recommend that the Government:</p>" +
        '<ol type="a"><li>Adopt a law.</li><li>Fund it.</li></ol><table border="1"><tr><td>Year</td><td>Cases</td></tr><tr><td>2023</td><td>1,204</td></tr></table></body></html>';
      const docx = convert(new TextEncoder().encode(html), "lists.html", "docx:MS Word 2007 XML", "HTML (StarWriter)");
      const { text, notices } = importDocx(docx);
      expect(text).toContain("# I. Background\n\n1. First paragraph.\n\n2. Second paragraph.\n\nWe recommend that the Government:\n\na. Adopt a law.\n\nb. Fund it.\n\n| Year | Cases |\n| --- | --- |\n| 2023 | 1,204 |\n");
      expect(notices.map((notice) => notice.message)).toEqual(["table of 2 rows and 2 columns kept as a Markdown table"]);
    }, 120_000);

    it("saves a real Word 97 file, which the import asks to save as .docx", async () => {
      const doc = convert(await exportText("---\nstate: Exampleland\n---\n\n1. First.\n"), "old.docx", "doc:MS Word 97");
      expect(() => importDocx(doc)).toThrow(WordFileError);
      expect(() => importDocx(doc)).toThrow("is a Word 97-2003 .doc file; open it in Word or LibreOffice and save it as .docx");
    }, 120_000);
  });
});
