import actionVerbs from "../data/action-verbs.json";
import { BlockCache } from "./block-cache.js";
import type { Block, UprDocument } from "../document/model.js";
import type { Span } from "../text/text.js";

export interface ActionCategory {
  category: number;
  name: string;
  nameConfirmed: boolean;
}

export interface RecommendationAction {
  item: Block;
  /** The first word of the recommendation, lower-case. */
  verb: string;
  verbSpan: Span;
  /** UPR Info action categories whose usual first words include this verb (a verb can head several). */
  categories: ActionCategory[];
}

const FIRST_WORD = /[\p{L}][\p{L}’'-]*/u;

/** The action categories each verb heads, looked up once per verb rather than per category. */
const CATEGORIES_BY_VERB = new Map<string, ActionCategory[]>();
for (const { category, name, nameConfirmed, verbs } of actionVerbs.categories) {
  for (const verb of verbs) {
    const categories = CATEGORIES_BY_VERB.get(verb) ?? [];
    if (!categories.some((known) => known.category === category)) categories.push({ category, name, nameConfirmed });
    CATEGORIES_BY_VERB.set(verb, categories);
  }
}

interface Items {
  blocks: Block[];
  /** Each item's index among the document's blocks. */
  indexes: Int32Array;
}

const itemsOf = new WeakMap<UprDocument, Items>();

/** Every lettered block is an item of a list: one walk over the blocks finds them in document order. */
function itemsAndIndexes(document: UprDocument): Items {
  let items = itemsOf.get(document);
  if (!items) {
    const { blocks } = document;
    const found: Block[] = [];
    const indexes: number[] = [];
    for (let index = 0; index < blocks.length; index++) {
      if (blocks[index].kind !== "item") continue;
      found.push(blocks[index]);
      indexes.push(index);
    }
    items = { blocks: found, indexes: Int32Array.from(indexes) };
    itemsOf.set(document, items);
  }
  return items;
}

/** The recommendation items of every list, in document order. */
export function recommendationItems(document: UprDocument): Block[] {
  return itemsAndIndexes(document).blocks;
}

/** The index among the document's blocks of each recommendation item, in the order of `recommendationItems`. */
export function recommendationItemIndexes(document: UprDocument): Int32Array {
  return itemsAndIndexes(document).indexes;
}

const itemTexts = new BlockCache((document, item) => document.text.slice(item.content.start, item.end).replace(/\s+/g, " ").trim());

/** The text of an item after its letter, on one line. */
export function itemText(document: UprDocument, item: Block): string {
  return itemTexts.get(document, item);
}

/** An item's first word, with its offset from the item's content: kept per item across edits elsewhere. */
const firstWords = new BlockCache((document, item) => {
  const head = document.text.slice(item.content.start, Math.min(item.end, item.content.start + 80));
  const match = FIRST_WORD.exec(head);
  if (!match) return { found: false as const };
  const verb = match[0].toLowerCase();
  return { found: true as const, verb, offset: match.index, length: match[0].length, categories: CATEGORIES_BY_VERB.get(verb) ?? [] };
});

export function recommendationAction(document: UprDocument, item: Block): RecommendationAction | undefined {
  const first = firstWords.get(document, item);
  if (!first.found) return undefined;
  const start = item.content.start + first.offset;
  return { item, verb: first.verb, verbSpan: { start, end: start + first.length }, categories: first.categories };
}

/** The recommendation whose first word lies at `offset`, for hover. */
export function recommendationActionAt(document: UprDocument, offset: number): RecommendationAction | undefined {
  for (const item of recommendationItems(document)) {
    if (offset < item.start || offset > item.end) continue;
    const action = recommendationAction(document, item);
    return action && offset >= action.verbSpan.start && offset <= action.verbSpan.end ? action : undefined;
  }
  return undefined;
}

/** Markdown for a hover on a recommendation's first verb. */
export function describeAction(action: RecommendationAction): string {
  if (action.categories.length === 0) {
    return `**${action.verb}**: not among the usual first verbs of UPR recommendations in the UPR Info database.`;
  }
  const names = action.categories.map(
    (category) => `${category.category} (${category.name}${category.nameConfirmed ? "" : ", name as commonly cited"})`,
  );
  return `**${action.verb}**: UPR Info action category ${names.join(" or ")}. Category 5 (specific action) recommendations are the easiest to follow up.`;
}
