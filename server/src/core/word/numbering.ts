import { child, childElements, propertyValue, type XmlElement } from "./xml-tree.js";

interface Level {
  start: number;
  format: string;
  text: string;
  /** Restart after a level above (the default), or never (false). */
  restarts: boolean;
  legal: boolean;
  style?: string;
}

interface Instance {
  abstractId: string;
  /** Start values a `w:num` sets for its levels, taking effect the first time that instance is used. */
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

/**
 * Word's automatic numbering, as Word displays it: list instances (`w:num`) share the counters of
 * their abstract list, an instance with a start override restarts its levels the first time it is
 * used, and a level restarts after any level above it.
 */
export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();
  private readonly startOverridden = new Map<string, number>();

  constructor(numbering: XmlElement | undefined) {
    if (!numbering) return;
    for (const abstract of childElements(numbering, "abstractNum")) {
      const levels = new Map<number, Level>();
      for (const level of childElements(abstract, "lvl")) levels.set(Number(level.attributes.ilvl ?? 0), readLevel(level));
      this.abstracts.set(abstract.attributes.abstractNumId ?? "", levels);
    }
    for (const num of childElements(numbering, "num")) {
      const instance: Instance = { abstractId: propertyValue(num, "abstractNumId") ?? "", startOverrides: new Map(), levelOverrides: new Map() };
      for (const override of childElements(num, "lvlOverride")) {
        const ilvl = Number(override.attributes.ilvl ?? 0);
        const start = propertyValue(override, "startOverride");
        if (start !== undefined) instance.startOverrides.set(ilvl, Number(start));
        const level = child(override, "lvl");
        if (level) instance.levelOverrides.set(ilvl, readLevel(level));
      }
      this.instances.set(num.attributes.numId ?? "", instance);
    }
  }

  /** The level of an instance linked to a paragraph style (headings numbered through their style). */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const instance = this.instances.get(numId);
    const levels = instance && this.abstracts.get(instance.abstractId);
    for (const [ilvl, level] of levels ?? []) if (level.style === styleId) return ilvl;
    return undefined;
  }

  /**
   * Counts one more paragraph of the list at the level and returns what Word shows before it:
   * "3.", "b)", "1.2", or "bullet" for a bullet; undefined for no number.
   */
  next(numId: string, ilvl: number): string | undefined {
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const levels = this.levels(instance);
    const level = levels[ilvl];
    if (!level) return undefined;
    const counters = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counters);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [overridden, start] of instance.startOverrides) {
        counters[overridden] = undefined;
        this.startOverridden.set(`${instance.abstractId}:${overridden}`, start);
      }
    }
    counters[ilvl] = counters[ilvl] === undefined ? this.startOf(instance.abstractId, ilvl, level) : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < counters.length; deeper++) if (levels[deeper]?.restarts !== false) counters[deeper] = undefined;
    if (level.format === "bullet") return "bullet";
    if (level.format === "none") return undefined;
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const shown = levels[at];
      const value = counters[at] ?? (shown ? this.startOf(instance.abstractId, at, shown) : 1);
      return formatNumber(value, level.legal ? "decimal" : shown?.format ?? "decimal");
    });
    return label.trim() || undefined;
  }

  private startOf(abstractId: string, ilvl: number, level: Level): number {
    return this.startOverridden.get(`${abstractId}:${ilvl}`) ?? level.start;
  }

  private levels(instance: Instance): Level[] {
    const levels: Level[] = [];
    for (const [ilvl, level] of this.abstracts.get(instance.abstractId) ?? []) levels[ilvl] = level;
    for (const [ilvl, level] of instance.levelOverrides) levels[ilvl] = level;
    return levels;
  }
}

function readLevel(level: XmlElement): Level {
  return {
    start: Number(propertyValue(level, "start") ?? 0),
    format: propertyValue(level, "numFmt") ?? "decimal",
    text: propertyValue(level, "lvlText") ?? "",
    restarts: propertyValue(level, "lvlRestart") !== "0",
    legal: child(level, "isLgl") !== undefined && propertyValue(level, "isLgl") !== "0" && propertyValue(level, "isLgl") !== "false",
    style: propertyValue(level, "pStyle"),
  };
}

const ROMAN: [number, string][] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

/** A counter in one of Word's number formats; formats without a rendering here fall back to decimal, as Word does for unknown ones. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(value);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerRoman":
      return roman(value);
    case "upperRoman":
      return roman(value).toUpperCase();
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "ordinal":
      return `${value}${ordinalSuffix(value)}`;
    default:
      return String(value);
  }
}

/** Word's letters: a … z, then aa … zz, aaa …, one letter repeated. */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  let rest = value;
  let out = "";
  for (const [amount, numeral] of ROMAN) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

function ordinalSuffix(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return ["th", "st", "nd", "rd"][value % 10] ?? "th";
}
