import { FRONT_MATTER_KEYS, frontMatterKeySpan, isNumberingSetting } from "../document/front-matter-fields.js";
import type { ProblemReport, Rule } from "./types.js";

type Check = (value: unknown) => string | undefined;

const CHECKS: Record<(typeof FRONT_MATTER_KEYS)[number], Check> = {
  state: (value) => (typeof value === "string" && value.trim() ? undefined : "`state` names the State under review, as text."),
  cycle: (value) => (isCount(value, 10) ? undefined : "`cycle` is the UPR cycle as a number, e.g. 4."),
  session: (value) => (isCount(value, 200) ? undefined : "`session` is the UPR Working Group session as a number, e.g. 48."),
  submission: (value) => (value === "individual" || value === "joint" ? undefined : "`submission` is `individual` or `joint`."),
  organisations: (value) =>
    Array.isArray(value) && value.every((entry) => typeof entry === "string" && entry.trim())
      ? undefined
      : "`organisations` is a list of the submitting organisations' names.",
  language: (value) => (typeof value === "string" && value.trim() ? undefined : "`language` is a language code such as `en`, `fr` or `es`."),
  wordLimit: (value) => (isCount(value, 100_000) ? undefined : "`wordLimit` is a whole number of words."),
  numbering: (value) => (isNumberingSetting(value) ? undefined : "`numbering` is `auto`, `flat`, `decimal` or `per-section`."),
};

export const frontMatter: Rule = {
  id: "UPR009",
  name: "front-matter",
  description: "The YAML front matter parses, and its fields have the expected types: state, cycle, session, submission (individual or joint), organisations, language, wordLimit, numbering.",
  rationale: "The rules that depend on the submission's metadata (word limit, joint-submission members) read it from the front matter; a typo there silently switches them off.",
  tags: ["metadata"],
  defaultSeverity: "error",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const block = document.frontMatter;
    if (!block) return;
    if (block.error) {
      report({ ...block.error.span, message: `The front matter is not valid YAML: ${block.error.message}` });
      return;
    }
    for (const [key, value] of Object.entries(block.data)) {
      const span = frontMatterKeySpan(document, key) ?? block.content;
      if (!(key in CHECKS)) {
        report(unknownKey(key, span));
        continue;
      }
      if (value === null || value === undefined) continue;
      const problem = CHECKS[key as keyof typeof CHECKS](value);
      if (problem) report({ ...span, message: problem });
    }
  },
};

function unknownKey(key: string, span: { start: number; end: number }): ProblemReport {
  const known = FRONT_MATTER_KEYS.find((candidate) => candidate.toLowerCase() === key.toLowerCase().replace(/[_-]/g, ""));
  return {
    ...span,
    message: `Unknown front matter key \`${key}\`${known ? `; did you mean \`${known}\`?` : ""} (known keys: ${FRONT_MATTER_KEYS.join(", ")}).`,
    fixes: known ? [{ title: `Rename to \`${known}\``, edits: [{ ...span, newText: known }] }] : undefined,
  };
}

function isCount(value: unknown, max: number): boolean {
  return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= max;
}
