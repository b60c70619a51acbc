import { applyEdits, parse, toRoman, type TextEdit } from "../src/core/index.js";

/**
 * Drafts `copies` times the size of a seed, made from the seed: its body repeated with section
 * numerals, paragraph numbers and footnote numbers running on across the copies, so the result
 * reads as one long submission (many sections, lists restarting at a., footnotes, flagged terms).
 * The title block comes once at the top and the annex once at the end.
 *
 * Paragraph numbers past 999 are not paragraph markers to the parser (a marker has at most three
 * digits, so a year that starts a line is not taken for one): from 36× the seed on, the later
 * paragraphs are unnumbered text and the draft carries one problem for each.
 */
export function syntheticDraft(seed: string, copies: number): string {
  const document = parse(seed);
  const firstSection = document.sections[0]?.heading;
  const annex = document.annex;
  if (!firstSection || !annex) throw new Error("the seed needs a first section heading and an annex");
  const head = seed.slice(0, lineStart(seed, firstSection.start));
  const bodyEnd = lineStart(seed, annex.start);
  const bodyStart = head.length;
  const sectionHeadings = document.sections.map((section) => section.heading).filter((heading) => heading.start < bodyEnd);
  const paragraphs = document.paragraphs.filter((paragraph) => paragraph.start < bodyEnd);
  const references = document.footnoteReferences.filter((reference) => reference.start < bodyEnd);
  const notes = document.mode === "pasted" ? document.footnoteDefinitions.filter((note) => note.start < bodyEnd) : [];
  const footnotesPerCopy = Math.max(0, ...references.map((reference) => Number(reference.label) || 0));

  const parts = [head];
  for (let copy = 0; copy < copies; copy++) {
    const edits: TextEdit[] = [];
    sectionHeadings.forEach((heading, i) => {
      if (heading.marker && heading.heading?.style === "paren-roman") {
        edits.push({ ...relative(heading.marker, bodyStart), newText: toRoman(copy * sectionHeadings.length + i + 1) });
      }
    });
    paragraphs.forEach((paragraph, i) => {
      edits.push({ ...relative(paragraph.marker!, bodyStart), newText: String(copy * paragraphs.length + i + 1) });
    });
    const footnote = (label: string) => String(copy * footnotesPerCopy + Number(label));
    for (const reference of references) {
      const newText = reference.glued ? footnote(reference.label) : `[^${footnote(reference.label)}]`;
      edits.push({ ...relative(reference, bodyStart), newText });
    }
    for (const note of notes) {
      edits.push({ start: note.start - bodyStart, end: note.start - bodyStart + note.label!.length, newText: footnote(note.label!) });
    }
    parts.push(applyEdits(seed.slice(bodyStart, bodyEnd), edits));
  }
  parts.push(seed.slice(bodyEnd));
  if (document.mode === "canonical") parts.push(footnoteTexts(copies * footnotesPerCopy));
  return parts.join("");
}

/** The canonical seed lost its footnote texts; the synthetic draft gives each reference one. */
function footnoteTexts(count: number): string {
  const lines = ["\n"];
  for (let label = 1; label <= count; label++) lines.push(`[^${label}]: Source ${label}, https://example.org/report-${label}.\n`);
  return lines.join("\n");
}

function relative(span: { start: number; end: number }, base: number) {
  return { start: span.start - base, end: span.end - base };
}

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf("\n", offset - 1), text.lastIndexOf("\r", offset - 1)) + 1;
}
