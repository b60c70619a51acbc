import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageVsix } from "./package-vsix.mjs";

// What may ship: the manifest, production bundles, grammar, snippets, language configuration, the
// config-file schema, icon, screenshots, README, changelog and licence. Anything else is a packaging mistake.
const allowed = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/readme\.md$/i,
  /^extension\/changelog\.md$/i,
  /^extension\/LICENSE\.txt$/,
  /^extension\/dist\/(client|server|client-browser|server-browser)\.js$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/client\/snippets\/[\w.-]+\.json$/,
  /^extension\/client\/schemas\/[\w.-]+\.json$/,
  /^extension\/client\/media\/icon\.png$/,
  /^extension\/client\/media\/screenshots\/[\w-]+\.png$/,
];

/** The anchor GitHub, the Marketplace and VS Code give a heading. */
const slug = (heading: string) =>
  heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").trim().replace(/\s/g, "-");

describe("the packaged .vsix", () => {
  let dir: string;
  let vsix: string;
  let entries: string[];
  const read = (entry: string) => execFileSync("unzip", ["-p", vsix, entry], { encoding: "utf8" });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "upr-vsix-"));
    vsix = packageVsix(join(dir, "upr-draft.vsix"));
    entries = execFileSync("unzip", ["-Z1", vsix], { encoding: "utf8" }).split("\n").filter(Boolean);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds the bundles, manifest, grammar, snippets, README, changelog and licence", () => {
    for (const entry of [
      "extension/package.json",
      "extension/readme.md",
      "extension/changelog.md",
      "extension/LICENSE.txt",
      "extension/dist/client.js",
      "extension/dist/server.js",
      "extension/dist/client-browser.js",
      "extension/dist/server-browser.js",
      "extension/syntaxes/upr.tmLanguage.json",
      "extension/client/snippets/upr.json",
      "extension/client/media/icon.png",
    ]) {
      expect(entries).toContain(entry);
    }
  });

  it("holds nothing else: no sources, tests, seeds, source maps or node_modules", () => {
    expect(entries.filter((entry) => !allowed.some((pattern) => pattern.test(entry)))).toEqual([]);
  });

  it("stays small", () => {
    expect(statSync(vsix).size).toBeLessThan(1024 * 1024);
  });

  it("ships production bundles, minified and without source maps", () => {
    for (const bundle of ["client", "server", "client-browser", "server-browser"]) {
      const code = read(`extension/dist/${bundle}.js`);
      expect(code, bundle).not.toContain("sourceMappingURL");
      // An unminified esbuild bundle marks each module with a `// path/to/source.ts` comment.
      expect(code, `${bundle} is minified`).not.toMatch(/^\s*\/\/ (client|server)\/src\//m);
    }
  });

  it("has every file its manifest points at", () => {
    const manifest = JSON.parse(read("extension/package.json"));
    const contributes = manifest.contributes ?? {};
    const paths: string[] = [
      manifest.main,
      manifest.browser,
      manifest.icon,
      ...(contributes.grammars ?? []).map((grammar: { path: string }) => grammar.path),
      ...(contributes.snippets ?? []).map((snippets: { path: string }) => snippets.path),
      ...(contributes.languages ?? []).flatMap((language: { configuration?: string }) => language.configuration ?? []),
      ...(contributes.jsonValidation ?? []).map((validation: { url: string }) => validation.url),
    ];
    for (const path of paths) {
      const entry = `extension/${path.replace(/^\.\//, "")}`;
      expect(entries, `${path} named in package.json`).toContain(/\.\w+$/.test(entry) ? entry : `${entry}.js`);
    }
    expect(manifest.categories).toEqual(expect.arrayContaining(["Linters", "Snippets", "Programming Languages"]));
    expect(manifest.keywords).toEqual(expect.arrayContaining(["UPR", "Universal Periodic Review", "OHCHR"]));
  });

  describe("its README, the page users see", () => {
    let readme: string;
    beforeAll(() => {
      readme = read("extension/readme.md");
    });

    it("is the user README: what it does, screenshots, commands, settings, the config file and the rules", () => {
      for (const heading of ["## Features", "## Commands", "## Settings", "## The project file: `.upr-draft.json`", "## Rules", "### UPR001 paragraph-numbering"]) {
        expect(readme).toContain(heading);
      }
      const manifest = JSON.parse(read("extension/package.json"));
      for (const command of manifest.contributes.commands) expect(readme).toContain(`${command.category}: ${command.title}`);
      for (const setting of Object.keys(manifest.contributes.configuration.properties)) expect(readme).toContain(`\`${setting}\``);
    });

    it("has no developer material: no build, test or packaging commands", () => {
      expect(readme).not.toMatch(/\bnpm (ci|test|run|install)\b|\bnpx\b|vitest|tests\/|\.ci\/run|esbuild|code-server/);
    });

    it("shows pictures bundled in the .vsix, by paths relative to the extension's root", () => {
      const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)|<img[^>]+src=["']([^"']+)/g)].map((match) => match[1] ?? match[2]);
      expect(images.length).toBeGreaterThanOrEqual(4);
      for (const image of images) {
        expect(image, image).not.toMatch(/^[a-z][\w+.-]*:|^\//i);
        expect(entries, image).toContain(`extension/${image.replace(/^\.\//, "")}`);
      }
    });

    it("links only to its own headings and bundled files: no URL that leads nowhere", () => {
      const headings = new Set([...readme.matchAll(/^#+ (.+)$/gm)].map((match) => slug(match[1]!)));
      const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((match) => match[1]!);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        if (link.startsWith("#")) expect(headings, link).toContain(link.slice(1));
        else expect(entries, link).toContain(`extension/${link}`);
      }
      expect(readme).not.toMatch(/https?:\/\//);
    });

    it("comes with a manifest that names no repository, issue tracker or homepage, as none is published", () => {
      const manifest = JSON.parse(read("extension/package.json"));
      expect(manifest).not.toHaveProperty("repository");
      expect(manifest).not.toHaveProperty("bugs");
      expect(manifest).not.toHaveProperty("homepage");
      expect(read("extension.vsixmanifest")).not.toMatch(/github\.com/);
      // Nor does anything else point at one: a diagnostic's code links to the rule's page in the editor.
      for (const entry of entries.filter((name) => /^extension\/.*\.(js|json|md)$/.test(name))) {
        expect(read(entry), entry).not.toMatch(/github\.com\/upr-draft/);
      }
    });
  });
});
