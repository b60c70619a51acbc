import type { Block } from "../model.js";
import { itemText, recommendationItems } from "../recommendations.js";
import type { Rule } from "./types.js";

/** Share of content words two recommendations must have in common to count as near-duplicates. */
const SIMILARITY = 0.8;
const MIN_WORDS = 4;
/** Words in more recommendations than this say little about which ones repeat each other. */
const MAX_POSTINGS = 50;
const STOP_WORDS = new Set(
  "a an and are as at be by for from has have in into is it its of on or that the their this to with".split(" "),
);

export const duplicateRecommendation: Rule = {
  id: "UPR403",
  name: "duplicate-recommendation",
  description: "A recommendation that nearly repeats an earlier one (80% of their content words shared) is pointed out.",
  rationale: "Repeated recommendations dilute a submission and use up its word limit; they creep in when lists from several members are merged.",
  tags: ["recommendations", "quality"],
  defaultSeverity: "information",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    const items = recommendationItems(document);
    const words = items.map((item) => contentWords(itemText(document, item)));
    const postings = new Map<string, number[]>();
    words.forEach((set, index) => {
      if (set.size >= MIN_WORDS) {
        const earlier = nearDuplicateOf(set, words, postings);
        if (earlier !== undefined) report({ ...markerSpan(items[index]), message: describe(document.index.lineAt(items[earlier].start).index, items[earlier]) });
      }
      for (const word of set) {
        const list = postings.get(word);
        if (!list) postings.set(word, [index]);
        else if (list.length <= MAX_POSTINGS) list.push(index);
      }
    });
  },
};

function nearDuplicateOf(set: Set<string>, words: Set<string>[], postings: Map<string, number[]>): number | undefined {
  const shared = new Map<number, number>();
  for (const word of set) {
    const list = postings.get(word);
    if (!list || list.length > MAX_POSTINGS) continue;
    for (const other of list) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  for (const [other, count] of shared) {
    const union = set.size + words[other].size - count;
    if (words[other].size >= MIN_WORDS && count / union >= SIMILARITY) return other;
  }
  return undefined;
}

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => !STOP_WORDS.has(word)).map((word) => word.replace(/(?<=\w{3})s$/, "")));
}

function markerSpan(item: Block) {
  return item.marker ? { start: item.marker.start, end: item.marker.end } : { start: item.start, end: item.start };
}

function describe(line: number, earlier: Block): string {
  return `This recommendation nearly repeats recommendation ${earlier.marker?.text ?? ""}. on line ${line + 1}.`;
}
