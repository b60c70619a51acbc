import themesFile from "../../data/themes.json";
import type { ThemeSettings } from "./settings.js";
import { editDistance } from "../../text/edit-distance.js";

/** A UPR theme: its code, official title and group, and where the list comes from. */
export interface Theme {
  code: string;
  title: string;
  group?: string;
  /** The document the title was taken from; absent for a theme added in the settings. */
  source?: { title: string; url: string };
}

const BUILT_IN: readonly Theme[] = themesFile.themes.map((theme) => ({
  code: theme.code,
  title: theme.title,
  group: theme.group,
  source: (themesFile.sources as Record<string, { title: string; url: string }>)[theme.source],
}));

/** The theme codes in force: the built-in list (unless replaced) and the project's own. */
export class ThemeCatalogue {
  private readonly byCode = new Map<string, Theme>();
  private readonly sorted: Theme[];

  constructor(settings: ThemeSettings = {}) {
    if (!settings.replace) for (const theme of BUILT_IN) this.byCode.set(theme.code, theme);
    for (const theme of settings.add ?? []) this.byCode.set(theme.code, { code: theme.code, title: theme.title, group: theme.group });
    this.sorted = [...this.byCode.values()].sort(compareCodes);
  }

  get(code: string): Theme | undefined {
    return this.byCode.get(code);
  }

  /** Every theme, by letter and then by number (A3 before A12). */
  all(): readonly Theme[] {
    return this.sorted;
  }

  /** The letters codes start with, for telling a theme code from, say, a motorway number. */
  hasLetter(letter: string): boolean {
    for (const code of this.byCode.keys()) if (code[0] === letter) return true;
    return false;
  }

  /**
   * Up to `limit` known codes nearest to an unknown one: one edit away (F35 → F34, F13 → F31),
   * else two edits away with the same letter; the nearest number first.
   */
  nearest(code: string, limit = 3): Theme[] {
    const scored = [...this.byCode.values()]
      .map((theme) => ({ theme, distance: editDistance(code, theme.code) }))
      .filter(({ theme, distance }) => distance <= 1 || (distance === 2 && theme.code[0] === code[0]));
    const best = Math.min(...scored.map(({ distance }) => distance));
    return scored
      .filter(({ distance }) => distance === best)
      .sort((a, b) => closeness(code, a.theme.code) - closeness(code, b.theme.code) || compareCodes(a.theme, b.theme))
      .slice(0, limit)
      .map(({ theme }) => theme);
  }
}

const catalogues = new Map<string, ThemeCatalogue>();

/** The catalogue for some settings, made once per distinct settings. */
export function themeCatalogue(settings: ThemeSettings = {}): ThemeCatalogue {
  const key = JSON.stringify(settings);
  let catalogue = catalogues.get(key);
  if (!catalogue) {
    if (catalogues.size >= 8) catalogues.delete(catalogues.keys().next().value!);
    catalogue = new ThemeCatalogue(settings);
    catalogues.set(key, catalogue);
  }
  return catalogue;
}

function compareCodes(a: Theme, b: Theme): number {
  return a.code[0] === b.code[0] ? Number(a.code.slice(1)) - Number(b.code.slice(1)) : a.code < b.code ? -1 : 1;
}

/** How far apart two codes are: another letter counts most, then the difference of the numbers. */
function closeness(code: string, other: string): number {
  return (code[0] === other[0] ? 0 : 1000) + Math.abs(Number(code.slice(1)) - Number(other.slice(1)));
}
