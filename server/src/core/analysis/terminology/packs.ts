import instrumentTitles from "../../data/instrument-titles.json";
import luxembourg from "../../data/terminology-luxembourg.json";
import unGeneral from "../../data/terminology-un-general.json";
import unNames from "../../data/terminology-un-names.json";
import type { TermPackName, TermSetting, TerminologySettings, TermSeverity } from "./settings.js";

export interface TermSource {
  title: string;
  url: string;
}

/** One term to avoid or use with caution, with its spellings, what to write instead and why. */
export interface TermEntry {
  /** `child-pornography` for a built-in entry, `project:<term>` for a project term. */
  id: string;
  /** The pack it comes from, or "project" for `.upr-draft.json`. */
  pack: TermPackName | "project";
  /** Spellings, in lower case; the first is the main one. */
  terms: string[];
  severity: TermSeverity;
  alternatives: string[];
  reason: string;
  source?: TermSource;
  /** The instruments that define the offence use this term: quoting them or naming them is fine. */
  legalTerm: boolean;
}

interface PackFile {
  pack: string;
  enabledByDefault: boolean;
  sources: Record<string, TermSource>;
  entries: { id: string; terms: string[]; severity: string; alternatives: string[]; reason: string; source: string; exemptInLegalCitations: boolean }[];
}

const PACK_FILES: Record<TermPackName, PackFile> = { luxembourg, "un-general": unGeneral, "un-names": unNames };

/**
 * Titles of instruments and mandates that contain avoided terms, and the distinctive endings by
 * which they are also cited ("… and on the sale of children, child prostitution and child
 * pornography"): nothing inside them is flagged.
 */
export const INSTRUMENT_TITLES: readonly string[] = instrumentTitles.titles.flatMap((entry: { title: string; shortForms?: string[] }) => [
  entry.title,
  ...(entry.shortForms ?? []),
]);

function packEntries(name: TermPackName): TermEntry[] {
  const file = PACK_FILES[name];
  return file.entries.map((entry) => ({
    id: entry.id,
    pack: name,
    terms: entry.terms,
    severity: entry.severity === "information" ? "information" : "warning",
    alternatives: entry.alternatives,
    reason: entry.reason,
    source: file.sources[entry.source],
    legalTerm: entry.exemptInLegalCitations,
  }));
}

/** The spelling a term is compared by: lower case, hyphens as spaces, single spaces. */
export function termKey(term: string): string {
  return term.toLowerCase().replace(/[-\u2010\u2011]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The entries in force: the packs that are on, less the built-in spellings a project term
 * replaces or turns off, plus the project terms.
 */
export function activeTermEntries(settings: TerminologySettings): TermEntry[] {
  const projectTerms = settings.terms ?? [];
  const overridden = new Set(projectTerms.flatMap((term) => spellings(term).map(termKey)));
  const entries: TermEntry[] = [];
  for (const name of Object.keys(PACK_FILES) as TermPackName[]) {
    if (!(settings.termPacks?.[name] ?? PACK_FILES[name].enabledByDefault)) continue;
    for (const entry of packEntries(name)) {
      const terms = entry.terms.filter((term) => !overridden.has(termKey(term)));
      if (terms.length > 0) entries.push({ ...entry, terms });
    }
  }
  for (const term of projectTerms) {
    if (term.severity === "off") continue;
    entries.push({
      id: `project:${termKey(term.term)}`,
      pack: "project",
      terms: spellings(term).map((spelling) => spelling.trim().toLowerCase()),
      severity: term.severity ?? "warning",
      alternatives: term.alternatives ?? [],
      reason: term.reason ?? "",
      legalTerm: false,
    });
  }
  return entries;
}

function spellings(term: TermSetting): string[] {
  return [term.term, ...(term.variants ?? [])];
}
