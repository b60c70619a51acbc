import { pluralForms } from "./inflect.js";
import type { TermEntry } from "./packs.js";
import { GAP_BREAK, GAP_LOOSE, wordKey, type WordTokens } from "./words.js";

export type Terminal =
  /** A term to report; `plural` when the last word matched in a plural spelling. */
  | { kind: "term"; entry: TermEntry; plural: boolean }
  /** A phrase inside which nothing is reported: a title, an exception, a preferred term. */
  | { kind: "exempt" };

const EXEMPT: Terminal = { kind: "exempt" };

class PhraseNode {
  readonly next = new Map<string, PhraseNode>();
  terminal: Terminal | undefined;
  /** Keys of the words that lead on from here, also with a possessive ’s: most words are passed over on their key alone. */
  private nextKeys: Set<number> | undefined;

  child(word: string): PhraseNode {
    let node = this.next.get(word);
    if (!node) {
      node = new PhraseNode();
      this.next.set(word, node);
      this.nextKeys = undefined;
    }
    return node;
  }

  leadsOn(key: number): boolean {
    if (!this.nextKeys) {
      this.nextKeys = new Set();
      for (const word of this.next.keys()) this.nextKeys.add(wordKey(word)).add(wordKey(`${word}'s`));
    }
    return this.nextKeys.has(key);
  }
}

export interface PhraseMatch {
  terminal: Terminal;
  /** Indexes of the first and last word matched. */
  first: number;
  last: number;
  start: number;
  /** The end of the phrase: before a possessive ’s. */
  end: number;
}

const PHRASE_WORD = /[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*/gu;

/** A phrase's words as the tokenizer reads a text's words: lower case, straight apostrophes. */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().replace(/\u2019/g, "'").match(PHRASE_WORD) ?? [];
}

/**
 * Literal phrases in a word trie keyed by whole words, so a text is matched in one pass over its
 * words: only a word that starts some phrase leads further. No phrase becomes a regular expression.
 */
export class PhraseMatcher {
  private readonly root = new PhraseNode();
  /** The keys of the words that start a phrase folded into a table of 2^16 flags, read before the root's keys: most words stop there. */
  private starterFlags: Uint8Array | undefined;

  /** A term to report, matched in the singular or a plural of its last word. */
  addTerm(phrase: string, entry: TermEntry): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    const parent = this.path(words.slice(0, -1));
    const last = words[words.length - 1];
    mark(parent.child(last), { kind: "term", entry, plural: false });
    for (const plural of pluralForms(last)) mark(parent.child(plural), { kind: "term", entry, plural: true });
  }

  /** A phrase whose words are never reported; commas and line breaks may part its words. */
  addExempt(phrase: string): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    const node = this.path(words);
    node.terminal = EXEMPT;
    for (const plural of pluralForms(words[words.length - 1])) this.path([...words.slice(0, -1), plural]).terminal = EXEMPT;
  }

  /** Whether a phrase may start with a word of this key: false for most words, and quickly. */
  mayStart(key: number): boolean {
    this.starterFlags ??= flagsOf(this.root);
    return this.starterFlags[flagIndex(key)] !== 0;
  }

  /** The longest phrase that starts at word `i`, if any. */
  match(tokens: WordTokens, i: number): PhraseMatch | undefined {
    const { keys } = tokens;
    let node: PhraseNode | undefined = this.root;
    let loose = false;
    let best: PhraseMatch | undefined;
    for (let j = i; j < tokens.count && node; j++) {
      if (j > i) {
        const gap = tokens.gap(j);
        if (gap === GAP_BREAK) break;
        if (gap === GAP_LOOSE) loose = true;
      }
      if (!node.leadsOn(keys[j])) break;
      const word = tokens.norm(j);
      if (word.endsWith("'s")) {
        const owner = node.next.get(word.slice(0, -2))?.terminal;
        if (owner && accepts(owner, loose)) best = { terminal: owner, first: i, last: j, start: tokens.starts[i], end: tokens.ends[j] - 2 };
      }
      node = node.next.get(word);
      if (node?.terminal && accepts(node.terminal, loose)) {
        best = { terminal: node.terminal, first: i, last: j, start: tokens.starts[i], end: tokens.ends[j] };
      }
    }
    return best;
  }

  private path(words: string[]): PhraseNode {
    this.starterFlags = undefined;
    let node = this.root;
    for (const word of words) node = node.child(word);
    return node;
  }
}

/** A key folded to 16 bits, every bit of it stirred in: a key's low bits alone hold only its second letter and length. */
function flagIndex(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

function flagsOf(root: PhraseNode): Uint8Array {
  const flags = new Uint8Array(1 << 16);
  for (const word of root.next.keys()) {
    flags[flagIndex(wordKey(word))] = 1;
    flags[flagIndex(wordKey(`${word}'s`))] = 1;
  }
  return flags;
}

/** A preferred or exempt phrase is never overwritten by a term of the same words. */
function mark(node: PhraseNode, terminal: Terminal): void {
  if (!node.terminal) node.terminal = terminal;
}

/** Terms need their words side by side; exempt phrases, such as titles, may have commas between them. */
function accepts(terminal: Terminal, loose: boolean): boolean {
  return terminal.kind === "exempt" || !loose;
}
