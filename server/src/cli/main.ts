import { readFileSync } from "node:fs";
import { run } from "./run.js";

const code = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0),
});
void Promise.resolve(code).then((exitCode) => {
  process.exitCode = exitCode;
});
