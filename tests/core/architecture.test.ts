import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "../..");
const core = join(root, "server/src/core");

/** Core folders from the bottom up: a folder may import its own and the ones before it. */
const LAYERS = ["text", "document", "analysis", "rules", "config", "lint", "edits", "word", "features"];
/** Folders outside the core that use it: they import it only through its entry point. */
const ADAPTERS = ["server/src/server", "server/src/cli", "server/bench", "server/scripts"];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.[cm]?ts$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g;

function importsIn(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2]);
}

function importsOf(file: string): string[] {
  return importsIn(readFileSync(file, "utf8"));
}

/** Where a relative import points, as a path from the repository root; undefined for packages. */
function target(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  return relative(root, resolve(dirname(file), specifier));
}

function layerOf(path: string): string | undefined {
  const inCore = relative(core, join(root, path));
  return inCore.split("/")[0];
}

describe("the core's shape", () => {
  it("has no loose source file but its entry point", () => {
    const loose = readdirSync(core).filter((name) => !statSync(join(core, name)).isDirectory());
    expect(loose).toEqual(["index.ts"]);
  });

  it("has only the layered folders and its data", () => {
    const folders = readdirSync(core).filter((name) => statSync(join(core, name)).isDirectory());
    expect(folders.sort()).toEqual([...LAYERS, "data"].sort());
  });

  it("never imports vscode, the language server or Node's modules", () => {
    const offenders = sourceFiles(core).flatMap((file) =>
      importsOf(file)
        .filter((specifier) => /^(vscode|vscode-languageserver|vscode-languageclient)(\/|$)|^node:|^(fs|path|os|child_process)$/.test(specifier))
        .map((specifier) => `${relative(root, file)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("imports only folders at or below its own layer", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(core)) {
      const from = layerOf(relative(root, file));
      if (from === undefined || from === "index.ts") continue;
      for (const specifier of importsOf(file)) {
        const to = target(file, specifier);
        if (to === undefined) continue;
        const toLayer = layerOf(to);
        if (toLayer === "data" || toLayer === undefined) continue;
        if (LAYERS.indexOf(toLayer) > LAYERS.indexOf(from)) offenders.push(`${relative(root, file)} (${from}) imports ${to} (${toLayer})`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe("the adapters", () => {
  it("reach the core only through server/src/core/index.ts", () => {
    const offenders: string[] = [];
    for (const folder of ADAPTERS) {
      for (const file of sourceFiles(join(root, folder))) {
        for (const specifier of importsOf(file)) {
          const to = target(file, specifier);
          if (to === undefined || !to.startsWith("server/src/core/")) continue;
          if (to !== "server/src/core/index.js" && to !== "server/src/core/index") offenders.push(`${relative(root, file)} imports ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("are read whole by this test: multi-line, type-only, re-exported and dynamic imports", () => {
    const text = 'import {\n  a,\n  b,\n} from "../core/rules/index.js";\nimport type { C } from "../core/index.js";\nexport { d } from "./d.js";\nconst e = await import("../core/lint/lint.js");\n';
    expect(importsIn(text)).toEqual(["../core/rules/index.js", "../core/index.js", "./d.js", "../core/lint/lint.js"]);
    expect(target(join(root, "server/src/cli/main.ts"), "../core/rules/index.js")).toBe("server/src/core/rules/index.js");
  });
});

describe("ARCHITECTURE.md", () => {
  const text = readFileSync(join(root, "ARCHITECTURE.md"), "utf8");
  const named = [...text.matchAll(/`((?:client|server|tests|syntaxes|seeds)\/[\w./-]*)`/g)].map((match) => match[1]);

  it("names the folders of the code map", () => {
    expect(named.length).toBeGreaterThan(15);
    for (const layer of LAYERS) expect(named).toContain(`server/src/core/${layer}/`);
  });

  it("names only paths that exist", () => {
    const missing = named.filter((path) => {
      try {
        statSync(join(root, path));
        return false;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});
