import type { CodeAction, CodeActionParams, Range, TextEdit as LspTextEdit, WorkspaceEdit } from "vscode-languageserver";
import { CodeActionKind } from "vscode-languageserver";
import { blockAt, fixAllEdits, flatText, type LineIndex, type Problem, type TextEdit } from "../core/index.js";
import { toDiagnostic, toRange } from "./diagnostics.js";
import type { LintResult } from "./linter.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.upr`;

/**
 * Code actions for a range: a quick fix per fix of each problem there (the rule's first fix is
 * preferred), "Fix all" for a rule with more than one fixable problem, a comment that disables the
 * rule where the problem is, and `source.fixAll.upr` for the whole document.
 */
export function codeActions(params: CodeActionParams, result: LintResult): CodeAction[] {
  const { uri } = params.textDocument;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
  const index = result.document.index;
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const here = result.problems.filter((problem) => touches(problem, params.range, index));
    for (const problem of here) actions.push(...quickFixes(uri, result, problem));
    const rulesHere = [...new Set(here.filter((problem) => problem.fixes?.length).map((problem) => problem.ruleId))];
    for (const ruleId of rulesHere) {
      const fixable = result.problems.filter((problem) => problem.ruleId === ruleId && problem.fixes?.length);
      if (fixable.length < 2) continue;
      const edits = fixAllEdits(flatText(result.document.text), { configs: result.configuration.configs }, ruleId);
      if (edits.length > 0) actions.push(action(`Fix all ${ruleId} problems in the document`, CodeActionKind.QuickFix, uri, result, edits));
    }
    for (const problem of here) actions.push(disableAction(uri, result, problem));
  }
  if (only && wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(flatText(result.document.text), { configs: result.configuration.configs });
    if (edits.length > 0) actions.push(action("Fix all upr-draft problems", FIX_ALL_KIND, uri, result, edits));
  }
  return actions;
}

/** A document edit pinned to the version it was computed for, so a stale one is refused rather than misapplied. */
export function documentEdit(uri: string, version: number, edits: readonly TextEdit[], index: LineIndex): WorkspaceEdit {
  const lspEdits: LspTextEdit[] = edits.map((edit) => ({ range: toRange(edit, index), newText: edit.newText }));
  return { documentChanges: [{ textDocument: { uri, version }, edits: lspEdits }] };
}

function quickFixes(uri: string, result: LintResult, problem: Problem): CodeAction[] {
  const diagnostic = toDiagnostic(problem, result.document.index);
  return (problem.fixes ?? [])
    .filter((fix) => fix.edits.length > 0)
    .map((fix, i) => ({
      ...action(fix.title, CodeActionKind.QuickFix, uri, result, fix.edits),
      diagnostics: [diagnostic],
      isPreferred: i === 0,
    }));
}

/**
 * `<!-- upr-draft-disable-next-line UPRnnn -->` above the problem's line, indented as it is. Inside
 * a wrapped paragraph a comment line would split the paragraph in two, so there the rule is
 * switched off and on again around the whole block; inside the front matter, where a comment
 * cannot go, it is switched off for the file.
 */
function disableAction(uri: string, result: LintResult, problem: Problem): CodeAction {
  const { document } = result;
  const line = document.index.lineAt(problem.start);
  const block = blockAt(document, problem.start);
  const indent = /^[ \t]*/.exec(document.text.slice(line.start, line.end))![0];
  const eol = document.text.includes("\r\n") ? "\r\n" : "\n";
  const id = problem.ruleId;
  let title = `Disable ${id} for this line`;
  let edits: TextEdit[] = [{ start: line.start, end: line.start, newText: `${indent}<!-- upr-draft-disable-next-line ${id} -->${eol}` }];
  const frontMatter = document.frontMatter;
  if (frontMatter && problem.start < frontMatter.end) {
    const after = document.index.lineAt(frontMatter.end);
    title = `Disable ${id} for this file`;
    const lineBreak = after.next === after.end ? eol : "";
    edits = [{ start: after.next, end: after.next, newText: `${lineBreak}<!-- upr-draft-disable-file ${id} -->${eol}` }];
  } else if (block && block.firstLine < line.index) {
    const first = document.index.line(block.firstLine);
    const last = document.index.line(block.lastLine);
    const blockIndent = /^[ \t]*/.exec(document.text.slice(first.start, first.end))![0];
    title = `Disable ${id} for this paragraph`;
    edits = [
      { start: first.start, end: first.start, newText: `${blockIndent}<!-- upr-draft-disable ${id} -->${eol}` },
      { start: last.end, end: last.end, newText: `${eol}${blockIndent}<!-- upr-draft-enable ${id} -->` },
    ];
  }
  return { ...action(title, CodeActionKind.QuickFix, uri, result, edits), diagnostics: [toDiagnostic(problem, document.index)] };
}

function action(title: string, kind: string, uri: string, result: LintResult, edits: readonly TextEdit[]): CodeAction {
  return { title, kind, edit: documentEdit(uri, result.version, edits, result.document.index) };
}

function touches(problem: Problem, range: Range, index: LineIndex): boolean {
  return problem.start <= index.offsetAt(range.end) && problem.end >= index.offsetAt(range.start);
}
