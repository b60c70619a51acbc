import type { Diagnostic, Range } from "vscode-languageserver";
import { DiagnosticSeverity } from "vscode-languageserver";
import { allRules, type LineIndex, type Problem, type Severity, type Span } from "../core/index.js";
import { RULE_DOC_COMMAND } from "./protocol.js";
import { asciiJson, RawJson } from "./raw-json.js";

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
  return { range: toRange(problem, index), ...diagnosticFields(problem, diagnosticMessage(problem)) };
}

/** A diagnostic's fields after its range. */
function diagnosticFields(problem: Problem, message: string): Omit<Diagnostic, "range"> {
  return { severity: SEVERITIES[problem.severity], code: problem.ruleId, codeDescription: descriptions.get(problem.ruleId), source: SOURCE, message };
}

function diagnosticMessage(problem: Problem): string {
  return problem.expected !== undefined || problem.actual !== undefined
    ? `${problem.message} [Expected: ${problem.expected ?? "—"}; Actual: ${problem.actual ?? "—"}]`
    : problem.message;
}

/**
 * Writes the diagnostics of one document's lints as JSON text for a transport that sends it as
 * it is: what toDiagnostic gives, without the objects. Each problem's JSON after its range
 * (severity, code, link, source and message) is kept from one lint to the next, so a keystroke
 * writes anew only the ranges and the problems it made.
 */
export class DiagnosticsJson {
  /** By rule, severity and message, the JSON after the range, as the last lint used it. */
  private kept: Tails = new Map();

  write(problems: readonly Problem[], index: LineIndex): RawJson {
    const used: Tails = new Map();
    const items: string[] = [];
    for (const problem of problems) {
      const message = diagnosticMessage(problem);
      const usedTails = tailsOf(used, problem);
      let tail = usedTails.get(message) ?? this.kept.get(problem.ruleId)?.get(problem.severity)?.get(message);
      if (tail === undefined) tail = asciiJson(diagnosticFields(problem, message)).slice(1);
      usedTails.set(message, tail);
      const start = index.positionAt(problem.start);
      const end = index.positionAt(problem.end);
      items.push(`{"range":{"start":{"line":${start.line},"character":${start.character}},"end":{"line":${end.line},"character":${end.character}}},${tail}`);
    }
    this.kept = used;
    return new RawJson(`[${items.join(",")}]`);
  }
}

/** Keyed by the rule's ID and the severity, strings made once: a key made of both would be a new string to hash for each problem. */
type Tails = Map<string, Map<Severity, Map<string, string>>>;

function tailsOf(tails: Tails, problem: Problem): Map<string, string> {
  let bySeverity = tails.get(problem.ruleId);
  if (!bySeverity) tails.set(problem.ruleId, (bySeverity = new Map()));
  let byMessage = bySeverity.get(problem.severity);
  if (!byMessage) bySeverity.set(problem.severity, (byMessage = new Map()));
  return byMessage;
}

export function toRange(span: Span, index: LineIndex): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}
