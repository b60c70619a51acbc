import { describe, expect, it } from "vitest";
import { parseConfig, type UprConfig } from "../../../../server/src/core/config/config.js";
import { applyFixes } from "../../../../server/src/core/edits/fixes.js";
import { lintText } from "../../../../server/src/core/lint/lint.js";
import { allRules } from "../../../../server/src/core/rules/index.js";

const FRONT = "---\nstate: Exampleland\n---\n\n";

function themeProblems(body: string, config: UprConfig = {}) {
  const text = FRONT + body;
  return lintText(text, { configs: [config] }).problems.filter((problem) => /^UPR20\d$/.test(problem.ruleId)).map((problem) => ({ ...problem, text }));
}

describe("theme settings", () => {
  it("themes added in the settings are known; with replace, only they are", () => {
    const body = "Recommendations\n\na. Act. [X1, F31]\n";
    expect(themeProblems(body).map((problem) => problem.message)).toEqual([
      "‘X1’ is not a UPR theme code; did you mean E1 (Economic, social & cultural rights - general measures of implementation), G1 (Members of minorities) or H1 (Human rights defenders)?",
    ]);
    expect(themeProblems(body, { themes: { add: [{ code: "X1", title: "Our own theme" }] } })).toEqual([]);
    expect(themeProblems(body, { themes: { replace: true, add: [{ code: "X1", title: "Our own theme" }] } }).map((problem) => problem.message)).toEqual([
      "‘F31’ is not a UPR theme code.",
    ]);
  });

  it("an added theme with a built-in code gives that code its title", () => {
    const body = "1. Towards theme F31 Children: our own wording.\n";
    expect(themeProblems(body, { themes: { add: [{ code: "F31", title: "Children: our own wording" }] } })).toEqual([]);
  });

  it.each([
    ["themes that are not an object", { themes: ["F31"] }, '"themes": write {"replace": false'],
    ["a bad code", { themes: { add: [{ code: "F311", title: "X" }] } }, '"add" item 1: "code" must be a capital letter and one or two digits'],
    ["a theme with no title", { themes: { add: [{ code: "X1" }] } }, '"add" item 1: "title" must be text'],
    ["replace that is not true or false", { themes: { replace: "yes" } }, '"replace" must be true or false'],
    ["an unknown key", { themes: { remove: ["F31"] } }, 'unknown key "remove"'],
  ])("reports %s", (_, value, message) => {
    const { problems } = parseConfig(JSON.stringify(value), allRules);
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining(message)]);
  });
});

describe("theme fixes give exactly the expected text", () => {
  it.each([
    ["UPR201: the nearest code", "Recommendations\n\na. Act. [F35]\n", 0, "Recommendations\n\na. Act. [F34]\n"],
    ["UPR201: a mistyped digit", "Recommendations\n\na. Act. [F53, F31]\n", 0, "Recommendations\n\na. Act. [F33, F31]\n"],
    [
      "UPR201: the code whose title follows comes first",
      "1. Towards theme F35 Children: protection against exploitation.\n",
      0,
      "1. Towards theme F33 Children: protection against exploitation.\n",
    ],
    [
      "UPR202: the official title, across a line break",
      "1. Towards theme F31 Children: protection against\nexploitation, mostly.\n",
      0,
      "1. Towards theme F31 Children: definition; general principles; protection, mostly.\n",
    ],
    ["UPR202: or the code of the title written", "1. Towards theme F31 Children: protection against exploitation.\n", 1, "1. Towards theme F33 Children: protection against exploitation.\n"],
  ])("%s", (_, body, which, after) => {
    const [problem] = themeProblems(body);
    expect(applyFixes(problem.text, [problem.fixes![which]]).text).toBe(FRONT + after);
  });

  it("UPR201 names the suggestions in its message and its fix titles", () => {
    const [problem] = themeProblems("Recommendations\n\na. Act. [F35]\n");
    expect(problem.message).toBe(
      "‘F35’ is not a UPR theme code; did you mean F34 (Children: Juvenile justice), F33 (Children: protection against exploitation) or F32 (Children: family environment and alternative care)?",
    );
    expect(problem.fixes!.map((fix) => fix.title)).toEqual([
      "Replace with F34 (Children: Juvenile justice)",
      "Replace with F33 (Children: protection against exploitation)",
      "Replace with F32 (Children: family environment and alternative care)",
    ]);
  });
});
