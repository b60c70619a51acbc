export type { TextEdit } from "./text/edit.js";
export { MAX_LINT_BYTES, configSizeProblem, lintSizeProblem, maxLintBytes, textSizeProblem, utf8Length } from "./text/limits.js";
export { toRoman } from "./text/numerals.js";
export { LineIndex, lineHolding, splitLines, type Span } from "./text/text.js";
export { ChunkedText, flatText, type SourceText } from "./text/source-text.js";
export { submissionMetadata } from "./document/front-matter-fields.js";
export type { UprDocument } from "./document/model.js";
export { releasePrevious, type Unchanged } from "./document/parser/incremental.js";
export { parse, parseAll } from "./document/parser/index.js";
export { blockAt } from "./document/span-search.js";
export { countWords } from "./analysis/word-count.js";
export { allRules } from "./rules/index.js";
export type { Problem, Rule, Severity } from "./rules/types.js";
export { paragraphNumbering } from "./rules/upr001-paragraph-numbering.js";
export { recommendationLettering } from "./rules/upr005-recommendation-lettering.js";
export { CONFIG_SCHEMA_PATH, renderConfigSchema } from "./config/config-schema.js";
export { configCandidates } from "./config/config-search.js";
export { CONFIG_FILE_NAME, parseConfig, type RuleSetting, type UprConfig } from "./config/config.js";
export { sharedSettings, type SharedSettings } from "./config/shared-settings.js";
export { lintDocument, lintText } from "./lint/lint.js";
export { convertEdits, fixAllEdits, reletterLists, renumberParagraphs } from "./edits/commands.js";
export { convertToCanonical } from "./edits/convert.js";
export { fixAll } from "./edits/fix-all.js";
export { applyEdits } from "./edits/fixes.js";
export { completionsAt, type CompletionEntry } from "./features/completion.js";
export { navigationAt } from "./features/navigation.js";
export { onEnterEdits } from "./features/on-enter.js";
export { foldingRegions, outline, type OutlineKind, type OutlineNode } from "./features/outline.js";
export { anchor, renderRuleDoc, renderRuleDocs, replaceRuleDocs } from "./features/rule-docs.js";
export type { ExportSettings } from "./config/export-settings.js";
export type { ImportNotice, ImportOptions, ImportResult, PlanOptions, WordPlan } from "./word/index.js";

/**
 * Word export and import, loaded when first used: the .docx writer and reader weigh more than the
 * rest of the core, and the language server never needs them.
 */
export function loadWord(): Promise<typeof import("./word/index.js")> {
  return import("./word/index.js");
}
