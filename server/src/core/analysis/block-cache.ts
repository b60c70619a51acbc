import type { Block, UprDocument } from "../document/model.js";
import { reuseOf } from "../document/parser/incremental.js";
import { firstStartingFrom } from "../document/span-search.js";

/**
 * Work done one block at a time, kept with the block and handed on to the next version of the
 * document for each block an edit left alone (incremental parsing copies those, moved). A value
 * must follow from the block's own text and its kind from its line shape, and hold no offsets: a
 * block handed on may have moved, and its neighbours may now see it otherwise (a lead-in, a
 * block in the annex). Values are kept by block index, per document: cheaper than a map keyed
 * by block when a draft has tens of thousands of blocks and every keystroke makes new ones.
 */
export class BlockCache<T extends NonNullable<unknown>> {
  private readonly byDocument = new WeakMap<UprDocument, (T | undefined)[]>();
  /** The document asked about last, kept at hand: its blocks are asked about one after another. */
  private lastDocument: UprDocument | undefined;
  private lastValues: (T | undefined)[] = [];

  constructor(private readonly compute: (document: UprDocument, block: Block) => T) {}

  get(document: UprDocument, block: Block): T {
    const index = indexOf(document.blocks, block);
    return index < 0 ? this.compute(document, block) : this.at(document, index);
  }

  /** The value of the document's block at `index`, for a walk over all blocks. */
  at(document: UprDocument, index: number): T {
    const values = this.valuesOf(document);
    let value = values[index];
    if (value === undefined) values[index] = value = this.compute(document, document.blocks[index]);
    return value;
  }

  private valuesOf(document: UprDocument): (T | undefined)[] {
    if (this.lastDocument === document) return this.lastValues;
    let values = this.byDocument.get(document);
    if (!values) {
      values = this.handedOn(document);
      this.byDocument.set(document, values);
    }
    this.lastDocument = document;
    this.lastValues = values;
    return values;
  }

  /**
   * The previous version's values, at the new indexes of the blocks copied from it: one array
   * filled, instead of a look-up in the previous version for every block asked about.
   */
  private handedOn(document: UprDocument): (T | undefined)[] {
    const reuse = reuseOf(document);
    const kept = reuse && this.byDocument.get(reuse.previous);
    if (!kept) return [];
    const { first, rebuilt, resumed } = reuse.blocks;
    const values = new Array<T | undefined>(first + rebuilt + Math.max(0, kept.length - resumed));
    for (let i = 0; i < first && i < kept.length; i++) values[i] = kept[i];
    for (let i = resumed, at = first + rebuilt; i < kept.length; i++, at++) values[at] = kept[i];
    return values;
  }
}

/** Blocks are in document order and start at different offsets. */
function indexOf(blocks: Block[], block: Block): number {
  const at = firstStartingFrom(blocks, block.start);
  return blocks[at] === block ? at : -1;
}
