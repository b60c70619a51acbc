import { BlockCache } from "../analysis/block-cache.js";
import { recommendationAction, recommendationItems } from "../analysis/recommendations.js";
import type { Rule } from "./types.js";

/** Words that start a sentence about the State rather than a request to it. */
const NOT_IMPERATIVE = new Set([
  "the", "a", "an", "all", "any", "each", "every", "this", "that", "these", "those", "there", "it", "its",
  "their", "our", "we", "they", "state", "states", "government", "governments",
]);
const MODAL = /^\s*[\p{L}’'-]+\s+(?:should|must|shall|will|would|could|can|may|need|needs|ought|to\s+be)\b/iu;

export const recommendationVerb: Rule = {
  id: "UPR401",
  name: "recommendation-verb",
  description: "Each recommendation starts with an action verb addressed to the State: `Ratify …`, `Amend …`, `Establish …`.",
  rationale:
    "Recommendations are put to the State under review as requests for action; one that starts with a subject and a modal (“Governments should …”) or a noun phrase reads as an observation and is harder to accept and follow up.",
  tags: ["recommendations", "quality"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    for (const item of recommendationItems(document)) {
      const opening = notImperativeOpening.get(document, item);
      if (opening === false) continue;
      const { start, end } = recommendationAction(document, item)!.verbSpan;
      report({
        start,
        end,
        message: `This recommendation does not start with an action verb addressed to the State (it starts “${opening} …”).`,
      });
    }
  },
};

/** An item's first three words when they are not a request to the State, else false: kept per item across edits elsewhere. */
const notImperativeOpening = new BlockCache((document, item) => {
  const head = document.text.slice(item.content.start, Math.min(item.end, item.content.start + 60));
  const verb = recommendationAction(document, item)?.verb;
  if (verb === undefined || (!NOT_IMPERATIVE.has(verb) && !MODAL.test(head))) return false;
  return head.split(/\s+/).slice(0, 3).join(" ");
});
