import * as fs from "node:fs";
import { basename, dirname, join } from "node:path";
import { EncodingError, encodeText, type TextEncoding } from "./encoding.js";
import { InputError } from "./input.js";

/** The file operations a safe write uses; tests pass one that fails where a full disk would. */
export type WriteFs = Pick<typeof fs, "openSync" | "writeSync" | "fsyncSync" | "fchmodSync" | "closeSync" | "renameSync" | "rmSync" | "statSync" | "realpathSync" | "accessSync">;

/**
 * Replaces a file's content so that it is either wholly the old or wholly the new: the bytes go to
 * a new file beside it, are flushed to the disk, and only then is that file renamed over the
 * original, with the original's permissions. On any failure the original is untouched, the
 * temporary file is removed, and an InputError says in one line what failed.
 */
export function writeFileSafely(path: string, content: Uint8Array, files: WriteFs = fs): void {
  const target = existingTarget(path, files);
  const destination = target ?? path;
  const temporary = join(dirname(destination), `.${basename(destination)}.${randomSuffix()}.tmp`);
  let descriptor: number | undefined;
  try {
    // A rename would replace a file its owner made read-only: refuse as writing in place would.
    if (target) files.accessSync(target, fs.constants.W_OK);
    const mode = target ? files.statSync(target).mode & 0o7777 : undefined;
    descriptor = files.openSync(temporary, "wx", mode ?? 0o666);
    if (mode !== undefined) files.fchmodSync(descriptor, mode);
    for (let written = 0; written < content.length; ) written += files.writeSync(descriptor, content, written, content.length - written);
    files.fsyncSync(descriptor);
    files.closeSync(descriptor);
    descriptor = undefined;
    files.renameSync(temporary, destination);
  } catch (error) {
    if (descriptor !== undefined) closeQuietly(descriptor, files);
    files.rmSync(temporary, { force: true });
    throw new InputError(`cannot write ${path}: ${writeFailure(error)}; the file is unchanged`);
  }
}

/** Eight hex digits from Web Crypto, which loads when first used, unlike node:crypto, which every start would load. */
function randomSuffix(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(4))).toString("hex");
}

/** Writes a draft's text back in the encoding it was read in, with its byte order mark. */
export function writeDraft(path: string, text: string, encoding: TextEncoding, files: WriteFs = fs): void {
  let bytes: Uint8Array;
  try {
    bytes = encodeText(text, encoding);
  } catch (error) {
    if (error instanceof EncodingError) throw new InputError(`cannot write ${path}: ${error.message}; the file is unchanged`);
    throw error;
  }
  writeFileSafely(path, bytes, files);
}

/** The file a write replaces: the target of a symbolic link, so that the link stays one; undefined for a new file. */
function existingTarget(path: string, files: WriteFs): string | undefined {
  try {
    return files.realpathSync(path);
  } catch {
    return undefined;
  }
}

function closeQuietly(descriptor: number, files: WriteFs): void {
  try {
    files.closeSync(descriptor);
  } catch {
    // The write already failed; that failure is the one to report.
  }
}

export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOSPC") return "no space left on the disk";
  if (code === "EDQUOT") return "disk quota exceeded";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "the file system is read-only";
  if (code === "ENOENT") return "no such folder";
  return (error as Error).message?.split("\n")[0] ?? String(error);
}
