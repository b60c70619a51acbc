import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixAll } from "../../../../server/src/core/edits/fix-all.js";
import { lintText } from "../../../../server/src/core/lint/lint.js";
import type { Rule } from "../../../../server/src/core/rules/types.js";
import { frontMatter } from "../../../../server/src/core/rules/upr009-front-matter.js";
import { submittingOrganisations } from "../../../../server/src/core/rules/upr302-submitting-organisations.js";
import { previousRecommendations } from "../../../../server/src/core/rules/upr303-previous-recommendations.js";

const canonicalSeed = readFileSync(join(__dirname, "../../../../seeds/ecpat-pakistan-upr3.upr"), "utf8");
const messages = (rule: Rule, text: string) => lintText(text, { rules: [rule] }).problems.map((problem) => problem.message);
const draft = (frontMatterLines: string, body: string) => `---\n${frontMatterLines}\n---\n\n${body}`;

describe("UPR009 front-matter", () => {
  it("passes well-formed metadata, with empty fields left to fill in", () => {
    expect(messages(frontMatter, draft("state: Exampleland\ncycle: 4\nsession:\nsubmission: joint\norganisations:\n  - A\nlanguage: en\nwordLimit: 5630", "1. A.\n"))).toEqual([]);
    expect(messages(frontMatter, canonicalSeed)).toEqual([]);
  });

  it.each([
    ["YAML that does not parse", "state: [Exampleland", /^The front matter is not valid YAML: /],
    ["a submission type that is neither", "submission: coalition", /^`submission` is `individual` or `joint`\.$/],
    ["a cycle that is not a number", "cycle: fourth", /^`cycle` is the UPR cycle as a number/],
    ["organisations that are not a list of names", "organisations: Example Coalition", /^`organisations` is a list/],
    ["an unknown key", "country: Exampleland", /^Unknown front matter key `country`/],
  ])("flags %s", (_, lines, message) => {
    const found = messages(frontMatter, draft(lines, "1. A.\n"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it("renames a misspelt key to the known one", () => {
    expect(fixAll(draft("word_limit: 2815", "1. A.\n"), { rules: [frontMatter] }).text).toBe(draft("wordLimit: 2815", "1. A.\n"));
  });
});

describe("UPR302 submitting-organisations", () => {
  const joint = "submission: joint\norganisations:\n  - Example Coalition\n  - Child Rights Forum";
  it("passes a joint submission that names and describes its members", () => {
    const body =
      "Joint submission by the Example Coalition and the Child Rights Forum.\n\n1. The Example Coalition is a network of 40 organisations. The Child Rights Forum works with children in 12 districts.\n";
    expect(messages(submittingOrganisations, draft(joint, body))).toEqual([]);
  });

  it("flags a member named only later, and one never described", () => {
    const body = "Submission by the Example Coalition.\n\n1. The Example Coalition is a network. The Child Rights Forum helped.\n";
    expect(messages(submittingOrganisations, draft(joint, body))).toEqual([
      "Child Rights Forum is a member of this joint submission but is not named before the first numbered paragraph.",
      "The text has no description of Child Rights Forum (a sentence such as “Child Rights Forum is …”).",
    ]);
  });

  it("on the canonical seed, which starts straight at section (I), finds neither member named at the start", () => {
    expect(messages(submittingOrganisations, canonicalSeed)).toEqual([
      "ECPAT International is a member of this joint submission but is not named before the first numbered paragraph.",
      "Pakistan Paediatric Association is a member of this joint submission but is not named before the first numbered paragraph.",
    ]);
  });

  it("has nothing to check without organisations in the front matter", () => {
    expect(messages(submittingOrganisations, draft("state: X", "1. A.\n"))).toEqual([]);
  });
});

describe("UPR303 previous-recommendations", () => {
  it.each([
    ["a reference to the previous review", "1. Since the previous review, little has changed.\n"],
    ["a recommendation number with its State", "1. Recommendation 115.57 (France) was supported but not implemented.\n"],
    ["an assessment of implementation", "1. The recommendation was partially implemented.\n"],
  ])("passes %s", (_, body) => {
    expect(messages(previousRecommendations, draft("cycle: 4", body))).toEqual([]);
  });

  it("flags a later-cycle submission that never mentions the previous recommendations", () => {
    expect(messages(previousRecommendations, draft("cycle: 4", "1. Child marriage is common.\n"))).toHaveLength(1);
  });

  it("expects nothing of a first-cycle submission, or of one whose cycle is not given", () => {
    expect(messages(previousRecommendations, draft("cycle: 1", "1. Child marriage is common.\n"))).toEqual([]);
    expect(messages(previousRecommendations, draft("state: X", "1. Child marriage is common.\n"))).toEqual([]);
  });

  it("passes the seed, which assesses the implementation of previous recommendations", () => {
    expect(messages(previousRecommendations, canonicalSeed)).toEqual([]);
  });
});
