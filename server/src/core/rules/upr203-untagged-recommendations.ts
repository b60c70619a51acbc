import type { Block, UprDocument } from "../document/model.js";
import type { Span } from "../text/text.js";
import type { Rule } from "./types.js";

export const untaggedRecommendations: Rule = {
  id: "UPR203",
  name: "untagged-recommendations",
  description:
    "A recommendation list with no theme tag (`[F31]`) or `Themes:` line; with the option `\"scope\": \"item\"`, each recommendation without one.",
  rationale:
    "Coalitions that sort their recommendations by UPR theme, as OHCHR's thematic lists do, want every list (or every recommendation) tagged. Off by default: most submissions do not tag.",
  tags: ["themes", "recommendations"],
  defaultSeverity: "information",
  enabledByDefault: false,
  fixable: false,
  check({ document, options, report }) {
    const tagged = (span: Span) => document.themes.some((mention) => mention.form !== "text" && mention.start >= span.start && mention.end <= span.end);
    for (const list of document.lists) {
      if (options.scope === "item") {
        for (const item of list.items) if (!tagged(item)) report({ ...firstLine(document, item), message: "This recommendation has no theme tag, such as [F31]." });
        continue;
      }
      if (!tagged({ start: list.leadIn[0]?.start ?? list.start, end: endWithTrailingText(document, list.items[list.items.length - 1]) })) {
        report({ ...firstLine(document, list.leadIn[0] ?? list.items[0]), message: "This recommendation list has no theme tag, such as [F31], nor a Themes: line." });
      }
    }
  },
};

function firstLine(document: UprDocument, block: Block): Span {
  return { start: block.start, end: Math.min(block.end, document.index.ends[block.firstLine]) };
}

/** A list ends with its last item, and with the unnumbered text right after it, where a `Themes:` line may stand. */
function endWithTrailingText(document: UprDocument, lastItem: Block): number {
  let end = lastItem.end;
  for (let i = document.blocks.indexOf(lastItem) + 1; i < document.blocks.length; i++) {
    const block = document.blocks[i];
    if (block.kind === "bullet" || (block.kind === "text" && block.role !== "lead-in")) end = block.end;
    else break;
  }
  return end;
}
