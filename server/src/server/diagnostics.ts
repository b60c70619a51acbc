import type { Diagnostic, Range } from "vscode-languageserver";
import { DiagnosticSeverity } from "vscode-languageserver";
import { allRules, type LineIndex, type Problem, type Severity, type Span } from "../core/index.js";
import { RULE_DOC_COMMAND } from "./protocol.js";

/**
 * The link behind a diagnostic's code: a command URI that makes the client show the rule's
 * documentation, which works offline and in the browser alike.
 */
export const ruleDocLink = (ruleId: string) => `command:${RULE_DOC_COMMAND}?${encodeURIComponent(JSON.stringify([ruleId]))}`;

export const SOURCE = "upr-draft";

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Each rule's link to its description, made once: a long draft has thousands of problems. */
const descriptions = new Map(allRules.map((rule) => [rule.id, { href: ruleDocLink(rule.id) }]));

export function toDiagnostic(problem: Problem, index: LineIndex): Diagnostic {
  const detail =
    problem.expected !== undefined || problem.actual !== undefined
      ? ` [Expected: ${problem.expected ?? "—"}; Actual: ${problem.actual ?? "—"}]`
      : "";
  return {
    range: toRange(problem, index),
    severity: SEVERITIES[problem.severity],
    code: problem.ruleId,
    codeDescription: descriptions.get(problem.ruleId),
    source: SOURCE,
    message: problem.message + detail,
  };
}

export function toRange(span: Span, index: LineIndex): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}
