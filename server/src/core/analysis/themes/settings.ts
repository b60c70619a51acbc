import { isObject, phraseProblem, readListSetting, settingObject, type SettingProblem } from "../../text/setting-checks.js";

/** A theme added in `.upr-draft.json`. */
export interface ThemeSetting {
  /** A capital letter and one or two digits, as `F31`. */
  code: string;
  title: string;
  /** The group it belongs to, shown in hover. */
  group?: string;
}

/** The `"themes"` setting of `.upr-draft.json`: `{ "replace": false, "add": [{ "code": "X1", "title": "…" }] }`. */
export interface ThemeSettings {
  /** True: the built-in list is dropped and only the added themes are known. */
  replace?: boolean;
  /** Themes to add; one with a built-in code replaces that theme. */
  add?: ThemeSetting[];
}

export const THEME_CODE = /^[A-Z]\d{1,2}$/;

/** Reads the `"themes"` setting, keeping what is valid and saying what is not. */
export function readThemeSettings(value: unknown): { settings: ThemeSettings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const problem = (message: string) => problems.push({ key: "themes", message: `"themes": ${message}` });
  const settings: ThemeSettings = {};
  const object = settingObject(value, ["replace", "add"], '{"replace": false, "add": [{"code": "X1", "title": "…"}]}', problem);
  if (object === undefined) return { settings, problems };
  if (object.replace !== undefined) {
    if (typeof object.replace === "boolean") settings.replace = object.replace;
    else problem('"replace" must be true or false; it is ignored.');
  }
  if (object.add !== undefined) {
    const themes = readListSetting(object.add, '"add"', 'a list of {"code", "title"} objects', (theme) => themeProblem(theme) ?? { item: theme as ThemeSetting }, problem);
    if (themes) settings.add = themes;
  }
  return { settings, problems };
}

function themeProblem(theme: unknown): string | undefined {
  if (!isObject(theme)) return 'write {"code": "X1", "title": "…"}';
  if (typeof theme.code !== "string" || !THEME_CODE.test(theme.code)) return '"code" must be a capital letter and one or two digits, as "F31"';
  const title = phraseProblem(theme.title);
  if (title) return `"title" ${title}`;
  if (theme.group !== undefined && phraseProblem(theme.group)) return `"group" ${phraseProblem(theme.group)}`;
  const unknown = Object.keys(theme).find((key) => !["code", "title", "group"].includes(key));
  return unknown ? `unknown key "${unknown}"` : undefined;
}
