import type { Block, Section } from "../document/model.js";
import { toLetter, toRoman } from "../text/numerals.js";
import { fixEnd, renumberEdits, sequenceBreaks } from "./sequence.js";
import type { ProblemReport, Rule } from "./types.js";

export const sectionNumbering: Rule = {
  id: "UPR003",
  name: "section-numbering",
  description: "Section numerals run I, II, III …; lettered sub-headings run A, B, C … (or a, b, c …) within each section.",
  rationale: "A skipped or repeated section numeral is a sign that a section was moved or deleted without renumbering.",
  tags: ["structure", "headings"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const top = document.sections.map((section) => section.heading).filter((heading) => isRoman(heading));
    checkRun(top, toRoman, "Section", report);
    // Lettered sections with no numeral above them: "A. UNIONS", "B. GRIEVANCES".
    const letteredTop = document.sections.map((section) => section.heading).filter((heading) => heading.heading?.style === "upper-letter");
    checkRun(letteredTop, (value) => toLetter(value, true), "Section", report);
    for (const section of document.sections) checkSubsections(section, report);
  },
};

function checkSubsections(section: Section, report: (problem: ProblemReport) => void): void {
  const lettered = section.children.map((child) => child.heading).filter((heading) => heading.marker && !isRoman(heading));
  const upper = lettered.filter((heading) => heading.heading?.style === "upper-letter");
  const lower = lettered.filter((heading) => heading.heading?.style === "lower-letter");
  checkRun(upper, (value) => toLetter(value, true), "Sub-heading", report);
  checkRun(lower, (value) => toLetter(value), "Sub-heading", report);
}

function checkRun(headings: Block[], format: (value: number) => string, noun: string, report: (problem: ProblemReport) => void): void {
  const markers = headings.map((heading) => heading.marker!);
  const breaks = sequenceBreaks(markers);
  breaks.forEach((found, b) => {
    const marker = markers[found.index];
    const expected = format(found.expected);
    const edits = renumberEdits(markers, found.index, format, fixEnd(breaks, b, markers.length));
    const fixes = [{ title: `Renumber ${noun.toLowerCase()}s from ${marker.text} in order`, edits }];
    report({
      start: marker.start,
      end: marker.end,
      message:
        found.kind === "start"
          ? `${noun} numbering starts at ${marker.text}; it should start at ${expected}.`
          : `${noun} ${marker.text} follows ${format(found.previous!)}; expected ${expected}.`,
      expected,
      actual: marker.text,
      fixes,
    });
  });
}

function isRoman(heading: Block): boolean {
  const style = heading.heading?.style;
  return (style === "paren-roman" || style === "roman-dot") && heading.heading?.level === 1;
}
