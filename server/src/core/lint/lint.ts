import type { SourceText } from "../text/source-text.js";
import { effectiveRules, type UprConfig } from "../config/config.js";
import { disabledLines } from "./directives.js";
import type { UprDocument } from "../document/model.js";
import { parse } from "../document/parser/index.js";
import type { Unchanged } from "../document/parser/incremental.js";
import { allRules } from "../rules/index.js";
import type { Problem, Rule } from "../rules/types.js";

export interface LintOptions {
  /** Config layers, lowest first: project file, then editor settings. */
  configs?: (UprConfig | undefined)[];
  rules?: readonly Rule[];
  /** The previous version of the same draft, to parse only what changed; by default the document parsed last. */
  previous?: UprDocument;
  /** How much of the text's start and end is as in `previous`, when the editor knows (only with `previous`). */
  unchanged?: Unchanged;
}

/** Runs every enabled rule over a parsed document; problems come sorted by position. */
export function lintDocument(document: UprDocument, options: LintOptions = {}): Problem[] {
  const rules = options.rules ?? allRules;
  const problems: Problem[] = [];
  for (const { rule, severity, options: ruleOptions } of effectiveRules(rules, ...(options.configs ?? []))) {
    const isDisabled = disabledLines(document, rule);
    rule.check({
      document,
      options: ruleOptions,
      report(report) {
        if (isDisabled && isDisabled(document.index.lineAt(report.start).index)) return;
        // The report becomes the problem: rules hand over a new object each time.
        const problem = report as Problem;
        problem.ruleId = rule.id;
        problem.ruleName = rule.name;
        problem.severity = severity;
        problems.push(problem);
      },
    });
  }
  return problems.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : 1));
}

export function lintText(text: SourceText, options: LintOptions = {}): { document: UprDocument; problems: Problem[] } {
  const document = parse(text, options.previous, options.unchanged);
  return { document, problems: lintDocument(document, options) };
}
