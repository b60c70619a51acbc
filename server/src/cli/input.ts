import { readFileSync, statSync } from "node:fs";

export class InputError extends Error {}

/** Reads a draft as text, refusing what is not one with a one-line reason. */
export function readDraft(path: string, readStdin: () => Buffer): string {
  const bytes = readBytes(path, readStdin);
  const name = path === "-" ? "standard input" : path;
  if (looksBinary(bytes)) throw new InputError(`${name} is not a text file`);
  return new TextDecoder("utf-8").decode(bytes);
}

/** Reads a file's bytes (standard input for "-"), with a one-line reason when it cannot be read. */
export function readBytes(path: string, readStdin: () => Buffer): Buffer {
  return path === "-" ? readStdin() : readFile(path);
}

function readFile(path: string): Buffer {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${reason(error)}`);
  }
  if (!isFile) throw new InputError(`cannot read ${path}: it is a directory`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${reason(error)}`);
  }
}

/** NUL bytes do not occur in text; UTF-16 files without a BOM and binaries have plenty. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return (error as Error).message.split("\n")[0];
}
