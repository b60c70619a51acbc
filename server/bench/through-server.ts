import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";
import { processCpuMs, summarise, type Timing } from "./measure.js";

export interface ServerKeystrokeTiming {
  /** From sending an open to the publishDiagnostics of version 1. */
  openMs: number;
  /** From sending a one-character didChange to the publishDiagnostics of its version. */
  keystroke: Timing;
  /** The diagnostics of the last version. */
  diagnostics: number;
  /** The server process's peak resident set (VmHWM), in MB; undefined where /proc is missing. */
  peakRssMB?: number;
  /**
   * The server process's CPU time (user and system) per timed edit, in ms; undefined where /proc
   * is missing. Other work on a shared machine stretches the times above far more than this.
   */
  cpuMsPerEdit?: number;
}

const URI = "file:///bench/draft.upr";
/** What VS Code answers workspace/configuration with for the bench: lint at once after each keystroke. */
const SETTINGS = { rules: {}, lintDelay: 0, run: "onType" };
const WARMUP_KEYSTROKES = 5;
const TIMEOUT_MS = 120_000;

/**
 * What a drafter feels: the bundled server (`dist/server.js --stdio`) spawned as VS Code spawns
 * it, the draft opened, then `count` one-character insertions spread evenly over the draft, each
 * sent as an incremental didChange and timed until the server publishes that version's
 * diagnostics. The client parses every notification as VS Code does, so the size of the
 * diagnostics counts too.
 */
export async function keystrokesThroughServer(serverBundle: string, draft: string, count: number): Promise<ServerKeystrokeTiming> {
  const child = spawn(process.execPath, [serverBundle, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let published: ((version: number, diagnostics: number) => void) | undefined;
  connection.onNotification("textDocument/publishDiagnostics", (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
    if (params.uri === URI && params.version !== undefined) published?.(params.version, params.diagnostics.length);
  });
  connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => SETTINGS));
  connection.onRequest("client/registerCapability", () => null);
  connection.listen();
  try {
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } } },
    });
    await connection.sendNotification("initialized", {});

    let diagnostics = 0;
    const send = async (version: number, notify: () => Promise<void>): Promise<number> => {
      const started = performance.now();
      const done = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the server published no diagnostics for version ${version} in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
        published = (got, count) => {
          if (got !== version) return;
          diagnostics = count;
          clearTimeout(timer);
          resolve();
        };
      });
      await notify();
      await done;
      return performance.now() - started;
    };

    const openMs = await send(1, () => connection.sendNotification("textDocument/didOpen", { textDocument: { uri: URI, languageId: "upr", version: 1, text: draft } }));
    const lines = draft.split("\n");
    const samples: number[] = [];
    let version = 1;
    let cpuBefore: number | undefined;
    for (const { line, character } of spreadPlaces(lines, count + WARMUP_KEYSTROKES)) {
      if (samples.length === WARMUP_KEYSTROKES) cpuBefore = processCpuMs(child.pid);
      version++;
      const at = { line, character };
      lines[line] = lines[line].slice(0, character) + "a" + lines[line].slice(character);
      const change = { textDocument: { uri: URI, version }, contentChanges: [{ range: { start: at, end: at }, text: "a" }] };
      samples.push(await send(version, () => connection.sendNotification("textDocument/didChange", change)));
    }
    const peakRssMB = peakRss(child.pid);
    const cpuAfter = processCpuMs(child.pid);
    const cpuMsPerEdit = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / count;
    await connection.sendRequest("shutdown");
    await connection.sendNotification("exit");
    return { openMs, keystroke: summarise(samples.slice(WARMUP_KEYSTROKES)), diagnostics, peakRssMB, cpuMsPerEdit };
  } finally {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
}

/**
 * `count` places spread evenly over the draft's lines, each in the middle of a line with text,
 * visited in an order that jumps around the draft (as a drafter moving between sections does)
 * rather than from top to bottom.
 */
function spreadPlaces(lines: string[], count: number): { line: number; character: number }[] {
  const places: { line: number; character: number }[] = [];
  // Every stride-th slot, wrapping around, visits each slot once when stride and count share no factor.
  const stride = [7, 11, 13].find((prime) => count % prime !== 0) ?? 1;
  for (let i = 0; i < count; i++) {
    const slot = (i * stride) % count;
    let line = Math.floor(((slot + 0.5) * lines.length) / count);
    while (line < lines.length - 1 && lines[line].trim().length < 2) line++;
    places.push({ line, character: Math.floor(lines[line].length / 2) });
  }
  return places;
}

function peakRss(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kilobytes ? Number(kilobytes) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
