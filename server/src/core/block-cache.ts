import type { Block, UprDocument } from "./model.js";
import { previousBlock } from "./parser/incremental.js";

/**
 * Work done one block at a time, kept with the block and handed on to the next version of the
 * document for each block an edit left alone (incremental parsing copies those, moved). A value
 * must follow from the block's own text and its kind from its line shape, and hold no offsets: a
 * block handed on may have moved, and its neighbours may now see it otherwise (a lead-in, a
 * block in the annex).
 */
export class BlockCache<T extends NonNullable<unknown>> {
  private readonly values = new WeakMap<Block, T>();

  constructor(private readonly compute: (document: UprDocument, block: Block) => T) {}

  get(document: UprDocument, block: Block): T {
    let value = this.values.get(block);
    if (value === undefined) {
      const previous = previousBlock(document, block);
      value = (previous && this.values.get(previous)) ?? this.compute(document, block);
      this.values.set(block, value);
    }
    return value;
  }
}
