import type { UprDocument } from "../model.js";
import type { Span } from "../text.js";

export type Severity = "error" | "warning" | "information" | "hint";

/** One replacement in the document text; offsets refer to the text the problem was found in. */
export interface TextEdit extends Span {
  newText: string;
}

/** A fix is data: a title saying what it changes, and the edits that change exactly that. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

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
