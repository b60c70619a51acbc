import { nameVariants } from "../analysis/spelling/names.js";
import type { Rule } from "./types.js";

export const nameSpeltTwoWays: Rule = {
  id: "UPR513",
  name: "name-spelt-two-ways",
  description:
    "A surname after a title (Mr, Ms, Dr, Judge, Senator, …) that the draft also spells one letter apart after the same title (“Mr Khail”, “Mr Khali”): the rarer spelling is reported, naming the other.",
  rationale:
    "A person named in a submission, often a victim or a human rights defender whose case is raised, must be named the same way throughout, or readers and the compilation of stakeholder information may take one person for two. Only spellings two swapped letters apart, or one letter apart in names of six letters or more, are compared, and only after the same title, so that different people with similar names are rarely taken for one. The fix writes the more frequent spelling; where both are as common there is none.",
  tags: ["spelling"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    for (const { start, end, title, name, other, count, otherCount } of nameVariants(document)) {
      report({
        start,
        end,
        message: `“${title} ${name}” is spelt “${title} ${other}” elsewhere in this draft: one of them is a misspelling.`,
        expected: other,
        actual: name,
        fixes: otherCount > count ? [{ title: `Replace with '${other}'`, edits: [{ start, end, newText: other }] }] : [],
      });
    }
  },
};
