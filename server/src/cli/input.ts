import { lintSizeProblem, MAX_LINT_BYTES, maxLintBytes, type UprConfig } from "../core/index.js";
import { FileRefusal, readRegularFileSync } from "../files/regular-file.js";
import { decodeText, EncodingError, type DecodedText, type EncodingName } from "./encoding.js";

export class InputError extends Error {}

export interface InputIo {
  /** Standard input, read until its end or until more than `maxBytes` have come. */
  readStdin(maxBytes: number): Buffer;
  stderr(text: string): void;
}

export interface ReadOptions {
  /** From --encoding; otherwise the encoding is read from the bytes. */
  encoding?: EncodingName;
  /** The size limit; a bigger file is refused before it is read. */
  maxBytes?: number;
}

/** How a command reads its drafts: the --encoding given, and the size limit of the draft's config. */
export function readOptions(args: { encoding?: EncodingName }, config: UprConfig): ReadOptions {
  return { encoding: args.encoding, maxBytes: maxLintBytes(config.maxFileSizeMB) };
}

/**
 * Reads a draft as text, in the encoding it was saved in (which a write keeps), refusing what is
 * not text with a one-line reason. A guessed encoding is noted on standard error.
 */
export function readDraft(path: string, io: InputIo, options: ReadOptions = {}): DecodedText {
  const bytes = readBytes(path, io, options.maxBytes);
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes, options.encoding);
  } catch (error) {
    if (error instanceof EncodingError) throw new InputError(`${displayName(path)} ${error.message}`);
    throw error;
  }
  if (decoded.note) io.stderr(`upr-draft: ${displayName(path)} ${decoded.note}\n`);
  return decoded;
}

/** Reads a file's bytes (standard input for "-"): only a regular file, and only up to the limit, with a one-line reason when it cannot be read. */
export function readBytes(path: string, io: Pick<InputIo, "readStdin">, maxBytes = MAX_LINT_BYTES): Buffer {
  if (path === "-") {
    const bytes = io.readStdin(maxBytes);
    const problem = lintSizeProblem(bytes.length, maxBytes, true);
    if (problem) throw new InputError(`cannot read standard input: ${problem}`);
    return bytes;
  }
  try {
    return readRegularFileSync(path, (size) => lintSizeProblem(size, maxBytes));
  } catch (error) {
    if (error instanceof FileRefusal) throw new InputError(`cannot read ${path}: ${error.message}`);
    throw error;
  }
}

function displayName(path: string): string {
  return path === "-" ? "standard input" : path;
}
