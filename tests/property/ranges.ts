import { expect } from "vitest";

export interface Ranged {
  start: number;
  end: number;
}

/** Every object in a value with a numeric start and end: in a model, blocks, lines, markers, quotes, findings. */
export function rangesIn(value: unknown, out: Ranged[] = [], seen = new Set<object>()): Ranged[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return out;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.start === "number" && typeof record.end === "number") out.push(record as unknown as Ranged);
  for (const field of Array.isArray(value) ? value : Object.values(record)) rangesIn(field, out, seen);
  return out;
}

export function expectInside(ranges: Ranged[], length: number): void {
  for (const range of ranges) {
    const inside = Number.isInteger(range.start) && Number.isInteger(range.end) && 0 <= range.start && range.start <= range.end && range.end <= length;
    if (!inside) expect.fail(`range ${JSON.stringify(range)} is not inside a text of length ${length}`);
  }
}
