import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { maxLintBytes, textSizeProblem, utf8Length, type SourceText, type Unchanged, type UprConfig } from "../core/index.js";

/**
 * The one diagnostic of a draft over the size limit (10 MB, or `maxFileSizeMB`), which is then
 * not parsed, so that a file far too big for a submission cannot hold up the other drafts; undefined
 * for a draft within the limit.
 */
export function oversizeDiagnostic(text: SourceText, configs: readonly UprConfig[], countBytes?: (text: SourceText) => number): Diagnostic | undefined {
  const problem = textSizeProblem(text, maxLintBytes(configuredLimit(configs)), countBytes);
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

/**
 * A text's length in UTF-8 from an earlier version's, counting only the part between what stayed
 * at its start and at its end: a 10 MB draft is not read through at each keystroke.
 */
export function editedUtf8Length(before: { text: SourceText; bytes: number }, text: SourceText, unchanged: Unchanged): number {
  const old = before.text;
  let prefix = Math.min(unchanged.prefix, old.length, text.length);
  let suffix = Math.min(unchanged.suffix, old.length - prefix, text.length - prefix);
  // A surrogate pair counts 4 bytes and each half alone 3: neither bound may fall inside a pair,
  // in either version, so a high surrogate before the first bound and a low one after the second
  // are counted with the part that changed.
  if (prefix > 0 && isHighSurrogate(text.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(text.charCodeAt(text.length - suffix))) suffix--;
  return before.bytes - utf8Length(old.slice(prefix, old.length - suffix)) + utf8Length(text.slice(prefix, text.length - suffix));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
