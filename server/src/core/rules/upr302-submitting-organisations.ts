import { frontMatterValueSpan, submissionMetadata } from "../document/front-matter-fields.js";
import type { UprDocument } from "../document/model.js";
import type { Rule } from "./types.js";

/** Verbs that open a description of an organisation: "X is a network of …", "X works …". */
const DESCRIPTION = /^\s*(?:\([^)]{1,20}\)\s*)?(?:is|are|was|has been|works|brings together|represents|was founded|was established)\b/;

export const submittingOrganisations: Rule = {
  id: "UPR302",
  name: "submitting-organisations",
  description:
    "Each organisation listed in the front matter is described in the text, and a joint submission names all its members before the first numbered paragraph.",
  rationale:
    "OHCHR's technical guidelines ask for the organisation's name at or near the top and, for a joint submission, the names of all contributing stakeholders; the summary cites each submission by its authors.",
  tags: ["submission", "ohchr"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: false,
  check({ document, report }) {
    const metadata = submissionMetadata(document);
    if (metadata.organisations.length === 0) return;
    const opening = comparable(openingText(document));
    for (const organisation of metadata.organisations) {
      const span = frontMatterValueSpan(document, organisation) ?? document.frontMatter!.content;
      if (metadata.submission === "joint" && !opening.includes(comparable(organisation))) {
        report({ ...span, message: `${organisation} is a member of this joint submission but is not named before the first numbered paragraph.` });
      }
      if (!isDescribed(document, organisation)) {
        report({ ...span, message: `The text has no description of ${organisation} (a sentence such as “${organisation} is …”).` });
      }
    }
  },
};

/** The title block and everything up to the first numbered paragraph, after the front matter. */
function openingText(document: UprDocument): string {
  const start = document.frontMatter?.end ?? 0;
  const end = document.paragraphs[0]?.start ?? document.text.length;
  return document.text.slice(start, end);
}

/** Text as names are looked for in it: lower case, one space for any run of white space. */
function comparable(text: string): string {
  return text.replace(/\s+/g, " ").toLowerCase();
}

/** Searched from the end: descriptions usually stand in the annex, and a long draft names the organisation often. */
function isDescribed(document: UprDocument, name: string): boolean {
  const text = document.text;
  const bodyStart = document.frontMatter?.end ?? 0;
  for (let at = text.lastIndexOf(name); at >= bodyStart; at = at > 0 ? text.lastIndexOf(name, at - 1) : -1) {
    if (DESCRIPTION.test(text.slice(at + name.length, at + name.length + 60))) return true;
  }
  return false;
}
