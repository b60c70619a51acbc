import { describe, expect, it } from "vitest";
import { decodeText, encodeText, encodingNamed, EncodingError } from "../../server/src/cli/encoding.js";

const draft = "1. Société civile « ONG » – “quoted” … €5.\r\n";

describe("reading bytes as text", () => {
  it.each([
    ["UTF-8", Buffer.from(draft, "utf8"), { name: "utf-8", bom: false }],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(draft, "utf8")]), { name: "utf-8", bom: true }],
    ["UTF-16 LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(draft, "utf16le")]), { name: "utf-16le", bom: true }],
    ["UTF-16 BE with a BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(draft, "utf16le").swap16()]), { name: "utf-16be", bom: true }],
  ])("%s is read, and written back byte for byte", (_, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(draft);
    expect(decoded.encoding).toEqual(encoding);
    expect(decoded.note).toBeUndefined();
    expect(Buffer.from(encodeText(decoded.text, decoded.encoding)).equals(bytes)).toBe(true);
  });

  it("text that is not UTF-8 is Windows-1252, with a note, and never U+FFFD", () => {
    const latin = Buffer.from([...Buffer.from("1. Soci"), 0xe9, 0x74, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x0a]);
    const decoded = decodeText(latin);
    expect(decoded.text).toBe("1. Société “q” €\n");
    expect(decoded.encoding).toEqual({ name: "windows-1252", bom: false });
    expect(decoded.note).toMatch(/^is not valid UTF-8; read as Windows-1252/);
    expect(Buffer.from(encodeText(decoded.text, decoded.encoding)).equals(latin)).toBe(true);
  });

  it("every byte but NUL survives a Windows-1252 round trip", () => {
    const bytes = Buffer.from(Array.from({ length: 255 }, (_, i) => i + 1));
    const decoded = decodeText(bytes, "windows-1252");
    expect(decoded.text).not.toContain("\uFFFD");
    expect(Buffer.from(encodeText(decoded.text, decoded.encoding)).equals(bytes)).toBe(true);
  });

  it("a U+FFFD that was in the file stays, and is the only one written", () => {
    const decoded = decodeText(Buffer.from("1. Broken � here.\n"));
    expect(decoded.encoding.name).toBe("utf-8");
    expect(decoded.text.match(/\uFFFD/g)).toHaveLength(1);
  });

  it("--encoding overrides the guess", () => {
    expect(decodeText(Buffer.from("Société"), "windows-1252").text).toBe("SociÃ©tÃ©");
    expect(decodeText(Buffer.from("a\0b\0", "latin1"), "utf-16le").text).toBe("ab");
    expect(() => decodeText(Buffer.from([0x53, 0xe9]), "utf-8")).toThrow(/^is not valid UTF-8$/);
    expect(encodingNamed("Latin1")).toBe("windows-1252");
    expect(encodingNamed("UTF8")).toBe("utf-8");
    expect(encodingNamed("ebcdic")).toBeUndefined();
  });

  it("a NUL anywhere, even after the first 8 KB, marks a binary file", () => {
    const late = Buffer.concat([Buffer.from("1. Text.\n".repeat(2000)), Buffer.from([0]), Buffer.from("more\n")]);
    expect(late.indexOf(0)).toBeGreaterThan(8192);
    expect(() => decodeText(late)).toThrow(new EncodingError("is not a text file"));
    expect(() => decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a\0b", "utf16le")]))).toThrow(/is not a text file/);
  });

  it("UTF-16 with a broken surrogate is refused rather than patched", () => {
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]))).toThrow(/^is not valid UTF-16 LE$/);
  });
});

describe("writing text in its encoding", () => {
  it("refuses a character Windows-1252 cannot hold instead of writing ? or U+FFFD", () => {
    expect(() => encodeText("1. x ≥ y", { name: "windows-1252", bom: false })).toThrow(/cannot hold “≥” \(U\+2265\) in Windows-1252/);
  });
});
