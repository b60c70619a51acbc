import { firstLineSpan, lastLineSpan } from "../document/block-lines.js";
import type { Block, UprDocument } from "../document/model.js";
import { endsSentence } from "../document/parser/blocks.js";
import { MAX_PARAGRAPH_NUMBER } from "../document/parser/lines.js";
import { firstStartingFrom } from "../document/span-search.js";
import type { Fix } from "../text/edit.js";
import type { Rule } from "./types.js";

export const unnumberedParagraph: Rule = {
  id: "UPR002",
  name: "unnumbered-paragraph",
  description: "Every paragraph of the body carries a number; text that lost its number or broke off a wrapped paragraph is flagged.",
  rationale:
    "OHCHR requires numbered paragraphs. Text pasted from PDF or Word often splits a paragraph in two, leaving an unnumbered tail.",
  tags: ["structure", "numbering"],
  defaultSeverity: "warning",
  enabledByDefault: true,
  fixable: true,
  check({ document, report }) {
    const blocks = document.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (block.kind !== "text" || block.role !== "body") continue;
      const previous = previousContent(blocks, i);
      const join = previous && joinFix(document, previous, block);
      const number = nextNumber(document, block);
      const numbering = number <= MAX_PARAGRAPH_NUMBER ? numberFix(block, number) : undefined;
      // The preferred fix comes first: joining a tail that broke off its paragraph, else numbering.
      const ordered = join && looksBrokenOff(document.text, previous!, block) ? [join, numbering] : [numbering, join];
      const fixes = ordered.filter((fix): fix is Fix => fix !== undefined);
      const line = firstLineSpan(block) ?? block;
      report({
        start: line.start,
        end: line.end,
        message: numbering ? "This body paragraph has no number." : `This body paragraph has no number, and paragraph numbers end at ${MAX_PARAGRAPH_NUMBER}.`,
        fixes,
      });
    }
  },
};

function previousContent(blocks: Block[], index: number): Block | undefined {
  for (let i = index - 1; i >= 0; i--) if (blocks[i].kind !== "comment") return blocks[i];
  return undefined;
}

function looksBrokenOff(text: string, previous: Block, block: Block): boolean {
  const last = lastLineSpan(previous);
  const previousEnd = last ? text.slice(last.start, last.end) : "";
  const first = text[block.content.start] ?? "";
  return !endsSentence(previousEnd) || first !== first.toUpperCase();
}

function joinFix(document: UprDocument, previous: Block, block: Block): Fix | undefined {
  if (previous.kind !== "paragraph" && previous.kind !== "item" && previous.kind !== "bullet" && previous.kind !== "text") {
    return undefined;
  }
  const text = document.text;
  const hyphenated = text[previous.end - 1] === "-" && /[a-z]/.test(text[block.start] ?? "");
  return {
    title: "Join with the paragraph above",
    edits: [{ start: previous.end, end: block.start, newText: hyphenated ? "" : " " }],
  };
}

/** The number after the paragraph before the block. */
function nextNumber(document: UprDocument, block: Block): number {
  const before = firstStartingFrom(document.paragraphs, block.start);
  return before === 0 ? 1 : document.paragraphs[before - 1].marker!.value + 1;
}

function numberFix(block: Block, number: number): Fix {
  return { title: `Number it as paragraph ${number}`, edits: [{ start: block.start, end: block.start, newText: `${number}. ` }] };
}
