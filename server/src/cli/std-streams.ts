import { fstatSync, readSync, statSync, writeSync } from "node:fs";
import { isatty } from "node:tty";
import { writeFailure } from "./safe-write.js";

/** Standard input until its end, or until it has given more than `maxBytes` (the caller refuses it then). */
export function readStdin(maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= maxBytes) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    let count: number;
    try {
      count = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EOF") break;
      // A standard input left non-blocking by the shell has nothing yet: wait a little and read again.
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw error;
    }
    if (count === 0) break;
    chunks.push(chunk.subarray(0, count));
    total += count;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Where the streams are plain file descriptors (not Windows, whose console takes text only through
 * process.stdout), the CLI writes to them itself: building process.stdout and process.stderr costs
 * a start some milliseconds, more for a pipe, and the CLI writes all its output at once anyway.
 */
const DIRECT = process.platform !== "win32";

/**
 * Writes all of `data` to standard output (1) or standard error (2), waiting for a pipe with no
 * room. A reader that went away (`| head`) ends the command quietly, as it ends `cat`; any other
 * failure to write, such as a full disk, is one line on standard error and exit code 2.
 */
export function writeStandard(fd: 1 | 2, data: string | Uint8Array): void {
  if (!DIRECT) {
    streamOf(fd).write(data);
    return;
  }
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (error) {
      // A descriptor left non-blocking by another process has no room yet: wait a little and write again.
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      else failedWrite(fd, error as NodeJS.ErrnoException);
    }
  }
}

/**
 * Whether standard output (1) or standard error (2) is a terminal. Only a character device can be,
 * and /dev/null, where output is often sent, is not: node:tty is asked about the others only.
 */
export function isTerminal(fd: 1 | 2): boolean {
  if (!DIRECT) return streamOf(fd).isTTY === true;
  try {
    const device = fstatSync(fd);
    if (!device.isCharacterDevice()) return false;
    const devNull = statSync("/dev/null");
    return !(device.dev === devNull.dev && device.ino === devNull.ino) && isatty(fd);
  } catch {
    return false;
  }
}

/**
 * Ends the process with `exitCode` once its output is written. A process left to run out of work
 * first waits for V8's compilations in the background and tears its heap down, a good part of a
 * short run; exiting skips both. Output still queued for a pipe is left to the usual ending,
 * which writes it out first.
 */
export function leaveWhenWritten(exitCode: number): void {
  process.exitCode = exitCode;
  if (DIRECT || (process.stdout.writableLength === 0 && process.stderr.writableLength === 0)) process.exit(exitCode);
}

function streamOf(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (stream.listenerCount("error") === 0) stream.on("error", (error: NodeJS.ErrnoException) => failedWrite(fd, error));
  return stream;
}

function failedWrite(fd: 1 | 2, error: NodeJS.ErrnoException): never {
  if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  try {
    if (fd === 1) writeStandard(2, `upr-draft: cannot write standard output: ${writeFailure(error)}\n`);
  } finally {
    process.exit(2);
  }
}
