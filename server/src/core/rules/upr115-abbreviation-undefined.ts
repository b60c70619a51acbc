import { charAt } from "../text/source-text.js";
import { analyseAbbreviations, otherForms } from "../analysis/abbreviations/analysis.js";
import { knownAbbreviationsFor } from "../analysis/abbreviations/known.js";
import { readAbbreviationSettings } from "../analysis/abbreviations/settings.js";
import type { UprDocument } from "../document/model.js";
import { overlapsAny, sortedSpans } from "../document/span-search.js";
import type { Span } from "../text/text.js";
import type { Rule } from "./types.js";

const ALL_CAPITALS = /^\p{Lu}{2,}s?$/u;
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

export const abbreviationUndefined: Rule = {
  id: "UPR115",
  name: "abbreviation-undefined",
  description:
    "An abbreviation in capitals is never defined and is not on the list of abbreviations readers know (UN, UPR, NGO, OHCHR …, and the project's `abbreviations.known`).",
  rationale:
    "Readers of a submission include diplomats and UN staff from every region; an abbreviation that only the authors' country or organisation uses needs its words once.",
  tags: ["abbreviations"],
  defaultSeverity: "information",
  enabledByDefault: false,
  fixable: false,
  check({ document, options, report }) {
    const known = knownAbbreviationsFor(readAbbreviationSettings(options.abbreviations).settings);
    const { first, uses, variants } = analyseAbbreviations(document);
    const quotes = sortedSpans(document.quotes);
    const capitalLines = new Map<number, boolean>();
    for (const [key, list] of uses) {
      if (first.has(key) || known.has(key) || variants.has(key) || otherForms(key).some((form) => first.has(form))) continue;
      if (!ALL_CAPITALS.test(key) || ROMAN_NUMERAL.test(key)) continue;
      const use = list.find((candidate) => !overlapsAny(quotes, candidate) && isProse(document, candidate, capitalLines));
      if (!use) continue;
      report({
        start: use.start,
        end: use.end,
        message: `‘${use.form}’ is never defined: write it out at its first use, followed by (${use.form}), or add it to "abbreviations.known" in .upr-draft.json.`,
      });
    }
  },
};

/** Not a currency (US$), not a line in capitals (a shouted heading); machine text holds no uses at all. */
function isProse(document: UprDocument, use: Span, capitalLines: Map<number, boolean>): boolean {
  const { text } = document;
  if (charAt(text, use.end) === "$") return false;
  const line = document.index.lineAt(use.start);
  let capitals = capitalLines.get(line.index);
  if (capitals === undefined) {
    const words = text.slice(line.start, line.end).match(/\p{L}{2,}/gu) ?? [];
    capitals = words.length >= 3 && words.every((word) => word === word.toUpperCase());
    capitalLines.set(line.index, capitals);
  }
  return !capitals;
}
