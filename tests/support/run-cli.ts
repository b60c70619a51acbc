import { run } from "../../server/src/cli/run.js";

/** Runs the command line in this process with captured output (as text, and as the bytes written) and the given standard input. */
export async function runCli(args: string[], stdin: string | Buffer = "") {
  const out: Buffer[] = [];
  let stderr = "";
  const code = await run(args, {
    stdout: (text) => out.push(Buffer.from(text)),
    stderr: (text) => (stderr += text),
    readStdin: () => Buffer.from(stdin),
  });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString("utf8"), stdoutBytes, stderr };
}
