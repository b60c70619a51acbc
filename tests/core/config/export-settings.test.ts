import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../server/src/core/config/config.js";
import { allRules } from "../../../server/src/core/rules/index.js";

function read(exportValue: unknown) {
  const text = JSON.stringify({ export: exportValue });
  const { config, problems } = parseConfig(text, allRules);
  return { settings: config.export, messages: problems.map((problem) => problem.message), text, problems };
}

describe('"export" in .upr-draft.json', () => {
  it("takes a font, a size in points and a page size", () => {
    expect(read({ font: "Arial", size: 10.5, pageSize: "Letter" })).toMatchObject({ settings: { font: "Arial", size: 10.5, pageSize: "Letter" }, messages: [] });
  });

  it("drops what it cannot use, says so at the setting, and keeps the rest", () => {
    const { settings, messages, text, problems } = read({ font: "", size: 11.3, pageSize: "A5", margins: 2 });
    expect(settings).toEqual({});
    expect(messages).toEqual([
      '"export.margins" is not a setting; the default is used.',
      '"export.font" must be the name of a font; the default is used.',
      '"export.size" must be a size in points from 6 to 36, in steps of a half point; the default is used.',
      '"export.pageSize" must be "A4" or "Letter"; the default is used.',
    ]);
    expect(text.slice(problems[3].start, problems[3].end)).toBe('"pageSize"');
  });

  it("ignores a value that is no object", () => {
    expect(read("A4")).toMatchObject({ settings: undefined, messages: ['"export" must be an object with "font", "size" and "pageSize"; it is ignored.'] });
  });
});
