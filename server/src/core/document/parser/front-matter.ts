import type { SourceText } from "../../text/source-text.js";
import { parseDocument } from "yaml";
import type { FrontMatter } from "../model.js";
import { ownCopy, type LineIndex } from "../../text/text.js";

const FENCE = /^---\s*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)\s*$/;
const MAX_FRONT_MATTER_LINES = 500;

/** Reads YAML front matter between `---` fences at the very top; returns the index of the first body line. */
export function readFrontMatter(text: SourceText, lines: LineIndex): { frontMatter?: FrontMatter; bodyLine: number } {
  const { starts, ends } = lines;
  const firstText = text.slice(starts[0], ends[0]).replace(/^\uFEFF/, "");
  if (!FENCE.test(firstText)) return { bodyLine: 0 };
  const limit = Math.min(lines.count, MAX_FRONT_MATTER_LINES);
  for (let i = 1; i < limit; i++) {
    if (!CLOSING_FENCE.test(text.slice(starts[i], ends[i]))) continue;
    const content = { start: starts[1], end: i > 1 ? ends[i - 1] : starts[1] };
    return { frontMatter: parseYaml(text, { start: starts[0], end: ends[i] }, content), bodyLine: i + 1 };
  }
  return { bodyLine: 0 };
}

interface YamlResult {
  data: Record<string, unknown>;
  /** Offsets relative to the YAML source. */
  error?: { message: string; from: number; to: number };
}

/** The front matter rarely changes between two parses of a draft being edited; reading YAML is the dearest step of a small parse. */
const yamlCache = new Map<string, YamlResult>();
const YAML_CACHE_SIZE = 8;

function parseYaml(text: SourceText, span: { start: number; end: number }, content: { start: number; end: number }): FrontMatter {
  // A copy: a part of the text, or the strings YAML reads out of it, would keep the whole text
  // alive in the cache for as long as the front matter stays the same.
  const source = ownCopy(text.slice(content.start, content.end));
  let result = yamlCache.get(source);
  if (!result) {
    result = readYaml(source);
    if (yamlCache.size >= YAML_CACHE_SIZE) yamlCache.delete(yamlCache.keys().next().value!);
    yamlCache.set(source, result);
  }
  // Each document gets its own copy: nothing one caller does to its data reaches another.
  const frontMatter: FrontMatter = { ...span, content, data: structuredClone(result.data) };
  if (result.error) {
    const { message, from, to } = result.error;
    frontMatter.error = { message, span: { start: content.start + from, end: content.start + to } };
  }
  return frontMatter;
}

function readYaml(source: string): YamlResult {
  const whole = (message: string): YamlResult => ({ data: {}, error: { message, from: 0, to: source.length } });
  try {
    // Warnings would go to the process's stderr; problems are reported as diagnostics instead.
    const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, logLevel: "error" });
    const error = document.errors[0];
    if (error) {
      const [from, to] = error.pos;
      return { data: {}, error: { message: firstLine(error.message), from, to: Math.max(to, from + 1) } };
    }
    const value: unknown = document.toJS();
    if (value !== null && value !== undefined && (typeof value !== "object" || Array.isArray(value))) {
      return whole("Front matter must be a set of `key: value` lines.");
    }
    return { data: (value ?? {}) as Record<string, unknown> };
  } catch (error) {
    return whole(firstLine(String((error as Error).message ?? error)));
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0].trim();
}
