import { describe, expect, it } from "vitest";
import { FRONT_MATTER, survives } from "./survive.js";

describe("deep nesting and long runs", () => {
  it.each([
    ["10,000 nested curly double quotes", "1. " + "“".repeat(10_000) + "child pornography" + "”".repeat(10_000)],
    ["10,000 nested curly single quotes", "1. " + "‘".repeat(10_000) + "child pornography" + "’".repeat(10_000)],
    ["10,000 unclosed straight quotes", "1. " + "\"a ".repeat(10_000)],
    ["10,000 nested brackets", "1. " + "(".repeat(10_000) + "CRC" + ")".repeat(10_000)],
    ["10,000 nested square brackets", FRONT_MATTER + "1. " + "[".repeat(10_000) + "^1" + "]".repeat(10_000)],
    ["10,000 nested blockquote markers", FRONT_MATTER + "1. " + "> ".repeat(10_000) + "child pornography"],
    ["10,000 bullets under one item", FRONT_MATTER + "Recommendations:\n\na. Ratify.\n" + "- a bullet\n".repeat(10_000)],
    ["10,000 nested bullets", FRONT_MATTER + "a. Ratify.\n" + Array.from({ length: 10_000 }, (_, i) => " ".repeat(i % 200) + "- bullet").join("\n")],
    ["10,000 lettered items", FRONT_MATTER + "Recommendations:\n\n" + Array.from({ length: 10_000 }, (_, i) => `${String.fromCharCode(97 + (i % 26))}. Ratify the Optional Protocol.`).join("\n\n")],
    ["10,000 section headings", FRONT_MATTER + Array.from({ length: 10_000 }, (_, i) => `# (${"C".repeat(i % 50)}I) Section\n\n1. Text.`).join("\n\n")],
    ["10,000 comment openers", FRONT_MATTER + "<!-- ".repeat(10_000)],
    ["an unclosed comment over 100,000 lines", FRONT_MATTER + "<!--\n" + "1. text\n".repeat(100_000)],
    ["20,000 disable comments", FRONT_MATTER + Array.from({ length: 20_000 }, (_, i) => `<!-- upr-draft-disable-line UPR00${(i % 8) + 1} -->\n${i + 1}. x`).join("\n")],
  ])("%s", (_, text) => {
    survives(text);
  });

  it.each([
    ["a cross-reference with 100,000 more numbers", "1. see paragraphs 1" + ", 1".repeat(100_000) + ".5"],
    ["a theme tag that never closes", "1. [" + "A1, ".repeat(100_000)],
    ["20,000 abbreviation definitions", "1. " + "Convention on the Rights of the Child (CRC) ".repeat(20_000)],
    ["40,000 hereinafter definitions", "1. " + "Child (hereinafter ‘C’) ".repeat(40_000)],
    ["an opening parenthesis and capitals, 60,000 times", "1. " + "(ABCDEFGHIJKLMNO".repeat(60_000)],
    ["100,000 glued footnote digits", "Exploitation1 " + "word12, ".repeat(100_000)],
    ["100,000 footnote digits after full stops", "Text. " + "1 Word. ".repeat(100_000)],
    ["100,000 numbered lines and page numbers", Array.from({ length: 100_000 }, (_, i) => String(i)).join("\n")],
    ["front matter of 500 lines", "---\n" + "key: value\n".repeat(498) + "---\n\n1. x"],
    ["front matter nested 5,000 deep", "---\nstate: " + "[".repeat(5_000) + "\n---\n\n1. x"],
    ["front matter with aliases that multiply", "---\na: &a [1, 2]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d]\n---\n\n1. x"],
  ])("%s", (_, text) => {
    survives(text);
  });

  it("front matter whose keys are collections gives a diagnostic, not a warning on stderr", () => {
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on("warning", listener);
    try {
      survives("---\n[a]: 1\n? [b]\n: 2\n---\n\n1. x");
    } finally {
      process.off("warning", listener);
    }
    expect(warnings).toEqual([]);
  });
});
