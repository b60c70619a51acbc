import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importDocx } from "../../../server/src/core/word/docx-import.js";
import { WordFileError } from "../../../server/src/core/word/word-package.js";
import { exportText } from "./round-trip.js";

const DRAFT = "---\nstate: Exampleland\n---\n\n# I. One\n\n1. First.\n";
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound file (the container of .doc files and of encrypted .docx files) naming the given streams in its directory. */
function compoundFile(...streams: string[]): Uint8Array {
  const names = streams.flatMap((name) => [...name].flatMap((char) => [char.charCodeAt(0), 0]));
  return Uint8Array.from([...OLE_SIGNATURE, ...new Array(504).fill(0), ...names]);
}

function refusal(bytes: Uint8Array): string {
  try {
    importDocx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(WordFileError);
    return (error as Error).message;
  }
  throw new Error("the file was imported");
}

describe("a file that is no Word document to import", () => {
  it("is refused with one line each", async () => {
    const docx = await exportText(DRAFT);
    const parts = unzipSync(docx);
    const cases: [Uint8Array, string][] = [
      [docx.slice(0, docx.length / 2), "is damaged: its zip structure cannot be read (save it again from Word)"],
      [strToU8("1. Just some text.\n"), "is not a Word document (.docx)"],
      [strToU8("{\\rtf1\\ansi Hello}"), "is an RTF file; open it in Word or LibreOffice and save it as .docx"],
      [compoundFile("Root Entry", "WordDocument", "1Table"), "is a Word 97-2003 .doc file; open it in Word or LibreOffice and save it as .docx"],
      [compoundFile("Root Entry", "EncryptionInfo", "EncryptedPackage"), "is encrypted (password-protected); remove the password in Word, save it, and import it again"],
      [zipSync({ "[Content_Types].xml": parts["[Content_Types].xml"], "word/vbaProject.bin": new Uint8Array([1, 2, 3]) }), "holds only macros and no document text"],
      [zipSync({ "[Content_Types].xml": parts["[Content_Types].xml"], "xl/workbook.xml": strToU8("<workbook/>") }), "is not a Word document (it is a spreadsheet)"],
      [zipSync({ ...parts, "word/document.xml": strToU8("<w:document><w:body><w:p>") }), "is damaged: word/document.xml is not well-formed XML"],
    ];
    for (const [bytes, message] of cases) {
      const reason = refusal(bytes);
      expect(reason.startsWith(message), reason).toBe(true);
      expect(reason).not.toContain("\n");
    }
  });

  it("is never a crash: any cut or flipped byte of a real file either imports or is refused", async () => {
    const docx = await exportText(DRAFT);
    for (let at = 0; at < docx.length; at += 211) {
      const flipped = docx.slice();
      flipped[at] ^= 0xff;
      for (const bytes of [docx.slice(0, at), flipped]) {
        try {
          importDocx(bytes);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(WordFileError);
        }
      }
    }
  });
});
