/**
 * A value already written as JSON text in ASCII, as parts of bytes in order. The stdio transport
 * writes the parts into the message as they are (`messageParts`), without joining them; any other
 * serialiser meets `toJSON` and gets the value back, so the message means the same on every
 * transport.
 */
export class RawJson {
  constructor(readonly parts: readonly Uint8Array[]) {}

  static of(json: string): RawJson {
    return new RawJson([asciiBytes(json)]);
  }

  /** The JSON text the parts hold. */
  get json(): string {
    return this.parts.map((part) => ascii.decode(part)).join("");
  }

  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

const ascii = new TextDecoder();

const utf8 = new TextEncoder();

/** An ASCII string's bytes, one a character (its UTF-8). */
export function asciiBytes(ascii: string): Uint8Array {
  return utf8.encode(ascii);
}

/**
 * JSON.stringify's text with every character above ASCII escaped, made of one-byte characters:
 * V8 then keeps it, and the message it goes into, at one byte a character, and encoding the
 * message to UTF-8 is a copy. (A part of a string V8 keeps at two bytes a character stays so,
 * even when all it holds is ASCII.)
 */
export function asciiJson(value: unknown): string {
  const json = JSON.stringify(value);
  const codes: number[] = [];
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x7f) codes.push(code);
    else for (const digit of `\\u${code.toString(16).padStart(4, "0")}`) codes.push(digit.charCodeAt(0));
  }
  return String.fromCharCode(...codes);
}

/**
 * A JSON-RPC message as the pieces of its JSON text in order: text (to be encoded as UTF-8) and
 * the bytes of the RawJson values among its params, as they are. Everything else is
 * JSON.stringify's, key for key; a message without RawJson params is one piece.
 */
export function messageParts(message: object): (string | Uint8Array)[] {
  const params = (message as { params?: unknown }).params;
  if (typeof params !== "object" || params === null || Array.isArray(params) || !Object.values(params).some((value) => value instanceof RawJson)) {
    return [JSON.stringify(message)];
  }
  const pieces = new Pieces();
  objectParts(pieces, message, (key, value) => {
    if (key === "params") objectParts(pieces, params, (_key, param) => (param instanceof RawJson ? pieces.bytes(param.parts) : pieces.text(JSON.stringify(param))));
    else pieces.text(JSON.stringify(value));
  });
  return pieces.done();
}

/** The message's JSON text, as messageParts writes it. */
export function messageJson(message: object): string {
  return messageParts(message)
    .map((part) => (typeof part === "string" ? part : ascii.decode(part)))
    .join("");
}

/** Text and bytes in order, adjacent texts joined. */
class Pieces {
  private readonly parts: (string | Uint8Array)[] = [];
  private pending = "";

  text(text: string | undefined): void {
    if (text !== undefined) this.pending += text;
  }

  bytes(parts: readonly Uint8Array[]): void {
    if (this.pending !== "") this.parts.push(this.pending);
    this.pending = "";
    for (const part of parts) this.parts.push(part);
  }

  done(): (string | Uint8Array)[] {
    if (this.pending !== "") this.parts.push(this.pending);
    this.pending = "";
    return this.parts;
  }
}

/**
 * An object's JSON with each value written by `write`, which writes nothing for a value to leave
 * out (undefined, as JSON.stringify leaves it out).
 */
function objectParts(pieces: Pieces, object: object, write: (key: string, value: unknown) => void): void {
  pieces.text("{");
  let first = true;
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    pieces.text(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    write(key, value);
  }
  pieces.text("}");
}
