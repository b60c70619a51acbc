import { run } from "../../server/src/cli/run.js";

/** Runs the command line in this process with captured output and the given standard input. */
export async function runCli(args: string[], stdin: string | Buffer = "") {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: () => Buffer.from(stdin),
  });
  return { code, stdout, stderr };
}
