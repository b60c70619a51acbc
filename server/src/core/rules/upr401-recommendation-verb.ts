import { BlockCache } from "../analysis/block-cache.js";
import { recommendationAction, recommendationItemIndexes } from "../analysis/recommendations.js";
import type { RecommendationList, UprDocument } from "../document/model.js";
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
    const indexes = recommendationItemIndexes(document);
    let next = 0;
    for (const list of document.lists) {
      const first = next;
      next += list.items.length;
      if (completesLeadIn(document, list)) continue;
      for (let i = first; i < next; i++) checkItem(document, indexes[i], report);
    }
  },
};

type Check = Parameters<Rule["check"]>[0];

/** The item at `index` among the document's blocks. */
function checkItem(document: UprDocument, index: number, report: Check["report"]): void {
  const opening = notImperativeOpening.at(document, index);
  if (opening === false) return;
  const { start, end } = recommendationAction(document, document.blocks[index])!.verbSpan;
  report({ start, end, message: `This recommendation does not start with an action verb addressed to the State (it starts “${opening} …”).` });
}

/** A lead-in whose verb the items complete: "The plan should include the following:", or a sentence the list runs on ("… with regard to"). */
const COMPLEMENT_LEAD_IN = /\b(?:includes?|including|such\s+as|namely|covers?|contains?)(?:\s+the\s+following)?\s*:\s*$/i;

/**
 * A lead-in that reports what a law, report or body says ("The Act provides that:", "The Committee
 * found the following:"): its items describe, they do not request.
 */
const REPORTING_LEAD_IN =
  /\b(?:provides?|provided|states?|stated|stipulates?|stipulated|says|said|reads?|declares?|declared|notes?|noted|finds|found|reports?|reported|concludes?|concluded|observes?|observed|specifies|specified|defines?|defined|shows?|showed|shown|reveals?|revealed|indicates?|indicated|sets?\s+out|lists?|listed)(?:\s+(?:that|as\s+follows|the\s+following))?\s*:\s*$/i;

/** A lead-in that asks for action: its items are requests even after "provides" or "states". */
const REQUESTING_LEAD_IN = /\b(?:recommend\w*|urges?|calls?\s+(?:on|upon)|requests?|asks?|invites?|encourages?|should|must)\b/i;

/**
 * Whether the items of a list finish the lead-in's sentence or describe what it reports, rather
 * than being requests of their own: their first word is then no verb, and rightly so.
 */
function completesLeadIn(document: UprDocument, list: RecommendationList): boolean {
  const leadIn = list.leadIn.at(-1);
  return leadIn !== undefined && leadIn.kind !== "heading" && leadInCompleted.get(document, leadIn);
}

/** What a lead-in's own words say, read once per version of its block: a draft has hundreds of lists. */
const leadInCompleted = new BlockCache((document, leadIn) => {
  const words = document.text.slice(leadIn.content.start, leadIn.end).trimEnd();
  if (!words.endsWith(":")) return !/[.!?;”"’)\]]$/.test(words);
  if (COMPLEMENT_LEAD_IN.test(words)) return true;
  return REPORTING_LEAD_IN.test(words) && !REQUESTING_LEAD_IN.test(lastSentence(words));
});

/** The sentence a lead-in ends with. */
function lastSentence(words: string): string {
  const stop = Math.max(words.lastIndexOf(". "), words.lastIndexOf("? "), words.lastIndexOf("! "));
  return stop < 0 ? words : words.slice(stop + 2);
}

/** An item's first three words when they are not a request to the State, else false: kept per item across edits elsewhere. */
const notImperativeOpening = new BlockCache((document, item) => {
  const head = document.text.slice(item.content.start, Math.min(item.end, item.content.start + 60));
  const verb = recommendationAction(document, item)?.verb;
  if (verb === undefined || (!NOT_IMPERATIVE.has(verb) && !MODAL.test(head))) return false;
  return head.split(/\s+/).slice(0, 3).join(" ");
});
