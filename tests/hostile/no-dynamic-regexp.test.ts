import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "../..");

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(?:ts|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const files = ["server/src", "client/src"].flatMap((directory) => sources(join(root, directory)));

/** Methods that are not String's and take no pattern, though they share its method names. */
const NOT_STRING_METHODS = ["workspaceSymbols.search(", "matcher.match("];

/**
 * Drafts, term lists and settings come from users and their workspaces. None of it may become a
 * regular expression: a pattern from outside could take the linter down (catastrophic
 * backtracking) or match what it should not. Terms go into a word trie instead.
 */
describe("no regular expression is built from data", () => {
  it("finds the sources to check", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("no source calls the RegExp constructor", () => {
    const calls = files.filter((file) => /\bRegExp\s*\(/.test(readFileSync(file, "utf8"))).map((file) => relative(root, file));
    expect(calls).toEqual([]);
  });

  it("String.match, search and matchAll (which turn a string into a pattern) get regular-expression literals or constants", () => {
    const suspicious: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const call of text.matchAll(/[\w.]*\.(?:match|matchAll|search)\(\s*([^\s),]+)/g)) {
        const argument = call[1];
        if (argument.startsWith("/") || /^[A-Z][A-Z0-9_]*$/.test(argument)) continue;
        if (NOT_STRING_METHODS.some((method) => call[0].startsWith(method))) continue;
        suspicious.push(`${relative(root, file)}: ${call[0]}`);
      }
    }
    expect(suspicious).toEqual([]);
  });
});
