import type { SourceText } from "./source-text.js";
/**
 * The largest text the CLI and the language server lint. A submission is some 30–60 KB; 10 MB is
 * a few hundred of them, which parse and lint in well under a second (see `npm run bench`, which
 * prints the time projected for this size). A bigger file is almost surely not a draft, and
 * linting it would hold up the editor and fill memory.
 */
export const MAX_LINT_BYTES = 10 * 1024 * 1024;

/** A configuration file is a few hundred bytes; one over a megabyte is not one, and is not read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export function configSizeProblem(bytes: number): string | undefined {
  return bytes > MAX_CONFIG_BYTES ? `it is ${megabytes(bytes)}, too big for a configuration` : undefined;
}

/** The limit in bytes that `maxFileSizeMB` in .upr-draft.json sets, or the default. */
export function maxLintBytes(maxFileSizeMB: number | undefined): number {
  return maxFileSizeMB === undefined ? MAX_LINT_BYTES : Math.floor(maxFileSizeMB * 1024 * 1024);
}

/**
 * Why a file of this many bytes is not linted, or undefined when it may be. For callers that know
 * the size before reading, as the CLI does; `atLeast` when reading stopped at the limit, as from a
 * pipe, and the size is only known to be larger.
 */
export function lintSizeProblem(bytes: number, limit = MAX_LINT_BYTES, atLeast = false): string | undefined {
  if (bytes <= limit) return undefined;
  const size = atLeast ? `over ${megabytes(limit)}` : megabytes(bytes);
  return `The file is ${size}; upr-draft lints files of up to ${megabytes(limit)} ("maxFileSizeMB" in .upr-draft.json). A submission is far smaller: is this the right file?`;
}

/**
 * The same for a text in memory, as the language server holds it: its size is counted as UTF-8
 * bytes, as on disk, by `countBytes` (a caller that knows an earlier version's count may count
 * only what changed).
 */
export function textSizeProblem(text: SourceText, limit = MAX_LINT_BYTES, countBytes: (text: SourceText) => number = utf8Length): string | undefined {
  // A UTF-16 code unit is at most 3 bytes in UTF-8: most texts need no counting.
  if (text.length * 3 <= limit) return undefined;
  // Every code unit is a byte at least: a text longer than the limit is over it without counting, at each keystroke.
  if (text.length > limit) return lintSizeProblem(text.length, limit, true);
  return lintSizeProblem(countBytes(text), limit);
}

/** The length of a text in UTF-8, counted without encoding it; a lone surrogate counts as the 3 bytes of U+FFFD, as TextEncoder writes it. */
export function utf8Length(text: SourceText): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function megabytes(bytes: number): string {
  const value = bytes / 1024 / 1024;
  return `${(value < 0.1 ? value.toPrecision(1) : value.toFixed(1)).replace(/\.0$/, "")} MB`;
}
