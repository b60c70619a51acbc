import type { Diagnostic, Range } from "vscode-languageserver";
import { DiagnosticSeverity } from "vscode-languageserver";
import { allRules, type LineIndex, type Problem, type Severity, type Span } from "../core/index.js";
import { RULE_DOC_COMMAND } from "./protocol.js";
import { asciiBytes, asciiJson, RawJson } from "./raw-json.js";

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
 * (severity, code, link, source and message) is kept from one lint to the next, and so are the
 * bytes of each run of diagnostics that start in the same RUN_LINES lines: a run whose ranges and
 * JSON after them are as the last lint wrote them is sent as the same bytes. So a keystroke
 * encodes anew only the runs it changed, not the whole list (half a megabyte for the 1,600
 * problems of a 2.5 MB draft).
 */
export class DiagnosticsJson {
  /** By rule, severity and message, the JSON after the range, as the last lint used it. */
  private kept: Tails = new Map();
  /** The last lint's runs, by the number of the first line of their RUN_LINES lines. */
  private runs = new Map<number, Run>();
  /** The run being written: each problem's start and end line and character, and the JSON after its range. */
  private positions = new Int32Array(64);
  private tails: string[] = [];

  write(problems: readonly Problem[], index: LineIndex): RawJson {
    const used: Tails = new Map();
    const runs = new Map<number, Run>();
    const parts: Uint8Array[] = [OPEN];
    let count = 0;
    let band = -1;
    const close = () => {
      if (count === 0) return;
      const run = this.run(band, count, runs);
      if (parts.length > 1) parts.push(COMMA);
      parts.push(run.bytes);
      count = 0;
    };
    for (const problem of problems) {
      const message = diagnosticMessage(problem);
      const usedTails = tailsOf(used, problem);
      let tail = usedTails.get(message) ?? this.kept.get(problem.ruleId)?.get(problem.severity)?.get(message);
      if (tail === undefined) tail = asciiJson(diagnosticFields(problem, message)).slice(1);
      usedTails.set(message, tail);
      const start = index.positionAt(problem.start);
      const end = index.positionAt(problem.end);
      const problemBand = Math.floor(start.line / RUN_LINES);
      if (problemBand !== band) {
        close();
        band = problemBand;
      }
      if (this.positions.length < (count + 1) * 4) {
        const grown = new Int32Array(this.positions.length * 2);
        grown.set(this.positions);
        this.positions = grown;
      }
      this.positions[count * 4] = start.line;
      this.positions[count * 4 + 1] = start.character;
      this.positions[count * 4 + 2] = end.line;
      this.positions[count * 4 + 3] = end.character;
      this.tails[count] = tail;
      count++;
    }
    close();
    parts.push(CLOSE);
    this.kept = used;
    this.runs = runs;
    this.tails.length = 0;
    return new RawJson(parts);
  }

  /** The run of the `count` problems just read, the last lint's when it wrote the same, else written now. */
  private run(band: number, count: number, runs: Map<number, Run>): Run {
    const last = this.runs.get(band);
    if (last && sameRun(last, this.positions, this.tails, count)) {
      if (!runs.has(band)) runs.set(band, last);
      return last;
    }
    const positions = this.positions.slice(0, count * 4);
    const tails = this.tails.slice(0, count);
    const items: string[] = [];
    for (let i = 0; i < count; i++) {
      const at = i * 4;
      items.push(`{"range":{"start":{"line":${positions[at]},"character":${positions[at + 1]}},"end":{"line":${positions[at + 2]},"character":${positions[at + 3]}}},${tails[i]}`);
    }
    const run: Run = { positions, tails, bytes: asciiBytes(items.join(",")) };
    // Problems come sorted by position, so a band is one run; should one come twice, the first is kept.
    if (!runs.has(band)) runs.set(band, run);
    return run;
  }
}

/** How many lines' diagnostics make one run, kept or written anew as one. */
const RUN_LINES = 64;

const OPEN = asciiBytes("[");
const COMMA = asciiBytes(",");
const CLOSE = asciiBytes("]");

/** Diagnostics written as bytes: each one's start and end line and character, and the JSON after its range. */
interface Run {
  positions: Int32Array;
  tails: string[];
  bytes: Uint8Array;
}

function sameRun(run: Run, positions: Int32Array, tails: readonly string[], count: number): boolean {
  if (run.tails.length !== count) return false;
  for (let i = 0; i < count * 4; i++) if (run.positions[i] !== positions[i]) return false;
  for (let i = 0; i < count; i++) if (run.tails[i] !== tails[i]) return false;
  return true;
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
