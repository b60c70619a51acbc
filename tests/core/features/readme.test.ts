import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { replaceRuleDocs } from "../../../server/src/core/features/rule-docs.js";
import { allRules } from "../../../server/src/core/rules/index.js";

// The rule reference is in the extension's README, which the .vsix and the Marketplace show.
it("README.vscode.md's rule list matches the rules' metadata (run `npm run docs` after changing a rule)", () => {
  const readme = readFileSync(join(__dirname, "../../../README.vscode.md"), "utf8");
  expect(replaceRuleDocs(readme, allRules)).toBe(readme);
});

it("every rule has an ID, a kebab-case name, a description, a rationale and tags", () => {
  const ids = new Set<string>();
  for (const rule of allRules) {
    expect(rule.id).toMatch(/^UPR\d{3}$/);
    expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.rationale.length).toBeGreaterThan(20);
    expect(rule.tags.length).toBeGreaterThan(0);
    expect(ids.has(rule.id)).toBe(false);
    ids.add(rule.id);
  }
});
