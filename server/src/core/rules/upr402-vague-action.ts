import { BlockCache } from "../analysis/block-cache.js";
import actionVerbs from "../data/action-verbs.json";
import { itemText, recommendationAction, recommendationItemIndexes } from "../analysis/recommendations.js";
import type { Rule } from "./types.js";

/** Words that may stand between the verb and the rest of a phrase: "take all necessary measures". */
const MAX_WORDS_BETWEEN = 3;

export const vagueAction: Rule = {
  id: "UPR402",
  name: "vague-action",
  description: "Recommendations that only ask the State to `consider`, `continue` or `take measures` are pointed out.",
  rationale:
    "A recommendation that names no concrete step cannot be followed up: at the next review nobody can say whether it was implemented. UPR Info's data shows such recommendations are also accepted less often.",
  tags: ["recommendations", "quality"],
  defaultSeverity: "information",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    for (const index of recommendationItemIndexes(document)) {
      const vague = vagueActionsOfItems.at(document, index);
      if (!vague) continue;
      const { start, end } = recommendationAction(document, document.blocks[index])!.verbSpan;
      report({ start, end, message: `A vague action (“${vague.phrase}”): ${vague.reason}` });
    }
  },
};

type VagueAction = (typeof actionVerbs.vagueActions)[number];

/** The vague actions by their first word, each with its words. */
const VAGUE_BY_FIRST_WORD = new Map<string, { entry: VagueAction; words: string[] }[]>();
for (const entry of actionVerbs.vagueActions) {
  const words = entry.phrase.split(" ");
  VAGUE_BY_FIRST_WORD.set(words[0], [...(VAGUE_BY_FIRST_WORD.get(words[0]) ?? []), { entry, words }]);
}

/** The vague action an item opens with, or false: kept per item across edits elsewhere. */
const vagueActionsOfItems = new BlockCache((document, item) => {
  const candidates = VAGUE_BY_FIRST_WORD.get(recommendationAction(document, item)?.verb ?? "");
  if (!candidates) return false;
  const words = itemText(document, item).toLowerCase().split(" ");
  return candidates.find((candidate) => startsWithPhrase(words, candidate.words))?.entry ?? false;
});

/** The phrase's first word opens the text, and its other words follow in order with few words between. */
function startsWithPhrase(words: string[], phrase: string[]): boolean {
  if (words[0] !== phrase[0]) return false;
  let at = 0;
  for (const word of phrase.slice(1)) {
    const found = words.slice(at + 1, at + 2 + MAX_WORDS_BETWEEN).indexOf(word);
    if (found < 0) return false;
    at += found + 1;
  }
  return true;
}
