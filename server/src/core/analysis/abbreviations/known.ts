import knownAbbreviations from "../../data/known-abbreviations.json";
import type { AbbreviationDefinition } from "../../document/model.js";
import { abbreviationKey, expansionKey } from "./analysis.js";
import type { AbbreviationSettings } from "./settings.js";

/** An abbreviation readers know without a definition, with its expansion when one is given. */
export interface KnownExpansion {
  expansion?: string;
  /** Other things the abbreviation stands for: CRC is the Convention, and also its Committee. */
  otherExpansions?: string[];
  source?: { title: string; url: string };
}

const BUILT_IN = new Map<string, KnownExpansion>(
  knownAbbreviations.abbreviations.map((entry) => [
    abbreviationKey(entry.abbreviation),
    { expansion: entry.expansion, otherExpansions: entry.otherExpansions, source: (knownAbbreviations.sources as Record<string, { title: string; url: string }>)[entry.source] },
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

/**
 * Whether a definition gives one of the other meanings the list knows for its abbreviation
 * (CRC defined as the Committee): another form of the abbreviation, such as UNCRC, may then
 * stand for the first meaning, the Convention.
 */
export function definesOtherMeaning(definition: AbbreviationDefinition): boolean {
  const known = BUILT_IN.get(abbreviationKey(definition.abbreviation));
  const defined = expansionKey(definition.expansion);
  return known?.otherExpansions?.some((other) => expansionKey(other) === defined) ?? false;
}
