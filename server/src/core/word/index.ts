export { DEFAULT_EXPORT_SETTINGS, writeDocx } from "./docx-export.js";
export { importDocx, type ImportNotice, type ImportOptions, type ImportResult } from "./docx-import.js";
export { planWordDocument, type PlanOptions, type WordPlan } from "./export-plan.js";
export { WordFileError } from "./word-package.js";
