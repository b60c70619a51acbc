import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic, Position } from "vscode-languageserver-protocol";
import { repoRoot } from "./lsp-client.js";

export const seedPath = join(repoRoot, "seeds/ecpat-pakistan-upr3.upr");
export const pastedSeedPath = join(repoRoot, "seeds/ecpat-pakistan-upr3-extracted.txt");
export const problemsPath = join(repoRoot, "tests/lsp/fixtures/problems.upr");

export const seedText = readFileSync(seedPath, "utf8");
export const pastedSeedText = readFileSync(pastedSeedPath, "utf8");
export const problemsText = readFileSync(problemsPath, "utf8");

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), "upr-lsp-"));
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

/** The position of the `occurrence`-th match of `needle` (plus `shift` characters) in a text. */
export function positionOf(text: string, needle: string, shift = 0, occurrence = 1): Position {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (${occurrence}) is not in the text`);
  }
  const offset = at + shift;
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}
