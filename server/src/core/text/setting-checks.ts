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
