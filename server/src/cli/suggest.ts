import { closest, distance } from "fastest-levenshtein";

/** `; did you mean "lint"?` when one of the known words is a slip of the keyboard away, else "". */
export function didYouMean(input: string, known: readonly string[]): string {
  if (known.length === 0) return "";
  const best = closest(input, [...known]);
  const allowed = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return distance(input, best) <= allowed ? `; did you mean ${best}?` : "";
}
