import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as esbuild from "esbuild";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: "warning",
  target: "es2022",
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ["module", "main"],
};

const browserMainFields = ["browser", "module", "main"];

/**
 * The CLI loads the Word round trip (docx, saxes, fflate: half its code) from a file of its own,
 * dist/word.js, when export or import first needs it: `lint` starts without compiling it. The
 * core's `import("./word/index.js")` becomes a `require` of that file, made when it is awaited.
 */
const wordApart = {
  name: "word-apart",
  setup(build) {
    build.onResolve({ filter: /^\.\/word\/index\.js$/ }, (args) =>
      args.kind === "dynamic-import" && args.importer.endsWith("core/index.ts") ? { path: "word", namespace: "word-apart" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "word-apart" }, () => ({ contents: 'module.exports = require("./word.js");', loader: "js" }));
    build.onResolve({ filter: /^\.\/word\.js$/ }, (args) => (args.namespace === "word-apart" ? { path: "./word.js", external: true } : undefined));
  },
};

/**
 * Packages the CLI needs now and then, loaded when first used, so that `lint draft.upr` starts
 * without running their modules: each import of one gets a stand-in whose exports are getters
 * that require the package (bundled as usual, its modules run on that first require). tinyglobby
 * (with fdir and picomatch) matches globs, and a path that names a file never asks for it;
 * node:tty (which loads node:net) is asked only whether a character device is a terminal; yaml
 * reads front matter, which text pasted from Word or PDF has none of.
 */
const onFirstUse = (packages) => ({
  name: "on-first-use",
  setup(build) {
    const filter = new RegExp(`^(${packages.join("|")})$`);
    build.onResolve({ filter }, (args) => (args.namespace === "on-first-use" ? undefined : { path: args.path, namespace: "on-first-use" }));
    build.onLoad({ filter: /.*/, namespace: "on-first-use" }, async (args) => {
      const names = Object.keys(await import(args.path)).filter((name) => name !== "default");
      const getters = names.map((name) => `${JSON.stringify(name)}: { enumerable: true, get: () => load()[${JSON.stringify(name)}] }`);
      const contents = `let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(args.path)}));\nObject.defineProperties(exports, { ${getters.join(", ")} });\n`;
      return { contents, loader: "js", resolveDir: process.cwd() };
    });
  },
});

/** fdir (under tinyglobby) makes a `require` from import.meta.url, which a CommonJS bundle has not: it is the bundle's own file URL. */
const importMetaUrl = {
  define: { "import.meta.url": "importMetaUrl" },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};

// The CLI's bundles are minified in every build: a start reads and loads half the bytes.
const cliMain = { entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli-main.js", platform: "node", format: "cjs", minify: true, plugins: [wordApart, onFirstUse(["tinyglobby", "node:tty", "yaml"])], ...importMetaUrl };
const mainContext = await esbuild.context({ ...common, ...cliMain });
await mainContext.rebuild();
const cliMainSha256 = createHash("sha256").update(readFileSync(cliMain.outfile)).digest("hex");

const targets = [
  // dist/cli.js starts dist/cli-main.js, the CLI itself, with V8's code cache, named by the bundle's hash.
  { entryPoints: ["server/src/cli/start.ts"], outfile: "dist/cli.js", platform: "node", format: "cjs", minify: true, define: { CLI_MAIN_SHA256: JSON.stringify(cliMainSha256) } },
  { entryPoints: ["server/src/core/word/index.ts"], outfile: "dist/word.js", platform: "node", format: "cjs", minify: true },
  { entryPoints: ["client/src/extension.ts"], outfile: "dist/client.js", platform: "node", format: "cjs", external: ["vscode"] },
  { entryPoints: ["client/src/browser.ts"], outfile: "dist/client-browser.js", platform: "browser", format: "cjs", external: ["vscode"], mainFields: browserMainFields },
  { entryPoints: ["server/src/server/node.ts"], outfile: "dist/server.js", platform: "node", format: "cjs" },
  // The web-worker server: the LSP packages map their node entry to a browser one through "browser" in package.json.
  { entryPoints: ["server/src/server/browser.ts"], outfile: "dist/server-browser.js", platform: "browser", format: "iife", mainFields: browserMainFields },
  { entryPoints: ["server/bench/run.ts"], outfile: "dist/bench.js", platform: "node", format: "cjs" },
];

const contexts = [mainContext, ...(await Promise.all(targets.map((target) => esbuild.context({ ...common, ...target }))))];
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.slice(1).map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
