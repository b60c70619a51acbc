import type { UprDocument } from "../document/model.js";
import type { Fix } from "../text/edit.js";
import type { Span } from "../text/text.js";

export type Severity = "error" | "warning" | "information" | "hint";

export interface ProblemReport extends Span {
  message: string;
  /** What the rule expected and what it found, shown as "[Expected: …; Actual: …]". */
  expected?: string;
  actual?: string;
  /** The first fix is the preferred one; fix-all applies it. */
  fixes?: Fix[];
}

export interface Problem extends ProblemReport {
  ruleId: string;
  ruleName: string;
  severity: Severity;
}

export interface RuleContext {
  document: UprDocument;
  /** Options for this rule from the configuration. */
  options: Readonly<Record<string, unknown>>;
  /** Takes the object over as the problem: pass a new one each time. */
  report(problem: ProblemReport): void;
}

export interface Rule {
  /** Stable identifier, e.g. UPR001. */
  id: string;
  /** Readable alias, e.g. paragraph-numbering. */
  name: string;
  /** One sentence: what the rule checks. */
  description: string;
  /** Why it matters to a submission, for the rule's documentation. */
  rationale: string;
  tags: string[];
  defaultSeverity: Severity;
  /** Rules that are off unless the configuration turns them on. */
  enabledByDefault: boolean;
  fixable: boolean;
  check(context: RuleContext): void;
}
