import type { SourceText } from "../../text/source-text.js";
import { FNV_OFFSET, FNV_PRIME } from "../../text/text.js";
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
  /** The nodes of the words that lead on, by `wordHash` of the word. */
  readonly next = new Map<number, PhraseNode>();
  /** The next word leading on from the same node with the same hash, when two do. */
  private sameHash: PhraseNode | undefined;
  terminal: Terminal | undefined;
  /** Keys of the words that lead on from here, also with a possessive ’s: most words are passed over on their key alone. */
  private nextKeys: Set<number> | undefined;

  constructor(
    /** The word that leads here, and the node it leads from: a match is checked word by word along them. */
    readonly word: string,
    readonly parent: PhraseNode | undefined,
  ) {}

  child(word: string): PhraseNode {
    const hash = wordHash(word, 0, word.length);
    const first = this.next.get(hash);
    for (let node = first; node; node = node.sameHash) if (node.word === word) return node;
    const node = new PhraseNode(word, this);
    if (first) {
      node.sameHash = first.sameHash;
      first.sameHash = node;
    } else {
      this.next.set(hash, node);
    }
    this.nextKeys = undefined;
    return node;
  }

  /** The node of word `j` of the tokens, less its last `cut` characters, found by its hash; by its spelling when two words share the hash. */
  find(hash: number, tokens: WordTokens, j: number, cut: number): PhraseNode | undefined {
    const first = this.next.get(hash);
    if (!first?.sameHash) return first;
    const word = spelled(tokens, j, cut);
    for (let node: PhraseNode | undefined = first; node; node = node.sameHash) if (node.word === word) return node;
    return undefined;
  }

  /** The words that lead on from here. */
  nextWords(): string[] {
    const words: string[] = [];
    for (const first of this.next.values()) for (let node: PhraseNode | undefined = first; node; node = node.sameHash) words.push(node.word);
    return words;
  }

  leadsOn(key: number): boolean {
    if (!this.nextKeys) {
      this.nextKeys = new Set();
      for (const word of this.nextWords()) this.nextKeys.add(wordKey(word)).add(wordKey(`${word}'s`));
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
 * Literal phrases in a word trie, so a text is matched in one pass over its words: only a word
 * that starts some phrase leads further. A text word is looked up by a hash of its letters, read
 * in place, and a match is checked against the phrase's words. No phrase becomes a regular expression.
 */
export class PhraseMatcher {
  private readonly root = new PhraseNode("", undefined);
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
    const { keys, starts, ends, text } = tokens;
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
      const start = starts[j];
      const end = ends[j];
      if (end - start > 2 && (text.charCodeAt(end - 1) | 0x20) === 0x73 /* s */ && isApostrophe(text.charCodeAt(end - 2))) {
        const owner = node.find(textWordHash(text, start, end, 2), tokens, j, 2);
        if (owner?.terminal && accepts(owner.terminal, loose) && spells(tokens, i, j, owner, 2)) {
          best = { terminal: owner.terminal, first: i, last: j, start: starts[i], end: end - 2 };
        }
      }
      node = node.find(textWordHash(text, start, end, 0), tokens, j, 0);
      if (node?.terminal && accepts(node.terminal, loose) && spells(tokens, i, j, node, 0)) {
        best = { terminal: node.terminal, first: i, last: j, start: starts[i], end };
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
  for (const word of root.nextWords()) {
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

/**
 * Whether words `first` to `last` are the words leading to `node`, the last one less `cut`
 * characters: the trie finds a word by its hash, and two words may share one.
 */
function spells(tokens: WordTokens, first: number, last: number, node: PhraseNode, cut: number): boolean {
  let at: PhraseNode | undefined = node;
  for (let j = last; j >= first; j--, at = at.parent) {
    if (!at || at.word !== spelled(tokens, j, j === last ? cut : 0)) return false;
  }
  return true;
}

/** Word `j` of the tokens as phrase words are written, less its last `cut` characters. */
function spelled(tokens: WordTokens, j: number, cut: number): string {
  const word = tokens.norm(j);
  return cut > 0 ? word.slice(0, -cut) : word;
}

/** An FNV-1a hash of a lower-case word with straight apostrophes, cut to 30 bits so that it is a small integer on every engine. */
function wordHash(word: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash & 0x3fffffff;
}

/**
 * The hash of the text's word from `start` to `end`, less its last `cut` characters, as
 * `phraseWords` would write it: read in place when it is ASCII.
 */
function textWordHash(text: SourceText, start: number, end: number, cut: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end - cut; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x80) {
      if (code !== 0x2019) {
        const word = text.slice(start, end).toLowerCase().replace(/\u2019/g, "'");
        return wordHash(word, 0, word.length - cut);
      }
      code = 0x27;
    } else if (code >= 65 && code <= 90) code += 32;
    hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return hash & 0x3fffffff;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}
