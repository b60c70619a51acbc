import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { UprConfig } from "../../../server/src/core/config.js";
import { actualProblems, expectedProblems, fixableLeftAfterFixAll, fixtureFiles } from "../../support/fixtures.js";

const directory = join(__dirname, "../../fixtures/terminology");
const terminology = (entry: string) => /^UPR10\d/.test(entry);

/** A fixture's settings, from the `.json` file of the same name when there is one. */
function configsFor(name: string): UprConfig[] {
  const path = join(directory, name.replace(/\.(upr|txt)$/, ".json"));
  return existsSync(path) ? [JSON.parse(readFileSync(path, "utf8")) as UprConfig] : [];
}

describe("terminology fixtures: problems match the inline {UPR10x} markers", () => {
  for (const { name, text } of fixtureFiles(directory)) {
    const configs = configsFor(name);
    it(name, () => {
      expect(actualProblems(text, { configs }).filter(terminology)).toEqual(expectedProblems(text).filter(terminology));
    });
    it(`${name}: fix-all leaves no term to fix`, () => {
      expect(fixableLeftAfterFixAll(text, { configs }).filter((id) => terminology(`${id}:`))).toEqual([]);
    });
  }
});
