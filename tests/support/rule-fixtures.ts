import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { UprConfig } from "../../server/src/core/config/config.js";
import { actualProblems, expectedProblems, fixableLeftAfterFixAll, fixtureFiles } from "./fixtures.js";

/**
 * Runs the fixtures of one directory for the rules whose IDs match `rules`: the problems must be
 * the inline `{UPRnnn}` markers, and fix-all must leave none of those rules with a fix to offer.
 * A fixture's settings come from the `.json` file of the same name, when there is one.
 */
export function describeFixtures(title: string, directory: string, rules: RegExp): void {
  const ours = (entry: string) => rules.test(entry.split(":")[0]);
  describe(title, () => {
    for (const { name, text } of fixtureFiles(directory)) {
      const path = join(directory, name.replace(/\.(upr|txt)$/, ".json"));
      const configs = existsSync(path) ? [JSON.parse(readFileSync(path, "utf8")) as UprConfig] : [];
      it(name, () => {
        expect(actualProblems(text, { configs }).filter(ours)).toEqual(expectedProblems(text).filter(ours));
      });
      it(`${name}: fix-all leaves nothing of these rules to fix`, () => {
        expect(fixableLeftAfterFixAll(text, { configs }).filter(ours)).toEqual([]);
      });
    }
  });
}
