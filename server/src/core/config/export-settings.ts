import { isObject, type SettingProblem } from "../text/setting-checks.js";

export const PAGE_SIZES = ["A4", "Letter"] as const;

/** How `upr-draft export` lays out the Word file: `"export"` in `.upr-draft.json`. */
export interface ExportSettings {
  font?: string;
  /** Font size in points. */
  size?: number;
  pageSize?: (typeof PAGE_SIZES)[number];
}

const MIN_SIZE = 6;
const MAX_SIZE = 36;
const MAX_FONT_NAME = 100;

/** Checks `"export"` in place: unusable fields are dropped and reported; a value that is no object is dropped whole. */
export function validateExportSettings(config: Record<string, unknown>): SettingProblem[] {
  const value = config.export;
  if (value === undefined) return [];
  if (!isObject(value)) {
    delete config.export;
    return [{ key: "export", message: '"export" must be an object with "font", "size" and "pageSize"; it is ignored.' }];
  }
  const problems: SettingProblem[] = [];
  const drop = (field: string, message: string) => {
    delete value[field];
    problems.push({ key: field, message: `"export.${field}" ${message}; the default is used.` });
  };
  for (const field of Object.keys(value)) if (!["font", "size", "pageSize"].includes(field)) drop(field, "is not a setting");
  if (value.font !== undefined && !(typeof value.font === "string" && value.font.trim() !== "" && value.font.length <= MAX_FONT_NAME)) {
    drop("font", "must be the name of a font");
  }
  if (value.size !== undefined && !(typeof value.size === "number" && value.size >= MIN_SIZE && value.size <= MAX_SIZE && Number.isInteger(value.size * 2))) {
    drop("size", `must be a size in points from ${MIN_SIZE} to ${MAX_SIZE}, in steps of a half point`);
  }
  if (value.pageSize !== undefined && !PAGE_SIZES.includes(value.pageSize as ExportSettings["pageSize"] & string)) drop("pageSize", 'must be "A4" or "Letter"');
  return problems;
}

/** The JSON schema of `"export"`, with the same limits as the check. */
export const EXPORT_SETTINGS_SCHEMA = {
  description: "How `upr-draft export` and the editor's export lay out the Word file.",
  type: "object",
  additionalProperties: false,
  properties: {
    font: { type: "string", minLength: 1, maxLength: MAX_FONT_NAME, description: "The font of the whole document. Default: Times New Roman." },
    size: { type: "number", minimum: MIN_SIZE, maximum: MAX_SIZE, multipleOf: 0.5, description: "The size of the body text in points. Default: 12." },
    pageSize: { type: "string", enum: [...PAGE_SIZES], description: "The paper size. Default: A4." },
  },
};
