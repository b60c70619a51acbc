import { nearDuplicates } from "../analysis/duplicate-recommendations.js";
import type { Block } from "../document/model.js";
import { recommendationItems } from "../analysis/recommendations.js";
import type { Rule } from "./types.js";

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
    nearDuplicates(document).forEach((earlier, index) => {
      if (earlier < 0) return;
      const { start, end } = markerSpan(items[index]);
      report({ start, end, message: describe(document.index.lineAt(items[earlier].start).index, items[earlier]) });
    });
  },
};

function markerSpan(item: Block) {
  return item.marker ? { start: item.marker.start, end: item.marker.end } : { start: item.start, end: item.start };
}

function describe(line: number, earlier: Block): string {
  return `This recommendation nearly repeats recommendation ${earlier.marker?.text ?? ""}. on line ${line + 1}.`;
}
