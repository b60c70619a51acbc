import { isNumberingSetting, NUMBERING_SETTINGS, type NumberingSetting } from "../document/front-matter-fields.js";
import { printParseErrorCode } from "jsonc-parser";
import { MAX_CONFIG_DEPTH, readJsonText } from "./json-text.js";
import type { Rule, Severity } from "../rules/types.js";
import { validateExportSettings, type ExportSettings } from "./export-settings.js";
import { sharedSettings, validateSharedSettings, type SharedSettings } from "./shared-settings.js";
import type { Span } from "../text/text.js";

export const CONFIG_FILE_NAME = ".upr-draft.json";

export type RuleSetting = Severity | "off" | boolean | ({ severity?: Severity | "off" } & Record<string, unknown>);

/** The project file `.upr-draft.json`, as read; every field optional. */
export interface UprConfig extends SharedSettings {
  rules?: Record<string, RuleSetting>;
  wordLimit?: number;
  /** The size limit for drafts, in megabytes. */
  maxFileSizeMB?: number;
  numbering?: NumberingSetting;
  export?: ExportSettings;
  [key: string]: unknown;
}

export interface ConfigProblem extends Span {
  message: string;
}

export interface EffectiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

const SEVERITIES = new Set(["error", "warning", "information", "hint", "off"]);
const KNOWN_KEYS = new Set(["$schema", "rules", "wordLimit", "maxFileSizeMB", "numbering", "terms", "termPacks", "termExceptions", "themes", "abbreviations", "export"]);

/** Reads a config file's text. A broken file gives problems and an empty config (so the defaults apply). A BOM is skipped. */
export function parseConfig(text: string, rules: readonly Rule[]): { config: UprConfig; problems: ConfigProblem[] } {
  if (text.charCodeAt(0) === 0xfeff) {
    const { config, problems } = parseConfig(text.slice(1), rules);
    return { config, problems: problems.map((problem) => ({ ...problem, start: problem.start + 1, end: problem.end + 1 })) };
  }
  const { value, errors, tooDeep, forbidden } = readJsonText(text);
  if (tooDeep !== undefined) {
    const message = `The configuration nests deeper than ${MAX_CONFIG_DEPTH} levels, which no setting needs; the defaults are used.`;
    return { config: {}, problems: [{ start: tooDeep, end: tooDeep + 1, message }] };
  }
  if (errors.length > 0) {
    const [error] = errors;
    const problem = {
      start: error.offset,
      end: error.offset + Math.max(1, error.length),
      message: `The configuration is not valid JSON (${describeJsonError(printParseErrorCode(error.error))}); the defaults are used.`,
    };
    return { config: {}, problems: [problem] };
  }
  const refused = forbidden.map(({ key, start, end }) => ({ start, end, message: `"${key}" is not a setting, and could change how every object behaves; it is ignored.` }));
  if (value === undefined) return { config: {}, problems: refused };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { config: {}, problems: [{ start: 0, end: text.length, message: "The configuration must be a JSON object; the defaults are used." }] };
  }
  const config = value as UprConfig;
  return { config, problems: [...refused, ...validate(text, config, rules)] };
}

function validate(text: string, config: UprConfig, rules: readonly Rule[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const at = (needle: string): Span => {
    const start = Math.max(0, text.indexOf(JSON.stringify(needle)));
    return { start, end: start + needle.length + 2 };
  };
  for (const key of Object.keys(config)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ ...at(key), message: `Unknown setting "${key}"; it is ignored.` });
  }
  if (config.wordLimit !== undefined && !(Number.isInteger(config.wordLimit) && config.wordLimit > 0)) {
    problems.push({ ...at("wordLimit"), message: "\"wordLimit\" must be a positive whole number; it is ignored." });
    delete config.wordLimit;
  }
  if (config.maxFileSizeMB !== undefined && !(typeof config.maxFileSizeMB === "number" && config.maxFileSizeMB > 0 && Number.isFinite(config.maxFileSizeMB))) {
    problems.push({ ...at("maxFileSizeMB"), message: "\"maxFileSizeMB\" must be a number of megabytes above 0; the default of 10 is used." });
    delete config.maxFileSizeMB;
  }
  if (config.numbering !== undefined && !isNumberingSetting(config.numbering)) {
    problems.push({ ...at("numbering"), message: `"numbering" is one of ${NUMBERING_SETTINGS.map((value) => `"${value}"`).join(", ")}; it is ignored.` });
    delete config.numbering;
  }
  if (config.rules !== undefined && (typeof config.rules !== "object" || config.rules === null || Array.isArray(config.rules))) {
    problems.push({ ...at("rules"), message: "\"rules\" must be an object of rule IDs or names; it is ignored." });
    delete config.rules;
  }
  for (const { key, message } of validateSharedSettings(config)) problems.push({ ...at(key), message });
  for (const { key, message } of validateExportSettings(config)) problems.push({ ...at(key), message });
  for (const [key, setting] of Object.entries(config.rules ?? {})) {
    if (!findRule(rules, key)) {
      problems.push({ ...at(key), message: `Unknown rule "${key}"; it is ignored.` });
      continue;
    }
    const severity = typeof setting === "object" && setting !== null ? setting.severity : setting;
    if (typeof severity === "string" && !SEVERITIES.has(severity)) {
      problems.push({ ...at(key), message: `Rule "${key}": severity "${severity}" is not one of error, warning, information, hint, off; the default is used.` });
      delete config.rules![key];
    } else if (severity !== undefined && typeof severity !== "string" && typeof severity !== "boolean") {
      problems.push({ ...at(key), message: `Rule "${key}": use a severity, true/false, or an object with "severity"; the default is used.` });
      delete config.rules![key];
    }
  }
  return problems;
}

export function findRule(rules: readonly Rule[], key: string): Rule | undefined {
  const lower = key.toLowerCase();
  return rules.find((rule) => rule.id.toLowerCase() === lower || rule.name === lower);
}

/**
 * Layers configs (later ones win) and settles each rule's severity and options; disabled rules are left out.
 * A rule's options start from the shared settings (terms, themes, abbreviations); its own options override them.
 */
export function effectiveRules(rules: readonly Rule[], ...configs: (UprConfig | undefined)[]): EffectiveRule[] {
  const result: EffectiveRule[] = [];
  const shared = sharedSettings(...configs);
  for (const rule of rules) {
    let severity: Severity | "off" = rule.enabledByDefault ? rule.defaultSeverity : "off";
    let options: Record<string, unknown> = { ...shared };
    for (const config of configs) {
      const setting = settingFor(rule, config);
      if (setting === undefined) continue;
      if (setting === true) severity = severity === "off" ? rule.defaultSeverity : severity;
      else if (setting === false) severity = "off";
      else if (typeof setting === "string") severity = setting;
      else {
        const { severity: configured, ...rest } = setting;
        severity = configured ?? (severity === "off" ? rule.defaultSeverity : severity);
        options = { ...options, ...rest };
      }
    }
    if (severity !== "off") result.push({ rule, severity, options });
  }
  return result;
}

function settingFor(rule: Rule, config: UprConfig | undefined): RuleSetting | undefined {
  const rules = config?.rules;
  if (!rules) return undefined;
  for (const [key, value] of Object.entries(rules)) {
    const lower = key.toLowerCase();
    if (lower === rule.id.toLowerCase() || lower === rule.name) return value;
  }
  return undefined;
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}
