import { renderRuleDoc, type LineIndex, type Problem, type Rule, type Severity } from "../core/index.js";

export interface FileResult {
  /** The path as given on the command line ("-" becomes "<stdin>"). */
  file: string;
  index: LineIndex;
  problems: Problem[];
}

export interface JsonProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  name: string;
  severity: Severity;
  message: string;
  fixable: boolean;
}

export function toJsonProblems(results: readonly FileResult[]): JsonProblem[] {
  return results.flatMap(({ file, index, problems }) =>
    problems.map((problem) => {
      const start = index.positionAt(problem.start);
      const end = index.positionAt(problem.end);
      return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        rule: problem.ruleId,
        name: problem.ruleName,
        severity: problem.severity,
        message: messageWithDetail(problem),
        fixable: (problem.fixes?.length ?? 0) > 0,
      };
    }),
  );
}

export function messageWithDetail(problem: Problem): string {
  if (problem.expected === undefined && problem.actual === undefined) return problem.message;
  return `${problem.message} [Expected: ${problem.expected ?? "—"}; Actual: ${problem.actual ?? "—"}]`;
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(toJsonProblems(results), null, 2);
}

const SARIF_LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  information: "note",
  hint: "note",
};

/**
 * A SARIF 2.1.0 log with one run; columns count UTF-16 code units, SARIF's default. Each rule's
 * help is its page, in the log itself: there is no published page to link to.
 */
export function formatSarif(results: readonly FileResult[], rules: readonly Rule[], version: string): string {
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "upr-draft",
            version,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.rationale },
              help: { text: `${rule.description}\n\n${rule.rationale}`, markdown: renderRuleDoc(rule) },
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity], enabled: rule.enabledByDefault },
              properties: { tags: rule.tags },
            })),
          },
        },
        results: toJsonProblems(results).map((problem) => ({
          ruleId: problem.rule,
          ruleIndex: ruleIndex.get(problem.rule) ?? -1,
          level: SARIF_LEVEL[problem.severity],
          message: { text: problem.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(problem.file.replace(/\\/g, "/")) },
                region: {
                  startLine: problem.line,
                  startColumn: problem.column,
                  endLine: problem.endLine,
                  endColumn: problem.endColumn,
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
