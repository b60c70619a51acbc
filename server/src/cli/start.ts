import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/**
 * The CLI's entry: runs the CLI bundle beside this file with V8's code cache. Compiling the
 * bundle's functions is a good part of a cold start, and Node 20 keeps no cache of its own; the
 * first run writes the functions it compiled to a cache file in the temporary folder, and later
 * runs of the same bundle on the same Node read them back instead of compiling again. Without a
 * usable cache (none yet, a read-only temporary folder, a cache V8 rejects) the bundle is just
 * compiled as usual.
 */
const bundle = join(__dirname, "cli-main.js");
const source = readFileSync(bundle, "utf8");
const { size, mtimeMs } = statSync(bundle);
const cacheFile = join(tmpdir(), "upr-draft-code-cache", `${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.bin`);

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) process.once("exit", writeCache);

const cliModule = new Module(bundle, require.main);
cliModule.filename = bundle;
const moduleRequire = Module.createRequire(bundle);
(script.runInThisContext() as (...args: unknown[]) => void).call(cliModule.exports, cliModule.exports, moduleRequire, cliModule, bundle, dirname(bundle));

/** At exit, once the run has compiled what it used: written whole under a temporary name, then renamed, so that no run reads half a cache. */
function writeCache(): void {
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // Only a later start is slower for it.
  }
}
