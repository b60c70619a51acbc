import { recommendationActions } from "../recommendations.js";
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
    for (const action of recommendationActions(document)) {
      const item = action.item;
      const head = document.text.slice(item.content.start, Math.min(item.end, item.content.start + 60));
      if (!NOT_IMPERATIVE.has(action.verb) && !MODAL.test(head)) continue;
      report({
        ...action.verbSpan,
        message: `This recommendation does not start with an action verb addressed to the State (it starts “${head.split(/\s+/).slice(0, 3).join(" ")} …”).`,
      });
    }
  },
};
