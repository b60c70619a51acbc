import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { maxLintBytes, textSizeProblem, type UprConfig } from "../core/index.js";

/**
 * The one diagnostic of a draft over the size limit (10 MB, or `maxFileSizeMB`), which is then
 * not parsed, so that a file far too big for a submission cannot hold up the other drafts; undefined
 * for a draft within the limit.
 */
export function oversizeDiagnostic(text: string, configs: readonly UprConfig[]): Diagnostic | undefined {
  const problem = textSizeProblem(text, maxLintBytes(configuredLimit(configs)));
  if (problem === undefined) return undefined;
  const start = { line: 0, character: 0 };
  return { range: { start, end: start }, severity: DiagnosticSeverity.Warning, source: "upr-draft", code: "size-limit", message: problem };
}

/** Whether a text may be parsed, for the features that read drafts the linter has not seen (workspace symbols). */
export function withinSizeLimit(text: string): boolean {
  return textSizeProblem(text) === undefined;
}

function configuredLimit(configs: readonly UprConfig[]): number | undefined {
  return configs.reduce<number | undefined>((limit, config) => config.maxFileSizeMB ?? limit, undefined);
}
