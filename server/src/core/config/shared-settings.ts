import { readAbbreviationSettings, type AbbreviationSettings } from "../analysis/abbreviations/settings.js";
import type { SettingProblem } from "../text/setting-checks.js";
import { readTerminologySettings, type TerminologySettings } from "../analysis/terminology/settings.js";
import { readThemeSettings, type ThemeSettings } from "../analysis/themes/settings.js";

/**
 * The top-level settings of `.upr-draft.json` that rules read besides their own options:
 * terminology, themes, abbreviations, the word limit and the numbering scheme. Every rule receives them among its options.
 */
export interface SharedSettings extends TerminologySettings {
  themes?: ThemeSettings;
  abbreviations?: AbbreviationSettings;
  wordLimit?: number;
  /** How paragraphs are numbered, when the front matter does not say: see `NumberingSetting`. */
  numbering?: string;
}

export const SHARED_SETTING_KEYS = ["terms", "termPacks", "termExceptions", "themes", "abbreviations", "wordLimit", "numbering"] as const;

/** Layers the shared settings of several configs, lowest first: a later config's value of a key wins. */
export function sharedSettings(...configs: (Readonly<Record<string, unknown>> | undefined)[]): SharedSettings {
  const merged: Record<string, unknown> = {};
  for (const config of configs) {
    if (!config) continue;
    for (const key of SHARED_SETTING_KEYS) if (config[key] !== undefined) merged[key] = config[key];
  }
  return merged as SharedSettings;
}

/** Checks the shared settings of one config in place: invalid parts are dropped, and each is reported. */
export function validateSharedSettings(config: Record<string, unknown>): SettingProblem[] {
  const terminology = readTerminologySettings(config);
  const themes = readThemeSettings(config.themes);
  const abbreviations = readAbbreviationSettings(config.abbreviations);
  const valid: SharedSettings = {
    ...terminology.settings,
    themes: themes.settings,
    abbreviations: abbreviations.settings,
    wordLimit: typeof config.wordLimit === "number" ? config.wordLimit : undefined,
    numbering: typeof config.numbering === "string" ? config.numbering : undefined,
  };
  for (const key of SHARED_SETTING_KEYS) {
    if (config[key] === undefined) continue;
    if (valid[key] === undefined) delete config[key];
    else config[key] = valid[key];
  }
  return [...terminology.problems, ...themes.problems, ...abbreviations.problems];
}
