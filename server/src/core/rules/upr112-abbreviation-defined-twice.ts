import { abbreviationKey, analyseAbbreviations, expansionKey } from "../analysis/abbreviations/analysis.js";
import { bareAbbreviationEdits } from "../analysis/abbreviations/edits.js";
import type { AbbreviationDefinition } from "../document/model.js";
import type { Rule } from "./types.js";

export const abbreviationDefinedTwice: Rule = {
  id: "UPR112",
  name: "abbreviation-defined-twice",
  description: "An abbreviation is defined a second time, with the same expansion or another one.",
  rationale:
    "One definition is enough: a second one with the same expansion is noise, and one with another expansion makes the abbreviation mean two things.",
  tags: ["abbreviations"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const { definitions, inTitle } = analyseAbbreviations(document);
    // The title block may name the authors with their abbreviation, and the body define it again.
    const first = new Map<string, AbbreviationDefinition>();
    // A long draft defines a few abbreviations again and again: each first definition's line is found once.
    const lines = new Map<AbbreviationDefinition, number>();
    for (const definition of definitions) {
      if (inTitle.has(definition)) continue;
      const key = abbreviationKey(definition.abbreviation);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, definition);
        continue;
      }
      let line = lines.get(earlier);
      if (line === undefined) lines.set(earlier, (line = document.index.lineIndexAt(earlier.start) + 1));
      const same = expansionKey(earlier.expansion) === expansionKey(definition.expansion);
      report({
        start: definition.start,
        end: definition.end,
        message: same
          ? `‘${definition.abbreviation}’ is defined again; it was defined on line ${line}.`
          : `‘${definition.abbreviation}’ is defined again as “${definition.expansion}”; on line ${line} it stands for “${earlier.expansion}”.`,
        expected: same ? undefined : earlier.expansion,
        actual: same ? undefined : definition.expansion,
        fixes: same ? [{ title: `Write the bare abbreviation ‘${definition.abbreviation}’`, edits: bareAbbreviationEdits(document.text, definition) }] : [],
      });
    }
  },
};
