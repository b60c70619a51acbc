import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const root = join(__dirname, "../..");
const grammarPath = "syntaxes/upr.tmLanguage.json";
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));

it("passes the vscode-tmgrammar-test fixtures in tests/grammar", () => {
  const bin = join(root, "node_modules/.bin/vscode-tmgrammar-test");
  let output = "";
  let status = 0;
  try {
    // The glob is expanded by the tool itself (no shell here).
    output = execFileSync(bin, ["-g", grammarPath, "tests/grammar/*.test"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 60_000,
    });
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string };
    status = failure.status ?? -1;
    output = `${failure.stdout ?? ""}\n${failure.stderr ?? ""}`;
  }
  expect(status, output).toBe(0);
  // One line per fixture file, so a fixture that silently stopped being picked up is noticed.
  for (const name of ["headings", "paragraphs", "quotes", "themes-footnotes", "comments-frontmatter"]) {
    expect(output).toContain(`${name}.upr.test run successfuly`);
  }
}, 60_000);

it("has a grammar whose includes all resolve", () => {
  const grammar = readJson(grammarPath) as { scopeName: string; repository: Record<string, unknown> };
  expect(grammar.scopeName).toBe("text.upr");
  const includes = JSON.stringify(grammar).match(/"include":"#[^"]+"/g) ?? [];
  expect(includes.length).toBeGreaterThan(0);
  for (const include of includes) {
    const name = include.slice('"include":"#'.length, -1);
    expect(grammar.repository, include).toHaveProperty([name]);
  }
});

it("has a language configuration that parses and keeps UPR tokens whole", () => {
  const config = readJson("syntaxes/language-configuration.json") as {
    comments: { blockComment: [string, string] };
    autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
    surroundingPairs: [string, string][];
    wordPattern: { pattern: string; flags: string };
  };
  expect(config.comments.blockComment).toEqual(["<!--", "-->"]);
  const pairs = config.autoClosingPairs.map((pair) => pair.open + pair.close);
  for (const pair of ["“”", "‘’", '""', "''", "[]", "()"]) expect(pairs).toContain(pair);
  const straightSingle = config.autoClosingPairs.find((pair) => pair.open === "'");
  expect(straightSingle?.notIn).toContain("string");
  const surrounding = config.surroundingPairs.map(([open, close]) => open + close);
  for (const pair of ["“”", "‘’", '""', "''"]) expect(surrounding).toContain(pair);

  const words = (text: string) => text.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags)) ?? [];
  expect(words("see F31 and UPR001 here")).toEqual(["see", "F31", "and", "UPR001", "here"]);
  expect(words("Exploitation[^12] in")).toEqual(["Exploitation", "[^12]", "in"]);
  expect(words("the children’s and children's rights")).toEqual(["the", "children’s", "and", "children's", "rights"]);
  expect(words("States’ response")).toEqual(["States", "response"]);
  expect(words("paragraph-numbering 115.57")).toEqual(["paragraph-numbering", "115.57"]);
});

it("has snippets that parse and each carry a prefix, a body and a description", () => {
  const snippets = readJson("client/snippets/upr.json") as Record<string, { prefix: unknown; body: unknown; description: unknown }>;
  const entries = Object.entries(snippets);
  expect(entries.length).toBeGreaterThan(0);
  const prefixes: string[] = [];
  for (const [name, snippet] of entries) {
    const prefix = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
    expect(prefix.length, name).toBeGreaterThan(0);
    for (const p of prefix) {
      expect(typeof p === "string" && p.length > 0, `${name}: prefix`).toBe(true);
      prefixes.push(p as string);
    }
    const body = Array.isArray(snippet.body) ? snippet.body : [snippet.body];
    expect(body.length, name).toBeGreaterThan(0);
    for (const line of body) expect(typeof line, `${name}: body`).toBe("string");
    expect(typeof snippet.description === "string" && snippet.description.length > 0, `${name}: description`).toBe(true);
  }
  expect(new Set(prefixes).size, "prefixes are unique").toBe(prefixes.length);

  const bodies = entries.map(([, snippet]) => [snippet.body].flat().join("\n")).join("\n");
  for (const directive of [
    "upr-draft-disable ",
    "upr-draft-enable ",
    "upr-draft-disable-line ",
    "upr-draft-disable-next-line ",
    "upr-draft-disable-file ",
    "upr-draft-enable-file ",
  ]) {
    expect(bodies).toContain(`<!-- ${directive}`);
  }
  expect(bodies).toContain("(hereinafter ‘");
  expect(bodies).toMatch(/\[\^\$\{1:1\}\]: /);
});
