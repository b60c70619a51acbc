import type { Theme } from "../analysis/themes/catalogue.js";
import { catalogueFor, readMentions } from "../analysis/themes/mentions.js";
import type { Rule } from "./types.js";

export const unknownTheme: Rule = {
  id: "UPR201",
  name: "unknown-theme",
  description: "A theme code, in a tag `[F35]`, on a `Themes:` line or in the text, that is not on the list of UPR theme codes; the nearest codes are offered.",
  rationale:
    "OHCHR's thematic lists and the UPR Info database sort recommendations by these codes; a mistyped code files the recommendation under nothing. The list can be extended or replaced in the settings (`themes`).",
  tags: ["themes"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, options, report }) {
    const catalogue = catalogueFor(options);
    for (const { mention, theme, title, themeLike } of readMentions(document, catalogue)) {
      if (theme || !themeLike) continue;
      const titled = title?.kind === "other" ? [title.theme] : [];
      const suggestions = [...titled, ...catalogue.nearest(mention.code).filter((candidate) => !titled.includes(candidate))].slice(0, 3);
      report({
        start: mention.start,
        end: mention.end,
        message: `‘${mention.code}’ is not a UPR theme code${suggestions.length > 0 ? `; did you mean ${list(suggestions)}?` : "."}`,
        fixes: suggestions.map((suggestion) => ({
          title: `Replace with ${suggestion.code} (${suggestion.title})`,
          edits: [{ start: mention.start, end: mention.end, newText: suggestion.code }],
        })),
      });
    }
  },
};

function list(themes: Theme[]): string {
  const named = themes.map((theme) => `${theme.code} (${theme.title})`);
  return named.length > 1 ? `${named.slice(0, -1).join(", ")} or ${named[named.length - 1]}` : named[0];
}
