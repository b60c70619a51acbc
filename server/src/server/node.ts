import { Console } from "node:console";
import { setFlagsFromString } from "node:v8";
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from "vscode-languageserver/node";
import { nodePlatform } from "./node-platform.js";
import { messageJson } from "./raw-json.js";
import { startServer } from "./server.js";

// Each keystroke in a long draft leaves megabytes behind (the text joined anew, the diagnostics
// sent), and by default V8 lets the heap grow to several times what is live before it collects:
// a 2.5 MB draft took the server to 270 MB, a 10 MB one to 810 MB. Growing the heap by 40% at a
// time keeps it nearer what is live (160 and 380 MB). It costs collections: keystrokes in the
// 2.5 MB draft measured no slower, but in a 10 MB one (the size limit) about a fifth slower, and
// at 20% growth half again slower for 50 MB less. Set before the heap first grows.
setFlagsFromString("--heap-growing-percent=40");

const stdio = process.argv.includes("--stdio");
startServer(stdio ? stdioConnection() : createConnection(ProposedFeatures.all), { ...nodePlatform(), sendsRawJson: stdio });

/**
 * The connection over stdin and stdout, as `--stdio` makes it, with an encoder that writes the
 * diagnostics' JSON text as it is (messageJson) instead of serialising thousands of objects at
 * each keystroke. The transport (--node-ipc, --socket=…) otherwise comes from the command line.
 */
function stdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout, {
    contentTypeEncoder: { name: "application/json", encode: (message, options) => Promise.resolve(Buffer.from(messageJson(message), options.charset)) },
  });
  // The library takes a stream or a writer at either end (it wraps a stream itself, and ends the
  // process when stdin closes); only its overloads pair them. What it does for `--stdio` alone is
  // keep the console off stdout, which is the protocol's: here the console writes to stderr.
  globalThis.console = new Console(process.stderr, process.stderr);
  return createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
}
