import type { Block, UprDocument } from "../model.js";
import { endsSentence } from "../parser/blocks.js";
import { MAX_PARAGRAPH_NUMBER } from "../parser/lines.js";
import type { Fix, Rule } from "./types.js";

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
      const fixes: Fix[] = [];
      const join = previous && joinFix(document, previous, block);
      const number = nextNumber(document, block);
      const numbering = number <= MAX_PARAGRAPH_NUMBER ? numberFix(block, number) : undefined;
      if (join && looksBrokenOff(document.text, previous!, block)) fixes.push(join, ...(numbering ? [numbering] : []));
      else fixes.push(...(numbering ? [numbering] : []), ...(join ? [join] : []));
      report({
        start: block.lines[0]?.start ?? block.start,
        end: block.lines[0]?.end ?? block.end,
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
  const last = previous.lines[previous.lines.length - 1];
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
  const paragraphs = document.paragraphs;
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid].start < block.start) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? 1 : paragraphs[low - 1].marker!.value + 1;
}

function numberFix(block: Block, number: number): Fix {
  return { title: `Number it as paragraph ${number}`, edits: [{ start: block.start, end: block.start, newText: `${number}. ` }] };
}
