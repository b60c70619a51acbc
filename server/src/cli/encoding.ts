/** The encodings a draft is read and written in: what Word, Notepad and older Windows editors save. */
export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;
export type EncodingName = (typeof ENCODINGS)[number];

export interface TextEncoding {
  name: EncodingName;
  /** Whether the file began with a byte order mark, which a write puts back. */
  bom: boolean;
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Set when the encoding was a guess the user should know about. */
  note?: string;
}

/** Why bytes cannot be read as text, or a text cannot be written in its encoding; one line. */
export class EncodingError extends Error {}

const ALIASES: Record<string, EncodingName> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-16le": "utf-16le",
  "utf-16": "utf-16le",
  "utf-16be": "utf-16be",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  latin1: "windows-1252",
  "iso-8859-1": "windows-1252",
};

/** The encoding a `--encoding` value names, or undefined. Latin-1 is read as Windows-1252, its superset, as browsers do. */
export function encodingNamed(label: string): EncodingName | undefined {
  return ALIASES[label.toLowerCase()];
}

const BOMS: Record<EncodingName, readonly number[]> = {
  "utf-8": [0xef, 0xbb, 0xbf],
  "utf-16le": [0xff, 0xfe],
  "utf-16be": [0xfe, 0xff],
  "windows-1252": [],
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length > 0 && bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Reads bytes as text. A byte order mark names UTF-8 or UTF-16; without one, text that is valid
 * UTF-8 is UTF-8, and anything else is Windows-1252 with a note, never U+FFFD. `forced` (from
 * `--encoding`) overrides the guess. A NUL anywhere means a binary file.
 */
export function decodeText(bytes: Uint8Array, forced?: EncodingName): DecodedText {
  const marked = (["utf-8", "utf-16le", "utf-16be"] as const).find((name) => startsWith(bytes, BOMS[name]));
  const name = forced ?? marked;
  const bom = name !== undefined && startsWith(bytes, BOMS[name]);
  const body = bom ? bytes.subarray(BOMS[name!].length) : bytes;
  if (name === "utf-16le" || name === "utf-16be") {
    const text = strictDecode(body, name);
    if (text.includes("\0")) throw new EncodingError("is not a text file");
    return { text, encoding: { name, bom } };
  }
  if (body.includes(0)) throw new EncodingError("is not a text file");
  if (name === "windows-1252") return { text: windows1252.decode(body), encoding: { name, bom } };
  if (name === "utf-8") return { text: strictDecode(body, name), encoding: { name, bom } };
  try {
    return { text: strictDecode(body, "utf-8"), encoding: { name: "utf-8", bom: false } };
  } catch {
    return {
      text: windows1252.decode(body),
      encoding: { name: "windows-1252", bom: false },
      note: "is not valid UTF-8; read as Windows-1252 (Latin-1), and written back so (--encoding names another)",
    };
  }
}

function strictDecode(bytes: Uint8Array, name: EncodingName): string {
  try {
    return new TextDecoder(name, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new EncodingError(`is not valid ${displayName(name)}`);
  }
}

/** A text as the bytes of its encoding, with its BOM; refuses a character the encoding cannot hold rather than write "?" or U+FFFD. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  const bom = encoding.bom ? Buffer.from(BOMS[encoding.name]) : Buffer.alloc(0);
  switch (encoding.name) {
    case "utf-8":
      return Buffer.concat([bom, Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([bom, Buffer.from(text, "utf16le")]);
    case "utf-16be":
      return Buffer.concat([bom, Buffer.from(text, "utf16le").swap16()]);
    case "windows-1252":
      return windows1252.encode(text);
  }
}

function displayName(name: EncodingName): string {
  return name === "windows-1252" ? "Windows-1252" : name.toUpperCase().replace("LE", " LE").replace("BE", " BE");
}

/**
 * Windows-1252 both ways. Bytes 0x80–0x9F hold the letters and punctuation below (from the WHATWG
 * Encoding Standard's index-windows-1252; the five unassigned bytes keep their C1 code points);
 * every other byte is the code point of the same number. Node's own decoder reads 0x80–0x9F as
 * Latin-1's control characters, which would lose “ ” – — € and the like.
 */
const HIGH = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

const windows1252 = (() => {
  const codeOf = Uint16Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte < 0xa0 ? HIGH.charCodeAt(byte - 0x80) : byte));
  const byteOf = new Map<number, number>(Array.from(codeOf, (code, byte) => [code, byte]));
  return {
    decode(bytes: Uint8Array): string {
      const parts: string[] = [];
      const chunk = new Uint16Array(8192);
      for (let start = 0; start < bytes.length; start += chunk.length) {
        const end = Math.min(bytes.length, start + chunk.length);
        for (let i = start; i < end; i++) chunk[i - start] = codeOf[bytes[i]];
        parts.push(String.fromCharCode(...chunk.subarray(0, end - start)));
      }
      return parts.join("");
    },
    encode(text: string): Uint8Array {
      const out = Buffer.alloc(text.length);
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const byte = code < 0x80 ? code : byteOf.get(code);
        if (byte === undefined) {
          const character = String.fromCodePoint(text.codePointAt(i)!);
          throw new EncodingError(`cannot hold “${character}” (U+${text.codePointAt(i)!.toString(16).toUpperCase().padStart(4, "0")}) in Windows-1252; save the draft as UTF-8 first`);
        }
        out[i] = byte;
      }
      return out;
    },
  };
})();
