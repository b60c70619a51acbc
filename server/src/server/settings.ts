import { allRules, parseConfig, type RuleSetting, type UprConfig } from "../core/index.js";

/** The `uprDraft.*` settings of VS Code, for one document. */
export interface EditorSettings {
  /** Rule severities, as in `.upr-draft.json`; they override the project file. */
  rules: Record<string, RuleSetting>;
  wordLimit?: number;
  /** How long to wait after the last keystroke before linting, in milliseconds. */
  lintDelay: number;
  run: "onType" | "onSave";
}

export const DEFAULT_SETTINGS: EditorSettings = { rules: {}, lintDelay: 150, run: "onType" };

const MAX_LINT_DELAY = 10_000;

/** Reads the settings section as the client sends it, keeping what is valid. */
export function readSettings(value: unknown): EditorSettings {
  if (typeof value !== "object" || value === null) return DEFAULT_SETTINGS;
  const raw = value as Record<string, unknown>;
  const lintDelay = typeof raw.lintDelay === "number" && raw.lintDelay >= 0 ? Math.min(raw.lintDelay, MAX_LINT_DELAY) : DEFAULT_SETTINGS.lintDelay;
  const layer = settingsLayer(raw);
  return {
    rules: layer.rules ?? {},
    wordLimit: layer.wordLimit,
    lintDelay,
    run: raw.run === "onSave" ? "onSave" : "onType",
  };
}

/** The settings as a config layer above the project file; invalid entries are dropped by the same checks the project file gets. */
function settingsLayer(raw: Record<string, unknown>): UprConfig {
  const layer: Record<string, unknown> = {};
  if (raw.rules !== undefined && raw.rules !== null) layer.rules = raw.rules;
  if (raw.wordLimit !== undefined && raw.wordLimit !== null) layer.wordLimit = raw.wordLimit;
  return parseConfig(JSON.stringify(layer), allRules).config;
}

export function settingsConfig(settings: EditorSettings): UprConfig {
  return settings.wordLimit === undefined ? { rules: settings.rules } : { rules: settings.rules, wordLimit: settings.wordLimit };
}
