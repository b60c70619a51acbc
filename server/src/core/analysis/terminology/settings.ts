import { isObject, phraseProblem, readListSetting, type SettingProblem } from "../../text/setting-checks.js";

export type TermSeverity = "warning" | "information";

/**
 * The built-in term packs: the Luxembourg Guidelines (on by default), general UN drafting language
 * (off), and the names of UN bodies and mechanisms written wrong (on).
 */
export type TermPackName = "luxembourg" | "un-general" | "un-names";
export const TERM_PACK_NAMES: readonly TermPackName[] = ["luxembourg", "un-general", "un-names"];

/** A project term, as written in `.upr-draft.json` under `"terms"`. */
export interface TermSetting {
  /**
   * The phrase to flag, as plain text: never a regular expression. Matching ignores case and
   * accepts plurals, possessives, and a hyphen or a line break between its words.
   */
  term: string;
  /** Other spellings of the same term. */
  variants?: string[];
  /** What to write instead; each one is offered as a quick fix. */
  alternatives?: string[];
  /** One line: why the term is a problem. */
  reason?: string;
  /**
   * "warning" (the default) reports it under UPR101 avoided-term, "information" under
   * UPR102 caution-term; "off" silences a built-in term of the same spelling.
   */
  severity?: TermSeverity | "off";
}

/** The terminology settings of `.upr-draft.json`. */
export interface TerminologySettings {
  /** Project terms; one with the spelling of a built-in term replaces it. */
  terms?: TermSetting[];
  /** Turns built-in packs on or off: `{ "un-general": true }`. */
  termPacks?: { [pack in TermPackName]?: boolean };
  /** Phrases, such as the titles of national laws, inside which no term is flagged. */
  termExceptions?: string[];
}

const SEVERITIES = new Set(["warning", "information", "off"]);
/** Terms are words: letters and digits, with spaces, hyphens or apostrophes between them. */
const WORDS_ONLY = /^[\p{L}\p{N}\p{M}\s'\u2019\-\u2010\u2011]+$/u;

/** Reads the terminology settings from a config object, keeping what is valid and saying what is not. */
export function readTerminologySettings(source: Readonly<Record<string, unknown>>): {
  settings: TerminologySettings;
  problems: SettingProblem[];
} {
  const settings: TerminologySettings = {};
  const problems: SettingProblem[] = [];
  const { terms, termPacks, termExceptions } = source;

  if (terms !== undefined) {
    const read = readListSetting(terms, '"terms"', 'a list of {"term": …} objects', (value) => {
      const term = readTerm(value);
      return typeof term === "string" ? term : { item: term };
    }, (message) => problems.push({ key: "terms", message }));
    if (read) settings.terms = read;
  }

  if (termPacks !== undefined) {
    if (!isObject(termPacks)) problems.push({ key: "termPacks", message: `"termPacks" must be an object such as {"un-general": true}; it is ignored.` });
    else {
      settings.termPacks = {};
      for (const [name, on] of Object.entries(termPacks)) {
        if (!(TERM_PACK_NAMES as readonly string[]).includes(name)) {
          problems.push({ key: "termPacks", message: `"termPacks": unknown pack "${name}" (known: ${TERM_PACK_NAMES.join(", ")}); it is ignored.` });
        } else if (typeof on !== "boolean") {
          problems.push({ key: "termPacks", message: `"termPacks": "${name}" must be true or false; it is ignored.` });
        } else settings.termPacks[name as TermPackName] = on;
      }
    }
  }

  if (termExceptions !== undefined) {
    const read = readListSetting(termExceptions, '"termExceptions"', "a list of phrases", (value) => phraseProblem(value) ?? { item: value as string }, (message) =>
      problems.push({ key: "termExceptions", message }),
    );
    if (read) settings.termExceptions = read;
  }
  return { settings, problems };
}

function readTerm(value: unknown): TermSetting | string {
  if (!isObject(value)) return 'write {"term": "…", "alternatives": ["…"]}';
  const invalidTerm = termProblem(value.term);
  if (invalidTerm) return `"term" ${invalidTerm}`;
  const term: TermSetting = { term: value.term as string };
  for (const key of ["variants", "alternatives"] as const) {
    const list = value[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return `"${key}" must be a list of phrases`;
    for (const phrase of list) {
      const invalid = key === "variants" ? termProblem(phrase) : phraseProblem(phrase);
      if (invalid) return `"${key}": ${invalid}`;
    }
    term[key] = list as string[];
  }
  if (value.reason !== undefined) {
    if (typeof value.reason !== "string") return '"reason" must be text';
    term.reason = value.reason;
  }
  if (value.severity !== undefined) {
    if (typeof value.severity !== "string" || !SEVERITIES.has(value.severity)) return '"severity" must be "warning", "information" or "off"';
    term.severity = value.severity as TermSetting["severity"];
  }
  for (const key of Object.keys(value)) {
    if (!["term", "variants", "alternatives", "reason", "severity"].includes(key)) return `unknown key "${key}"`;
  }
  return term;
}

/** A term is plain words: what is written is what is matched, so punctuation, which matching skips, is refused. */
function termProblem(value: unknown): string | undefined {
  const invalid = phraseProblem(value);
  if (invalid) return invalid;
  return WORDS_ONLY.test(value as string) ? undefined : "must be words with spaces, hyphens or apostrophes between them (it is plain text, not a pattern)";
}
