import { setFlagsFromString } from "node:v8";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { nodePlatform } from "./node-platform.js";
import { startServer } from "./server.js";

// Each keystroke in a long draft leaves megabytes behind (the text joined anew, the diagnostics
// sent), and by default V8 lets the heap grow to several times what is live before it collects:
// a 2.5 MB draft took the server to 270 MB, a 10 MB one to 810 MB. Growing the heap by 40% at a
// time keeps it nearer what is live (160 and 380 MB). It costs collections: keystrokes in the
// 2.5 MB draft measured no slower, but in a 10 MB one (the size limit) about a fifth slower, and
// at 20% growth half again slower for 50 MB less. Set before the heap first grows.
setFlagsFromString("--heap-growing-percent=40");

// The transport (--stdio, --node-ipc, --socket=…) comes from the command line the client starts us with.
startServer(createConnection(ProposedFeatures.all), nodePlatform());
