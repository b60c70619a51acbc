import { describe, expect, it } from "vitest";
import luxembourg from "../../../../server/src/core/data/terminology-luxembourg.json";
import unGeneral from "../../../../server/src/core/data/terminology-un-general.json";
import unNames from "../../../../server/src/core/data/terminology-un-names.json";
import { applyFixes } from "../../../../server/src/core/edits/fixes.js";
import { lintText } from "../../../../server/src/core/lint/lint.js";
import { pluralForms } from "../../../../server/src/core/analysis/terminology/inflect.js";

/** Every pack on, so every built-in term is in force. */
const configs = [{ termPacks: { luxembourg: true, "un-general": true, "un-names": true } }];
const FRONT = "---\nstate: Exampleland\n---\n\n";

function termProblems(body: string, settings: Record<string, unknown> = {}) {
  const text = FRONT + body;
  const problems = lintText(text, { configs: [{ ...configs[0], ...settings }] }).problems.filter((problem) => /^UPR10\d$/.test(problem.ruleId));
  return problems.map((problem) => ({ ...problem, found: text.slice(problem.start, problem.end), text }));
}

const capitalise = (phrase: string) => phrase[0].toUpperCase() + phrase.slice(1);
const QUOTES: [string, string, string][] = [
  ["curly double", "“", "”"],
  ["curly single", "‘", "’"],
  ["straight double", '"', '"'],
  ["straight single", "'", "'"],
];

const entries = [...luxembourg.entries, ...unGeneral.entries, ...unNames.entries];

describe.each(entries.map((entry) => [entry.id, entry] as const))("%s", (_, entry) => {
  const ruleId = entry.severity === "warning" ? "UPR101" : "UPR102";

  describe.each(entry.terms.map((term) => [term]))("%s", (term) => {
    const words = term.split(" ");
    const last = words[words.length - 1];

    it(`is reported by ${ruleId} in running text, with one fix per alternative`, () => {
      const [problem, ...rest] = termProblems(`1. The report mentions ${term} in passing.\n`);
      expect(rest).toEqual([]);
      expect(problem.ruleId).toBe(ruleId);
      expect(problem.found).toBe(term);
      expect(problem.fixes?.map((fix) => fix.title)).toEqual(entry.alternatives.map((alternative) => `Replace with '${alternative}'`));
      entry.alternatives.forEach((alternative, i) => {
        expect(applyFixes(problem.text, [problem.fixes![i]]).text).toBe(`${FRONT}1. The report mentions ${alternative} in passing.\n`);
      });
    });

    it("is reported in the plural", () => {
      for (const plural of pluralForms(last)) {
        const phrase = [...words.slice(0, -1), plural].join(" ");
        expect(termProblems(`1. The report mentions ${phrase} often.\n`).map((problem) => problem.found)).toEqual([phrase]);
      }
    });

    it("is reported capitalised, and its fix keeps the capital", () => {
      const [problem] = termProblems(`1. ${capitalise(term)} is mentioned.\n`);
      expect(problem.found).toBe(capitalise(term));
      if (entry.alternatives.length > 0) expect(problem.fixes![0].edits[0].newText).toBe(capitalise(entry.alternatives[0]));
    });

    it("is reported in capitals, and its fix is in capitals", () => {
      const [problem] = termProblems(`1. THE REPORT MENTIONS ${term.toUpperCase()}.\n`);
      expect(problem.found).toBe(term.toUpperCase());
      if (entry.alternatives.length > 0) expect(problem.fixes![0].edits[0].newText).toBe(entry.alternatives[0].toUpperCase());
    });

    it.each(QUOTES)("is not reported in %s quotation marks", (_, open, close) => {
      expect(termProblems(`1. The report quotes ${open}${term}${close} as written.\n`)).toEqual([]);
    });

    it("is reported after a word with an apostrophe, which is no quotation mark", () => {
      expect(termProblems(`1. The children’s ${term} and the States’ ${term} and the girls' ${term}.\n`).map((problem) => problem.found)).toEqual([term, term, term]);
    });

    it("is not reported in a quotation that runs across lines", () => {
      expect(termProblems(`1. The court wrote: “every case of\n${term} is\nprosecuted”.\n`)).toEqual([]);
    });

    it("is not reported on a blockquote line or the lines that continue it", () => {
      expect(termProblems(`1. The law reads:\n\n> Whoever deals in ${term} is punished,\nand ${term} is seized.\n`)).toEqual([]);
    });

    it("is not reported in a footnote text, which cites its source by title", () => {
      expect(termProblems(`1. A claim.[^1]\n\n[^1]: A report on ${term}, 2015.\n`)).toEqual([]);
    });

    it("is not reported inside a project exception, such as a national law's title", () => {
      const title = `Prevention of ${capitalise(term)} Act`;
      expect(termProblems(`1. The ${title} applies.\n`, { termExceptions: [title] })).toEqual([]);
      expect(termProblems(`1. The ${title} applies.\n`).map((problem) => problem.found)).toEqual([capitalise(term)]);
    });

    it("is not reported inside a longer word (a shorter term inside it may be)", () => {
      const found = termProblems(`1. The report mentions x${term} and ${term}x in passing.\n`).map((problem) => problem.found);
      expect(found.filter((phrase) => phrase.startsWith(`x${words[0]}`) || phrase.endsWith(`${last}x`) || phrase === term)).toEqual([]);
    });

    if (words.length > 1) {
      it("is reported across a line break and with hyphens, and the fix replaces across the break", () => {
        const wrapped = termProblems(`1. The report mentions ${words[0]}\n${words.slice(1).join(" ")} in passing.\n`);
        expect(wrapped.map((problem) => problem.found)).toEqual([`${words[0]}\n${words.slice(1).join(" ")}`]);
        if (entry.alternatives.length > 0) {
          expect(applyFixes(wrapped[0].text, [wrapped[0].fixes![0]]).text).toBe(`${FRONT}1. The report mentions ${entry.alternatives[0]} in passing.\n`);
        }
        const hyphenated = words.join("-");
        expect(termProblems(`1. The report mentions ${hyphenated} in passing.\n`).map((problem) => problem.found)).toEqual([hyphenated]);
      });

      it("is reported once across the blank line between wrapped lines of pasted text, and its fix joins the lines", () => {
        // Wrapped lines of even width with a blank line between them, as text extracted from a PDF has them.
        const first = words[0];
        const rest = words.slice(1).join(" ");
        const pasted = [
          "1. The present submission reviews the situation in Exampleland since the previous review, and ",
          "",
          `the report mentions the spread of${" .".repeat(30)}`.slice(0, 94 - first.length) + ` ${first} `,
          "",
          `${rest} ` + `in all provinces, which the State has not addressed in law or in policy${" .".repeat(30)}`.slice(0, 94 - rest.length),
          "",
          "and which the recommendations below ask it to address before the next review of the State. ",
          "",
        ].join("\n");
        const wrapped = `${first} \n\n${rest}`;
        const problems = lintText(pasted, { configs }).problems.filter((problem) => /^UPR10\d$/.test(problem.ruleId));
        expect(problems.map((problem) => pasted.slice(problem.start, problem.end))).toEqual([wrapped]);
        if (entry.alternatives.length > 0) {
          expect(applyFixes(pasted, [problems[0].fixes![0]]).text).toBe(pasted.replace(wrapped, entry.alternatives[0]));
        }
      });

      it("is not reported when its words are parted by punctuation", () => {
        expect(termProblems(`1. The report mentions ${words[0]}. ${capitalise(words.slice(1).join(" "))} in passing.\n`).filter((p) => p.found.includes(".")).length).toBe(0);
        expect(termProblems(`1. The report mentions ${words[0]}, ${words.slice(1).join(" ")} in passing.\n`).filter((p) => p.found.includes(",")).length).toBe(0);
      });
    }
  });

  it.each(entry.alternatives.map((alternative) => [alternative]))("its alternative “%s” is never reported", (alternative) => {
    expect(termProblems(`1. The report mentions ${alternative} in passing.\n`)).toEqual([]);
  });
});

describe("packs by default", () => {
  it("the Luxembourg and UN-names packs are on and the UN-general pack is off", () => {
    const text = `${FRONT}1. Child pornography and transgendered children at the Universal Periodical Review.\n`;
    expect(lintText(text).problems.filter((problem) => problem.ruleId === "UPR101").map((problem) => text.slice(problem.start, problem.end))).toEqual([
      "Child pornography",
      "Universal Periodical Review",
    ]);
  });

  it("the UN-names pack can be turned off", () => {
    const text = `${FRONT}1. The UN Human Rights Commission met at the Universal Periodical Review.\n`;
    expect(lintText(text, { configs: [{ termPacks: { "un-names": false } }] }).problems.filter((problem) => /^UPR10\d$/.test(problem.ruleId))).toEqual([]);
  });
});
