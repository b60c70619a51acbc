import type { UprDocument } from "./model.js";
import type { Span } from "../text/text.js";

/** How a draft numbers its paragraphs, as the front matter or `.upr-draft.json` may pin it; `auto` reads it from the numbers. */
export const NUMBERING_SETTINGS = ["auto", "flat", "decimal", "per-section"] as const;
export type NumberingSetting = (typeof NUMBERING_SETTINGS)[number];

export function isNumberingSetting(value: unknown): value is NumberingSetting {
  return typeof value === "string" && (NUMBERING_SETTINGS as readonly string[]).includes(value);
}

/** The metadata a submission can declare in its front matter. */
export interface SubmissionMetadata {
  state?: string;
  cycle?: number;
  session?: number;
  submission?: "individual" | "joint";
  organisations: string[];
  language?: string;
  wordLimit?: number;
  /** How the paragraphs are numbered; `auto` reads it from the numbers. */
  numbering?: NumberingSetting;
}

export const FRONT_MATTER_KEYS = ["state", "cycle", "session", "submission", "organisations", "language", "wordLimit", "numbering"] as const;

/** Reads the front matter's fields, keeping only values of the right type. */
export function submissionMetadata(document: UprDocument): SubmissionMetadata {
  const data = document.frontMatter?.data ?? {};
  const organisations = Array.isArray(data.organisations) ? data.organisations.filter((value): value is string => typeof value === "string") : [];
  return {
    state: typeof data.state === "string" ? data.state : undefined,
    cycle: positiveInteger(data.cycle),
    session: positiveInteger(data.session),
    submission: data.submission === "individual" || data.submission === "joint" ? data.submission : undefined,
    organisations,
    language: typeof data.language === "string" ? data.language : undefined,
    wordLimit: positiveInteger(data.wordLimit),
    numbering: isNumberingSetting(data.numbering) ? data.numbering : undefined,
  };
}

/** Where a key's line starts in the front matter, for reporting on it. */
export function frontMatterKeySpan(document: UprDocument, key: string): Span | undefined {
  const frontMatter = document.frontMatter;
  if (!frontMatter) return undefined;
  let lineStart = frontMatter.content.start;
  while (lineStart < frontMatter.content.end) {
    const lineEnd = document.text.indexOf("\n", lineStart);
    const end = lineEnd < 0 || lineEnd > frontMatter.content.end ? frontMatter.content.end : lineEnd;
    const line = document.text.slice(lineStart, end);
    if (line.startsWith(key) && line.slice(key.length).trimStart().startsWith(":")) return { start: lineStart, end: lineStart + key.length };
    lineStart = end + 1;
  }
  return undefined;
}

/** Where a value is written in the front matter (the first occurrence), for reporting on it. */
export function frontMatterValueSpan(document: UprDocument, value: string): Span | undefined {
  const frontMatter = document.frontMatter;
  if (!frontMatter) return undefined;
  const at = document.text.indexOf(value, frontMatter.content.start);
  return at >= 0 && at + value.length <= frontMatter.content.end ? { start: at, end: at + value.length } : undefined;
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}
