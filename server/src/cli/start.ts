import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { COMMANDS } from "./commands.js";

/** The SHA-256 of dist/cli-main.js, set by the build; npm gives every file of a package the same time, so size and time alone can name two builds alike. */
declare const CLI_MAIN_SHA256: string;

/**
 * The CLI's entry: runs the CLI bundle beside this file with V8's code cache. Compiling the
 * bundle's functions is a good part of a cold start, and Node 20 keeps no cache of its own; the
 * first run of a command writes the functions it compiled to a cache file in the temporary folder,
 * and later runs of that command with the same bundle and Node read them back instead of
 * compiling again. Without a usable cache (none yet, a folder that is not the user's own, a cache
 * V8 rejects) the bundle is just compiled as usual.
 */
// V8 first runs a regular expression in its interpreter and compiles it after some uses; a short
// run pays for both, and compiled at once a cold lint takes some milliseconds less. V8 also
// optimises a function once it has run for a while, on a second thread: with four times its
// default budget, a lint of a usual draft ends before optimising code it would not run long
// enough to repay (a fifth of a start's CPU time), and a long draft still gets it.
setFlagsFromString("--no-regexp-tier-up --interrupt-budget=270336");

const bundle = join(__dirname, "cli-main.js");
const source = readFileSync(bundle, "utf8");
const { size, mtimeMs } = statSync(bundle);
// V8 checks a cache against the source's length only: the name must tell builds apart.
const build = `${process.version}-${process.arch}-${CLI_MAIN_SHA256.slice(0, 16)}-${size}-${Math.round(mtimeMs)}`;
const cacheFolder = join(tmpdir(), `upr-draft-code-cache${typeof process.getuid === "function" ? `-${process.getuid()}` : ""}`);
// Each command compiles functions of its own: a cache written by `--help` would leave `lint` to compile everything.
const command = COMMANDS.find((name) => name === process.argv[2]) ?? "other";
const cacheFile = join(cacheFolder, `${build}-${command}.bin`);

const cachedData = readCache();
const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) process.once("exit", writeCache);

const cliModule = new Module(bundle, require.main);
cliModule.filename = bundle;
const moduleRequire = Module.createRequire(bundle);
(script.runInThisContext() as (...args: unknown[]) => void).call(cliModule.exports, cliModule.exports, moduleRequire, cliModule, bundle, dirname(bundle));

/** A cache is run as code: it is read only from a folder of the user's own that no one else can write to. */
function readCache(): Buffer | undefined {
  try {
    const folder = lstatSync(cacheFolder);
    const own = typeof process.getuid !== "function" || folder.uid === process.getuid();
    if (!folder.isDirectory() || !own || (folder.mode & 0o022) !== 0) return undefined;
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/**
 * At exit, once the run has compiled what it used: written whole under a temporary name, then
 * renamed, so that no run reads half a cache. Caches of other builds go once a day old, so that
 * rebuilding or reinstalling does not fill the temporary folder, and two installs used in turn do
 * not throw each other's away at every run.
 */
function writeCache(): void {
  try {
    // Not recursive: the temporary folder is there or there is no cache, and Node's recursive
    // mkdir never returns under some file systems (/proc).
    if (!existsSync(cacheFolder)) mkdirSync(cacheFolder, { mode: 0o700 });
    const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
    for (const name of readdirSync(cacheFolder)) {
      const path = join(cacheFolder, name);
      if (!name.startsWith(`${build}-`) && statSync(path).mtimeMs < dayAgo) rmSync(path, { force: true });
    }
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // Only a later start is slower for it.
  }
}
