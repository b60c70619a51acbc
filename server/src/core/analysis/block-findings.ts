import type { Block, UprDocument } from "../document/model.js";
import { reuseOf, spliceFindings } from "../document/parser/incremental.js";

/**
 * Findings that each lie within one block and follow from that block alone (its text, its kind
 * from its line shape, the quotations and footnote markers in it), listed once per document in
 * block order. For a document parsed from the version before, the findings of the copied blocks
 * are taken over (those after the edit moved) and only the blocks built again are searched: a
 * keystroke costs what the edited block costs, not what the draft costs.
 */
export class BlockFindings<T extends { start: number }> {
  private readonly byDocument = new WeakMap<UprDocument, T[]>();

  constructor(
    /** The findings in some consecutive blocks of a document, in block order. */
    private readonly find: (document: UprDocument, blocks: readonly Block[]) => T[],
    private readonly move: (item: T, delta: number) => T,
  ) {}

  get(document: UprDocument): T[] {
    let findings = this.byDocument.get(document);
    if (findings) return findings;
    const reuse = reuseOf(document);
    const kept = reuse && this.byDocument.get(reuse.previous);
    if (reuse && kept) {
      const { first, rebuilt } = reuse.blocks;
      findings = spliceFindings(reuse, kept, this.find(document, document.blocks.slice(first, first + rebuilt)), this.move);
    } else {
      findings = this.find(document, document.blocks);
    }
    this.byDocument.set(document, findings);
    return findings;
  }
}
