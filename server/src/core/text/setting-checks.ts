/** A problem with one top-level setting of `.upr-draft.json`; config.ts places it at the key. */
export interface SettingProblem {
  key: string;
  message: string;
}

const MAX_PHRASE_LENGTH = 300;
const HAS_WORD = /[\p{L}\p{N}]/u;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Why a value is not a usable phrase (text with a word in it, not too long), or undefined when it is one. */
export function phraseProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return "must be text";
  if (!HAS_WORD.test(value)) return "must contain a word";
  if (value.length > MAX_PHRASE_LENGTH) return `must be at most ${MAX_PHRASE_LENGTH} characters`;
  return undefined;
}

/**
 * Reads a list setting item by item. `read` gives the item to keep, or why it is not usable;
 * each unusable item and a value that is no list are reported, and only the usable items kept.
 */
export function readListSetting<T>(
  value: unknown,
  label: string,
  usage: string,
  read: (item: unknown) => { item: T } | string,
  report: (message: string) => void,
): T[] | undefined {
  if (!Array.isArray(value)) {
    report(`${label} must be ${usage}; it is ignored.`);
    return undefined;
  }
  const items: T[] = [];
  value.forEach((entry: unknown, index) => {
    const result = read(entry);
    if (typeof result === "string") report(`${label} item ${index + 1}: ${result}; it is ignored.`);
    else items.push(result.item);
  });
  return items;
}

/**
 * The first checks of a setting that must be an object: absent gives undefined and no problem,
 * anything but an object is reported with how to write it, and keys it does not know are reported.
 */
export function settingObject(
  value: unknown,
  knownKeys: readonly string[],
  usage: string,
  report: (message: string) => void,
): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    report(`write ${usage}; it is ignored.`);
    return undefined;
  }
  for (const key of Object.keys(value)) if (!knownKeys.includes(key)) report(`unknown key "${key}"; it is ignored.`);
  return value;
}
