import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CONFIG_FILE_NAME } from "../../server/src/core/config/config.js";
import { CONFIG_SCHEMA_PATH, configSchema, renderConfigSchema } from "../../server/src/core/config/config-schema.js";
import { allRules } from "../../server/src/core/rules/index.js";
import { CONFIG_FILE } from "../../server/src/server/protocol.js";
import { repoRoot } from "./lsp-client.js";

const packageJson = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));

describe("the JSON schema of .upr-draft.json", () => {
  it("is the one made from the rule registry (run `npm run schema` after changing rules)", () => {
    expect(readFileSync(join(repoRoot, CONFIG_SCHEMA_PATH), "utf8")).toBe(renderConfigSchema(allRules));
  });

  it("is contributed for the project file, which the extension, the server and the core name alike", () => {
    expect(CONFIG_FILE).toBe(CONFIG_FILE_NAME);
    expect(packageJson.contributes.jsonValidation).toEqual([{ fileMatch: CONFIG_FILE_NAME, url: `./${CONFIG_SCHEMA_PATH}` }]);
  });

  describe("checks configs as the server does", () => {
    const validate = addFormats(new Ajv({ strict: false })).compile(configSchema(allRules));

    it.each([
      ["rules by ID, name and lower-case ID", { rules: { UPR001: "error", "recommendation-lettering": false, upr004: { severity: "hint" } } }],
      ["a word limit", { wordLimit: 5630 }],
      ["export settings", { export: { font: "Arial", size: 11.5, pageSize: "Letter" } }],
      ["project terms and packs", { terms: [{ term: "street children", alternatives: ["children in street situations"], severity: "information" }], termPacks: { "un-general": true } }],
      ["themes", { themes: { replace: false, add: [{ code: "X1", title: "Local theme" }] } }],
      ["known abbreviations", { abbreviations: { known: ["SAARC", { abbreviation: "NCCWD", expansion: "National Commission for Child Welfare and Development" }] } }],
      ["the terminology fixture", JSON.parse(readFileSync(join(repoRoot, "tests/fixtures/terminology/project-terms.json"), "utf8"))],
    ])("accepts %s", (_, config) => {
      expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    });

    it.each([
      ["an unknown key", { colour: "red" }],
      ["an unknown rule", { rules: { "no-such-rule": "error" } }],
      ["a wrong severity", { rules: { UPR001: "fatal" } }],
      ["a word limit of zero", { wordLimit: 0 }],
      ["an unknown page size", { export: { pageSize: "A5" } }],
      ["a font size out of range", { export: { size: 100 } }],
      ["an unknown export setting", { export: { margins: 2 } }],
      ["a theme code that is not one", { themes: { add: [{ code: "F", title: "Broken" }] } }],
    ])("refuses %s", (_, config) => {
      expect(validate(config)).toBe(false);
    });
  });
});
