import { describe, expect, it } from "vitest";
import { parse } from "../../../../server/src/core/document/parser/index.js";
import { themeAt, themeCompletionContext, themeCompletions } from "../../../../server/src/core/analysis/themes/editor.js";

const text = "---\nstate: X\n---\n\n1. Towards UPR themes F31 Children: definition; general principles; protection.\n\nRecommendations\n\na. Ratify. [F33, X1]\n\nThemes: F31, Q9\n";
const document = parse(text);

describe("themeAt: a theme code's title and group, for hover", () => {
  it("a code in running text, in a tag and on a Themes: line", () => {
    expect(themeAt(document, text.indexOf("F31") + 1)).toMatchObject({ code: "F31", form: "text", theme: { title: "Children: definition; general principles; protection", group: "F – Specific persons or groups" } });
    expect(themeAt(document, text.indexOf("F33"))).toMatchObject({ code: "F33", form: "tag", theme: { title: "Children: protection against exploitation" } });
    expect(themeAt(document, text.lastIndexOf("F31") + 3)).toMatchObject({ code: "F31", form: "themes-line" });
    expect(themeAt(document, text.indexOf("F33"))!.theme!.source!.url).toMatch(/^https:\/\//);
  });

  it("an unknown code has no theme; a code the settings add has one", () => {
    expect(themeAt(document, text.indexOf("X1"))).toMatchObject({ code: "X1", theme: undefined });
    expect(themeAt(document, text.indexOf("X1"), { add: [{ code: "X1", title: "Our own theme", group: "X" }] })!.theme).toEqual({ code: "X1", title: "Our own theme", group: "X" });
  });

  it("nothing away from a code", () => {
    expect(themeAt(document, text.indexOf("Ratify"))).toBeUndefined();
  });
});

describe("themeCompletions", () => {
  it("codes with titles, filtered by the prefix in any case, in code order", () => {
    expect(themeCompletions("f3").map(({ code, title }) => `${code} ${title}`)).toEqual([
      "F31 Children: definition; general principles; protection",
      "F32 Children: family environment and alternative care",
      "F33 Children: protection against exploitation",
      "F34 Children: Juvenile justice",
    ]);
    expect(themeCompletions("A").slice(0, 3).map(({ code }) => code)).toEqual(["A3", "A5", "A12"]);
    expect(themeCompletions()).toHaveLength(56);
  });

  it("follows the settings: added codes, and a replaced list", () => {
    expect(themeCompletions("X", { add: [{ code: "X1", title: "Ours" }] })).toEqual([{ code: "X1", title: "Ours", group: undefined }]);
    expect(themeCompletions("", { replace: true, add: [{ code: "X1", title: "Ours" }] }).map(({ code }) => code)).toEqual(["X1"]);
  });
});

describe("themeCompletionContext: where codes are offered", () => {
  const at = (line: string) => themeCompletionContext(`1. Text.\n${line}`, `1. Text.\n${line}`.length);
  it.each([
    ["after [", "a. Ratify. [", ""],
    ["a code begun in a tag", "a. Ratify. [F3", "F3"],
    ["after a comma in a tag", "a. Ratify. [F31, F", "F"],
    ["on a Themes: line", "Themes: ", ""],
    ["after a code on a Themes: line", "UPR themes: F31, F3", "F3"],
  ])("%s", (_, line, prefix) => {
    const context = at(line);
    expect(context?.prefix).toBe(prefix);
    expect(context!.range.end - context!.range.start).toBe(prefix.length);
  });

  it.each([
    ["in running text", "a. Ratify the F3"],
    ["in a footnote reference", "a. Ratify.[^"],
    ["in a title on a Themes: line", "Themes: F31 Chil"],
  ])("not %s", (_, line) => {
    expect(at(line)).toBeUndefined();
  });
});
