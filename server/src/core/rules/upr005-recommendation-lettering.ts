import type { RecommendationList } from "../document/model.js";
import { toLetter } from "../text/numerals.js";
import { describeMissing, fixEnd, renumberEdits, sequenceBreaks } from "./sequence.js";
import type { Fix } from "../text/edit.js";
import type { Rule } from "./types.js";

export const recommendationLettering: Rule = {
  id: "UPR005",
  name: "recommendation-lettering",
  description: "Each recommendation list is lettered a, b, c … from a, with no gap or repeat; after z come aa, bb, cc.",
  rationale:
    "The State, the Working Group and OHCHR cite recommendations by letter. Lists restart at a. after each lead-in, and a list that runs past z. continues aa., bb. as UN documents do.",
  tags: ["structure", "recommendations"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ report, document }) {
    for (const list of document.lists) {
      const markers = list.items.map((item) => item.marker!);
      const breaks = sequenceBreaks(markers);
      breaks.forEach((found, b) => {
        const marker = markers[found.index];
        const expected = toLetter(found.expected);
        const previous = found.previous === undefined ? "" : toLetter(found.previous);
        const message =
          found.kind === "start"
            ? `This recommendation list starts at ${marker.text}.; lists start at a.`
            : found.kind === "gap"
              ? `Lettering jumps from ${previous}. to ${marker.text}.: ${describeMissing(found.previous! + 1, found.actual - 1, toLetter)} missing.`
              : found.kind === "duplicate"
                ? `Letter ${marker.text}. is used twice in this list.`
                : previous === "z"
                  ? `After z. the list continues with aa., not ${marker.text}.`
                  : `Letter ${marker.text}. comes after ${previous}.: out of order.`;
        const fix = reletterFix(list, found.index, fixEnd(breaks, b, markers.length));
        report({ start: marker.start, end: marker.end, message, expected, actual: marker.text, fixes: [fix] });
      });
    }
  },
};

/** Letters items `from` … `to` - 1 on from the item before. */
export function reletterFix(list: RecommendationList, from: number, to = list.items.length): Fix {
  const markers = list.items.map((item) => item.marker!);
  const first = from > 0 ? markers[from - 1].value + 1 : 1;
  return {
    title: `Reletter items ${toLetter(first)}.–${toLetter(first + to - from - 1)}. of this list in order`,
    edits: renumberEdits(markers, from, toLetter, to),
  };
}
