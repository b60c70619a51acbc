import { catalogueFor, readMentions } from "../analysis/themes/mentions.js";
import type { Rule } from "./types.js";

export const themeTitle: Rule = {
  id: "UPR202",
  name: "theme-title",
  description: "A theme code is written with a title that is not its own, such as `F31 Children: protection against exploitation` (the title of F33).",
  rationale:
    "A code and a title that disagree leave the reader to guess which theme is meant. Only text that clearly is a title is judged: another code's title, or words with a colon before the sentence ends; case, punctuation and line breaks do not count.",
  tags: ["themes"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, options, report }) {
    const { text } = document;
    for (const { mention, theme, title } of readMentions(document, catalogueFor(options))) {
      if (!theme || !title || title.kind === "own") continue;
      const written = text.slice(title.span.start, title.span.end).replace(/\s+/g, " ");
      const whose = title.kind === "other" ? `, the title of ${title.theme.code}` : "";
      report({
        start: mention.start,
        end: title.span.end,
        message: `${mention.code} is written with the title “${written}”${whose}; the title of ${mention.code} is “${theme.title}”.`,
        expected: theme.title,
        actual: written,
        fixes: [
          { title: `Write the title of ${mention.code}: ‘${theme.title}’`, edits: [{ ...title.span, newText: theme.title }] },
          ...(title.kind === "other"
            ? [{ title: `Write the code of this title: ${title.theme.code}`, edits: [{ start: mention.start, end: mention.end, newText: title.theme.code }] }]
            : []),
        ],
      });
    }
  },
};
