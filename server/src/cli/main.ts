import { colourWanted } from "./colour.js";
import { run } from "./run.js";
import { isTerminal, leaveWhenWritten, readStdin, writeStandard } from "./std-streams.js";

const code = run(process.argv.slice(2), {
  stdout: (text) => writeStandard(1, text),
  stderr: (text) => writeStandard(2, text),
  readStdin,
  // Asked only where NO_COLOR or FORCE_COLOR leaves it open.
  colour: {
    stdout: colourWanted({ get isTTY() { return isTerminal(1); } }, process.env),
    stderr: colourWanted({ get isTTY() { return isTerminal(2); } }, process.env),
  },
});
void Promise.resolve(code).then(leaveWhenWritten);
