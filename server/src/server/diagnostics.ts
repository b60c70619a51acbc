import type { Diagnostic, Range } from "vscode-languageserver";
import { DiagnosticSeverity } from "vscode-languageserver";
import { findRule } from "../core/config.js";
import { anchor } from "../core/rule-docs.js";
import { allRules } from "../core/rules/index.js";
import type { Problem, Severity } from "../core/rules/types.js";
import type { LineIndex, Span } from "../core/text.js";

/** The README's rule reference: each rule has a heading `### UPR001 paragraph-numbering`. */
export const RULE_DOCS_URL = "https://github.com/upr-draft/upr-draft/blob/main/README.md";

export const SOURCE = "upr-draft";

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(problem: Problem, index: LineIndex): Diagnostic {
  const rule = findRule(allRules, problem.ruleId);
  const detail =
    problem.expected !== undefined || problem.actual !== undefined
      ? ` [Expected: ${problem.expected ?? "—"}; Actual: ${problem.actual ?? "—"}]`
      : "";
  return {
    range: toRange(problem, index),
    severity: SEVERITIES[problem.severity],
    code: problem.ruleId,
    codeDescription: rule ? { href: `${RULE_DOCS_URL}#${anchor(rule)}` } : undefined,
    source: SOURCE,
    message: problem.message + detail,
  };
}

export function toRange(span: Span, index: LineIndex): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}
