/**
 * What settling the blocks asks of each block's own text (is it shaped like a heading, a
 * quotation, a lead-in?), worked out once per block and handed on with the block to the next
 * version of the document: the answers follow from the block's text alone, and an edit leaves
 * all but a few blocks as they were. Two bits a question, by block index: asked, and the answer.
 */
export type BlockFacts = Uint8Array;

export type Question = 0 | 2 | 4 | 6;

/** Shaped like a numbered heading, whatever comes after it. */
export const HEADING_SHAPE: Question = 0;
export const QUOTATION: Question = 2;
export const PLAIN_HEADING: Question = 4;
export const LEAD_IN: Question = 6;

/** The answer given before, or undefined. */
export function recalled(facts: BlockFacts, index: number, question: Question): boolean | undefined {
  const bits = (facts[index] >> question) & 3;
  return bits === 0 ? undefined : bits === 3;
}

export function remember(facts: BlockFacts, index: number, question: Question, answer: boolean): boolean {
  facts[index] |= (answer ? 3 : 1) << question;
  return answer;
}

/** The facts of a new version: those of the blocks before `first` and from `resumed` on, at their new indexes; none for the `rebuilt` between. */
export function handedOnFacts(facts: BlockFacts, first: number, rebuilt: number, resumed: number, count: number): BlockFacts {
  const handed = new Uint8Array(count);
  handed.set(facts.subarray(0, first));
  handed.set(facts.subarray(resumed), first + rebuilt);
  return handed;
}
