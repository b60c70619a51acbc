import { isObject, settingObject, type SettingProblem } from "../../text/setting-checks.js";

/** An abbreviation readers know without a definition. */
export interface KnownAbbreviation {
  abbreviation: string;
  expansion?: string;
}

/** The `"abbreviations"` setting of `.upr-draft.json`. */
export interface AbbreviationSettings {
  /**
   * Abbreviations that need no definition in the text (for UPR115), added to the built-in
   * list (UN, UPR, NGO, OHCHR …): `"SAARC"` or `{"abbreviation": "SAARC", "expansion": "…"}`.
   */
  known?: (string | KnownAbbreviation)[];
}

const ABBREVIATION = /^\p{Lu}[\p{L}\p{N}&.-]{0,14}$/u;

/** Reads the `"abbreviations"` setting, keeping what is valid and saying what is not. */
export function readAbbreviationSettings(value: unknown): { settings: AbbreviationSettings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const problem = (message: string) => problems.push({ key: "abbreviations", message: `"abbreviations": ${message}` });
  const settings: AbbreviationSettings = {};
  const object = settingObject(value, ["known"], '{"known": ["SAARC", …]}', problem);
  if (object === undefined) return { settings, problems };
  if (object.known !== undefined) {
    if (!Array.isArray(object.known)) problem('"known" must be a list of abbreviations; it is ignored.');
    else {
      settings.known = [];
      object.known.forEach((entry: unknown, index) => {
        const abbreviation = typeof entry === "string" ? entry : isObject(entry) ? entry.abbreviation : undefined;
        const expansion = isObject(entry) ? entry.expansion : undefined;
        if (typeof abbreviation !== "string" || !ABBREVIATION.test(abbreviation)) {
          problem(`"known" item ${index + 1} must be an abbreviation such as "SAARC" or {"abbreviation": "SAARC", "expansion": "…"}; it is ignored.`);
        } else if (expansion !== undefined && typeof expansion !== "string") {
          problem(`"known" item ${index + 1}: "expansion" must be text; it is ignored.`);
        } else {
          settings.known!.push(entry as string | KnownAbbreviation);
        }
      });
    }
  }
  return { settings, problems };
}
