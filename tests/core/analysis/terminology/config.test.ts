import { describe, expect, it } from "vitest";
import { effectiveRules, parseConfig, type UprConfig } from "../../../../server/src/core/config/config.js";
import { lintText } from "../../../../server/src/core/lint/lint.js";
import { allRules } from "../../../../server/src/core/rules/index.js";

const FRONT = "---\nstate: Exampleland\n---\n\n";

function flagged(body: string, config: Record<string, unknown>): string[] {
  const text = FRONT + body;
  return lintText(text, { configs: [config] })
    .problems.filter((problem) => /^UPR10\d$/.test(problem.ruleId))
    .map((problem) => `${problem.ruleId} ${text.slice(problem.start, problem.end)}`);
}

describe("terminology settings in .upr-draft.json", () => {
  it("accepts terms, packs and exceptions as documented", () => {
    const text = JSON.stringify({
      terms: [{ term: "street children", variants: ["street kids"], alternatives: ["children in street situations"], reason: "Labels children.", severity: "warning" }],
      termPacks: { "un-general": true },
      termExceptions: ["Prevention of Child Pornography Act"],
    });
    const { config, problems } = parseConfig(text, allRules);
    expect(problems).toEqual([]);
    expect(config.terms).toHaveLength(1);
    expect(config.termPacks).toEqual({ "un-general": true });
  });

  it.each([
    ["terms that are not a list", { terms: "child porn" }, '"terms" must be a list', undefined],
    ["a term that is not an object", { terms: ["child porn"] }, '"terms" item 1: write {"term"', []],
    ["a term with no words", { terms: [{ term: "..." }] }, '"terms" item 1: "term" must contain a word', []],
    ["a term written as a pattern", { terms: [{ term: "(a+)+$" }] }, "plain text, not a pattern", []],
    ["a variant written as a pattern", { terms: [{ term: "porn", variants: ["p.rn"] }] }, '"variants": must be words', []],
    ["a bad severity", { terms: [{ term: "porn", severity: "error" }] }, '"severity" must be "warning", "information" or "off"', []],
    ["an unknown key", { terms: [{ term: "porn", replacement: "x" }] }, 'unknown key "replacement"', []],
    ["an unknown pack", { termPacks: { "un-genral": true } }, 'unknown pack "un-genral"', {}],
    ["a pack that is not true or false", { termPacks: { luxembourg: "no" } }, '"luxembourg" must be true or false', {}],
    ["an exception that is not text", { termExceptions: [12] }, '"termExceptions" item 1: must be text', []],
  ])("reports %s at its key and drops it", (_, value, message, kept) => {
    const text = JSON.stringify(value, null, 2);
    const { config, problems } = parseConfig(text, allRules);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain(message);
    const key = Object.keys(value)[0];
    expect(text.slice(problems[0].start, problems[0].end)).toBe(`"${key}"`);
    expect(config[key]).toEqual(kept);
  });

  it("shared settings reach every rule's options, and a later config's value wins", () => {
    const project = { termPacks: { "un-general": true }, terms: [{ term: "a" }] };
    const editor = { terms: [{ term: "b" }] };
    const upr101 = effectiveRules(allRules, project, editor).find(({ rule }) => rule.id === "UPR101")!;
    expect(upr101.options).toMatchObject({ termPacks: { "un-general": true }, terms: [{ term: "b" }] });
  });

  it("a project term replaces the built-in term of the same spelling", () => {
    const config: UprConfig = { terms: [{ term: "child pornography", alternatives: ["CSAM"], severity: "information" }] };
    const text = `${FRONT}1. Child pornography.\n`;
    const [problem] = lintText(text, { configs: [config] }).problems.filter((candidate) => /^UPR10\d$/.test(candidate.ruleId));
    expect(problem.ruleId).toBe("UPR102");
    expect(problem.fixes!.map((fix) => fix.edits[0].newText)).toEqual(["CSAM"]);
  });

  it("severity off silences a built-in term; a pack can be turned off", () => {
    expect(flagged("1. Sexting and child porn.\n", { terms: [{ term: "sexting", severity: "off" }] })).toEqual(["UPR101 child porn"]);
    expect(flagged("1. Sexting and child porn.\n", { termPacks: { luxembourg: false } })).toEqual([]);
  });

  it("a term is matched literally, never as a pattern", () => {
    expect(flagged("1. Dots: a.b and ab and a b.\n", { terms: [{ term: "a.b" }] })).toEqual([]);
    expect(flagged("1. Dots: a.b and ab and a b.\n", { terms: [{ term: "a b" }] })).toEqual(["UPR101 a b"]);
  });

  it("a word is never taken for a term's word that only shares its hash", () => {
    // "abancxy" and "abipada" share their first letters, their length and their 30-bit FNV-1a hash, by which the phrase trie finds a word.
    const terms = [{ term: "abancxy" }, { term: "child abancxy" }, { term: "abancxy plan" }];
    expect(flagged("1. Abipada and child abipada, abipada plan; abipada’s plan.\n", { terms })).toEqual([]);
    expect(flagged("1. Abancxy, child abancxy; abancxy’s plan.\n", { terms })).toEqual(["UPR101 Abancxy", "UPR101 child abancxy", "UPR101 abancxy"]);
  });

  it("two term words that share a hash stay two words", () => {
    const both = { terms: [{ term: "abancxy" }, { term: "abipada" }], termPacks: { luxembourg: false } };
    expect(flagged("1. Abancxy and abipada.\n", both)).toEqual(["UPR101 Abancxy", "UPR101 abipada"]);
    const phraseAndWord = { terms: [{ term: "abancxy plan" }, { term: "abipada" }], termPacks: { luxembourg: false } };
    expect(flagged("1. The abancxy here, the abancxy plan and abipada.\n", phraseAndWord)).toEqual(["UPR101 abancxy plan", "UPR101 abipada"]);
    expect(flagged("1. Abipada, not abancxy.\n", { terms: [{ term: "abipada" }], termExceptions: ["abancxy"], termPacks: { luxembourg: false } })).toEqual(["UPR101 Abipada"]);
  });

  it("a long phrase over a long run of its own first words stays fast", () => {
    const term = `${"a ".repeat(30)}b`;
    const body = `1. ${"a ".repeat(20_000)}c.\n`;
    const start = performance.now();
    expect(flagged(body, { terms: [{ term }], termPacks: { luxembourg: false } })).toEqual([]);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("rule options may carry the settings too, for one rule only", () => {
    expect(flagged("1. Street kids.\n", { rules: { UPR101: { terms: [{ term: "street kids" }] } } })).toEqual(["UPR101 Street kids"]);
  });
});
