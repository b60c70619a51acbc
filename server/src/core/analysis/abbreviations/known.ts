import knownAbbreviations from "../../data/known-abbreviations.json";
import { abbreviationKey } from "./analysis.js";
import type { AbbreviationSettings } from "./settings.js";

/** An abbreviation readers know without a definition, with its expansion when one is given. */
export interface KnownExpansion {
  expansion?: string;
  source?: { title: string; url: string };
}

const BUILT_IN = new Map<string, KnownExpansion>(
  knownAbbreviations.abbreviations.map((entry) => [
    abbreviationKey(entry.abbreviation),
    { expansion: entry.expansion, source: (knownAbbreviations.sources as Record<string, { title: string; url: string }>)[entry.source] },
  ]),
);

/** The built-in list (UN, UPR, NGO, OHCHR …) and the project's `abbreviations.known`, by key. */
export function knownAbbreviationsFor(settings: AbbreviationSettings): Map<string, KnownExpansion> {
  if (!settings.known?.length) return BUILT_IN;
  const known = new Map(BUILT_IN);
  for (const entry of settings.known) {
    if (typeof entry === "string") known.set(abbreviationKey(entry), known.get(abbreviationKey(entry)) ?? {});
    else known.set(abbreviationKey(entry.abbreviation), { expansion: entry.expansion });
  }
  return known;
}
