import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { nodePlatform } from "./node-platform.js";
import { startServer } from "./server.js";

// The transport (--stdio, --node-ipc, --socket=…) comes from the command line the client starts us with.
startServer(createConnection(ProposedFeatures.all), nodePlatform());
