import { readSync } from "node:fs";
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
 * A reader that went away (`| head`) ends the command quietly, as it ends `cat`; any other failure
 * to write the output, such as a full disk, is one line on standard error and exit code 2.
 */
export function guardOutput(stream: NodeJS.WriteStream, name: string): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    try {
      process.stderr.write(`upr-draft: cannot write ${name}: ${writeFailure(error)}\n`);
    } finally {
      process.exit(2);
    }
  });
}

/**
 * Ends the process with `exitCode` once its output is written. A process left to run out of work
 * first waits for V8's compilations in the background and tears its heap down, a good part of a
 * short run; exiting skips both. Output still queued for a pipe is left to the usual ending,
 * which writes it out first.
 */
export function leaveWhenWritten(exitCode: number): void {
  process.exitCode = exitCode;
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(exitCode);
}
