import { blockLines } from "../../../server/src/core/document/block-lines.js";
import { submissionMetadata } from "../../../server/src/core/document/front-matter-fields.js";
import type { UprDocument } from "../../../server/src/core/document/model.js";
import { parseAll } from "../../../server/src/core/document/parser/index.js";
import { writeDocx } from "../../../server/src/core/word/docx-export.js";
import { importDocx, type ImportResult } from "../../../server/src/core/word/docx-import.js";
import { planWordDocument } from "../../../server/src/core/word/export-plan.js";

/** What a submission is made of, as the parser reads it: what a trip through Word must keep. */
export interface Essentials {
  words: string[];
  paragraphNumbers: string[];
  recommendationLetters: string[][];
  /** The text each footnote reference leads to, in the order of the references ("" for none). */
  footnoteTexts: string[];
  metadata: ReturnType<typeof submissionMetadata>;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function essentials(text: string): Essentials {
  const document = parseAll(text);
  const bodyWords = document.blocks
    .filter((block) => block.kind !== "comment" && block.kind !== "footnote")
    .flatMap((block) => blockLines(block).flatMap((line) => withoutFootnoteMarkers(document, line.start, line.end).match(WORD) ?? []));
  const definitions = new Map<string, string>();
  for (const definition of document.footnoteDefinitions) {
    if (definition.label === undefined || definitions.has(definition.label)) continue;
    const lines = blockLines(definition).map((line) => document.text.slice(Math.max(line.start, definition.content.start), line.end).trim());
    definitions.set(definition.label, lines.filter(Boolean).join(" "));
  }
  return {
    words: bodyWords,
    paragraphNumbers: document.paragraphs.map((paragraph) => paragraph.marker?.text ?? ""),
    recommendationLetters: document.lists.map((list) => list.items.map((item) => item.marker?.text ?? "")),
    footnoteTexts: document.footnoteReferences.map((reference) => definitions.get(reference.label) ?? ""),
    metadata: submissionMetadata(document),
  };
}

function withoutFootnoteMarkers(document: UprDocument, start: number, end: number): string {
  let out = "";
  let at = start;
  for (const reference of document.footnoteReferences) {
    if (reference.start < start || reference.end > end) continue;
    out += `${document.text.slice(at, reference.start)} `;
    at = reference.end;
  }
  return out + document.text.slice(at, end);
}

export async function exportText(text: string, options: Parameters<typeof planWordDocument>[1] = {}): Promise<Uint8Array> {
  return writeDocx(planWordDocument(parseAll(text), { date: new Date(Date.UTC(2026, 11, 2)), ...options }));
}

export async function roundTrip(text: string): Promise<ImportResult> {
  return importDocx(await exportText(text));
}
