import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { open } from "node:fs/promises";

/** Why a path was not read, in words for one line: "no such file", "it is a FIFO", or what `tooBig` said. */
export class FileRefusal extends Error {
  constructor(
    message: string,
    /** The system's error code, when there was one: ENOENT for a file that is not there. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Says why a file of this many bytes is not read, or undefined when it may be. */
export type SizeCheck = (bytes: number) => string | undefined;

/**
 * Opening a FIFO for reading would wait for a writer, and a device may never end; opened without
 * blocking, a file shows its real kind before a byte is read, and only a regular file is read.
 */
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

export function readRegularFileSync(path: string, tooBig?: SizeCheck): Buffer {
  let descriptor: number;
  try {
    descriptor = openSync(path, READ_FLAGS);
  } catch (error) {
    throw refusal(error);
  }
  try {
    const size = checked(fstatSync(descriptor), tooBig);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const count = readSync(descriptor, bytes, read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    throw error instanceof FileRefusal ? error : refusal(error);
  } finally {
    closeSync(descriptor);
  }
}

export async function readRegularFile(path: string, tooBig?: SizeCheck): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    throw refusal(error);
  }
  try {
    checked(await handle.stat(), tooBig);
    return await handle.readFile();
  } catch (error) {
    throw error instanceof FileRefusal ? error : refusal(error);
  } finally {
    await handle.close();
  }
}

function checked(stats: Stats, tooBig: SizeCheck | undefined): number {
  const kind = otherKind(stats);
  if (kind) throw new FileRefusal(`it is ${kind}`);
  const problem = tooBig?.(stats.size);
  if (problem) throw new FileRefusal(problem);
  return stats.size;
}

function otherKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "an unknown kind of file";
}

function refusal(error: unknown): FileRefusal {
  return new FileRefusal(reason(error), (error as NodeJS.ErrnoException).code);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  if (code === "ENXIO") return "it is a socket";
  if (code === "ELOOP") return "too many symbolic links";
  return (error as Error).message?.split("\n")[0] ?? String(error);
}
