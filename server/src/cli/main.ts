import { colourWanted } from "./colour.js";
import { run } from "./run.js";
import { guardOutput, leaveWhenWritten, readStdin } from "./std-streams.js";

guardOutput(process.stdout, "standard output");
guardOutput(process.stderr, "standard error");
const code = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  colour: { stdout: colourWanted(process.stdout, process.env), stderr: colourWanted(process.stderr, process.env) },
});
void Promise.resolve(code).then(leaveWhenWritten);
