import { abbreviationKey, analyseAbbreviations, expansionKey } from "../analysis/abbreviations/analysis.js";
import { definesOtherMeaning } from "../analysis/abbreviations/known.js";
import type { AbbreviationDefinition } from "../document/model.js";
import type { Rule } from "./types.js";

export const abbreviationForms: Rule = {
  id: "UPR114",
  name: "abbreviation-forms",
  description: "One thing is abbreviated in two forms, such as `CRC` and `UNCRC`, or two abbreviations are defined for one expansion.",
  rationale: "A reader takes two abbreviations for two things. The fix writes the defined form (or, with none defined, the first form used).",
  tags: ["abbreviations"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const { definitions, first, uses, variants } = analyseAbbreviations(document);
    const lineOf = (offset: number) => document.index.lineAt(offset).index + 1;
    for (const [variant, standing] of variants) {
      const definition = first.get(standing);
      if (definition && definesOtherMeaning(definition)) continue;
      const where = definition ? `defined on line ${lineOf(definition.start)}` : `first used on line ${lineOf(uses.get(standing)![0].start)}`;
      for (const use of uses.get(variant) ?? []) {
        report({
          start: use.start,
          end: use.end,
          message: `‘${use.form}’ and ‘${standing}’ (${where}) are two forms of one abbreviation; write ‘${standing}’.`,
          expected: standing,
          actual: variant,
          fixes: [{ title: `Replace with '${standing}'`, edits: [{ start: use.start, end: use.start + variant.length, newText: standing }] }],
        });
      }
    }
    const byExpansion = new Map<string, AbbreviationDefinition>();
    for (const definition of definitions) {
      if (first.get(abbreviationKey(definition.abbreviation)) !== definition) continue;
      const expansion = expansionKey(definition.expansion);
      const earlier = byExpansion.get(expansion);
      if (!earlier) {
        byExpansion.set(expansion, definition);
        continue;
      }
      report({
        start: definition.abbreviationSpan.start,
        end: definition.abbreviationSpan.end,
        message: `‘${definition.abbreviation}’ and ‘${earlier.abbreviation}’ (defined on line ${lineOf(earlier.start)}) both stand for “${earlier.expansion}”; keep one.`,
        expected: earlier.abbreviation,
        actual: definition.abbreviation,
      });
    }
  },
};
