import { describe, expect, it } from "vitest";
import { allRules } from "../../server/src/core/rules/index.js";
import { parseConfig } from "../../server/src/core/config/config.js";
import { MAX_CONFIG_DEPTH } from "../../server/src/core/config/json-text.js";

const read = (text: string) => parseConfig(text, allRules);

describe("configuration files written to break the reader", () => {
  it.each([
    ["arrays", (n: number) => "[".repeat(n) + "]".repeat(n)],
    ["objects", (n: number) => '{"a":'.repeat(n) + "1" + "}".repeat(n)],
    ["an unclosed nest", (n: number) => '{"rules":'.repeat(n)],
  ])("%s nested 10,000 deep are a problem of the file, not a crash, and the defaults apply", (_, nest) => {
    const text = nest(10_000);
    const { config, problems } = read(text);
    expect(config).toEqual({});
    const opening = [...text.matchAll(/[[{]/g)][MAX_CONFIG_DEPTH].index;
    expect(problems).toEqual([{ start: opening, end: opening + 1, message: `The configuration nests deeper than ${MAX_CONFIG_DEPTH} levels, which no setting needs; the defaults are used.` }]);
  });

  it("nesting up to the bound is read, and brackets in strings and comments do not count", () => {
    const deep = '{ "export": ' + '{"a":'.repeat(MAX_CONFIG_DEPTH - 2) + "1" + "}".repeat(MAX_CONFIG_DEPTH - 2) + ", \"rules\": { \"UPR001\": \"off\" } }";
    expect(read(deep).problems.some((problem) => /nests deeper/.test(problem.message))).toBe(false);
    const brackets = '// [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n/* {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ */\n{ "rules": { "UPR001": "off" }, "wordLimit": 100, "$schema": "' + "[".repeat(100) + '\\"{{" }';
    expect(read(brackets)).toEqual({ config: { rules: { UPR001: "off" }, wordLimit: 100, $schema: "[".repeat(100) + '"{{' }, problems: [] });
  });

  it("a BOM is accepted, and problems are placed in the text as it was", () => {
    const text = '\uFEFF{ "rules": { "UPR001": "off", "nope": "off" } }';
    const { config, problems } = read(text);
    expect(config.rules).toEqual({ UPR001: "off", nope: "off" });
    expect(problems.map((problem) => text.slice(problem.start, problem.end))).toEqual(['"nope"']);
  });

  it.each(["__proto__", "constructor", "prototype"])("a %s key is reported and ignored, at any depth", (key) => {
    const text = `{ "${key}": { "polluted": true }, "rules": { "${key}": { "severity": "off" }, "UPR001": "off" } }`;
    const { config, problems } = read(text);
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(config.rules)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(config)).toEqual(["rules"]);
    expect(Object.keys(config.rules!)).toEqual(["UPR001"]);
    const refused = problems.filter((problem) => problem.message.startsWith(`"${key}" is not a setting`));
    expect(refused.map((problem) => problem.start)).toEqual([text.indexOf(`"${key}"`), text.lastIndexOf(`"${key}"`)]);
  });

  it("a __proto__ key cannot switch rules off through the prototype", () => {
    const { config } = read('{ "rules": { "__proto__": { "UPR001": "off" } } }');
    expect((config.rules as Record<string, unknown>).UPR001).toBeUndefined();
  });
});
