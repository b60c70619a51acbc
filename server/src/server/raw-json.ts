/**
 * A value already written as JSON text, all in ASCII. The stdio transport's encoder writes the
 * text into the message as it is (`encodeMessage`); any other serialiser meets `toJSON` and gets
 * the value back, so the message means the same on every transport.
 */
export class RawJson {
  constructor(readonly json: string) {}

  toJSON(): unknown {
    return JSON.parse(this.json);
  }
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
 * A JSON-RPC message as JSON text, with the RawJson values among its params written as they
 * are. Everything else is JSON.stringify's, key for key.
 */
export function messageJson(message: object): string {
  const params = (message as { params?: unknown }).params;
  if (typeof params !== "object" || params === null || Array.isArray(params) || !Object.values(params).some((value) => value instanceof RawJson)) {
    return JSON.stringify(message);
  }
  return objectJson(message, (key, value) => (key === "params" ? objectJson(params, valueJson) : JSON.stringify(value)));
}

function valueJson(_key: string, value: unknown): string | undefined {
  return value instanceof RawJson ? value.json : JSON.stringify(value);
}

/** An object's JSON with each value's text from `write`; undefined leaves the key out, as JSON.stringify does. */
function objectJson(object: object, write: (key: string, value: unknown) => string | undefined): string {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    const json = write(key, value);
    if (json !== undefined) fields.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${fields.join(",")}}`;
}
