import { parseDocument } from "yaml";
import type { FrontMatter } from "../model.js";
import type { Line } from "../text.js";

const FENCE = /^---\s*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)\s*$/;
const MAX_FRONT_MATTER_LINES = 500;

/** Reads YAML front matter between `---` fences at the very top; returns the index of the first body line. */
export function readFrontMatter(text: string, lines: Line[]): { frontMatter?: FrontMatter; bodyLine: number } {
  const first = lines[0];
  const firstText = text.slice(first.start, first.end).replace(/^\uFEFF/, "");
  if (!FENCE.test(firstText)) return { bodyLine: 0 };
  const limit = Math.min(lines.length, MAX_FRONT_MATTER_LINES);
  for (let i = 1; i < limit; i++) {
    const line = lines[i];
    if (!CLOSING_FENCE.test(text.slice(line.start, line.end))) continue;
    const content = { start: lines[1].start, end: i > 1 ? lines[i - 1].end : lines[1].start };
    return { frontMatter: parseYaml(text, { start: first.start, end: line.end }, content), bodyLine: i + 1 };
  }
  return { bodyLine: 0 };
}

function parseYaml(text: string, span: { start: number; end: number }, content: { start: number; end: number }): FrontMatter {
  const source = text.slice(content.start, content.end);
  const frontMatter: FrontMatter = { ...span, content, data: {} };
  try {
    const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
    const error = document.errors[0];
    if (error) {
      const [from, to] = error.pos;
      frontMatter.error = {
        message: firstLine(error.message),
        span: { start: content.start + from, end: content.start + Math.max(to, from + 1) },
      };
      return frontMatter;
    }
    const value: unknown = document.toJS();
    if (value !== null && value !== undefined && (typeof value !== "object" || Array.isArray(value))) {
      frontMatter.error = { message: "Front matter must be a set of `key: value` lines.", span: content };
    } else if (value) {
      frontMatter.data = value as Record<string, unknown>;
    }
  } catch (error) {
    frontMatter.error = { message: firstLine(String((error as Error).message ?? error)), span: content };
  }
  return frontMatter;
}

function firstLine(message: string): string {
  return message.split("\n")[0].trim();
}
