import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../../../../server/src/core/lint/lint.js";
import { parse } from "../../../../server/src/core/document/parser/index.js";
import { catalogueFor, readMentions } from "../../../../server/src/core/analysis/themes/mentions.js";

const seeds = join(__dirname, "../../../../seeds");
const extracted = readFileSync(join(seeds, "ecpat-pakistan-upr3-extracted.txt"), "utf8");
const canonical = readFileSync(join(seeds, "ecpat-pakistan-upr3.upr"), "utf8");

function themeProblems(text: string, configs = [{}]) {
  const { document, problems } = lintText(text, { configs });
  return problems.filter((problem) => /^UPR20\d$/.test(problem.ruleId)).map((problem) => `${document.index.lineAt(problem.start).index + 1} ${problem.ruleId}`);
}

describe("the seed submission's themes", () => {
  it.each([
    ["as extracted, with a blank line inside the F31 title", extracted],
    ["in canonical form", canonical],
  ])("%s: “F31 Children: definition; general principles; protection and F33 Children: protection against exploitation” is clean", (_, text) => {
    const document = parse(text);
    const read = readMentions(document, catalogueFor({}));
    expect(read.map(({ mention, theme, title }) => [mention.code, theme?.code, title?.kind])).toEqual([
      ["F31", "F31", "own"],
      ["F33", "F33", "own"],
    ]);
    expect(themeProblems(text)).toEqual([]);
  });

  it("with UPR203 on: none of its three recommendation lists carries a theme tag", () => {
    expect(themeProblems(extracted, [{ rules: { UPR203: true } }])).toEqual(["269 UPR203", "541 UPR203", "630 UPR203"]);
  });
});
