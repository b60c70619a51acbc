import type { SourceText } from "../../text/source-text.js";
import type { Block, UprDocument } from "../../document/model.js";
import { ASCII_ALNUM_LOWER, isGeneralPunctuation, type Span } from "../../text/text.js";

/** How a word joins the word before it (the low two bits of its flags). */
export const GAP_BREAK = 0; // a block boundary, or anything but spaces, hyphens and light punctuation
export const GAP_TIGHT = 1; // spaces and line breaks (blank lines too), at most one hyphen
export const GAP_LOOSE = 2; // as tight, with commas, semicolons or colons
const GAP_MASK = 3;
/** The word lies on a Markdown blockquote line (`> …`) or in the lines that continue it. */
export const IN_BLOCKQUOTE = 4;
/** The word lies in a footnote text. */
export const IN_FOOTNOTE = 8;
/** Page-break artefacts or a footnote marker lie between this word and the one before. */
export const SKIPPED_BEFORE = 16;
const HAS_APOSTROPHE = 32;
/** The word opens with a capital and has another one, or letters beyond ASCII that may be capitals: it may be an abbreviation. */
export const MAYBE_CAPITALS = 64;

/**
 * The words of a document's blocks, in order, as typed arrays: a 10 MB draft has millions of
 * words. A word is a run of letters and digits; an apostrophe between letters belongs to it
 * (children’s). Page-break artefacts and footnote markers are skipped, so a phrase runs on across them.
 */
export class WordTokens {
  count = 0;
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;
  /** For each word, a number that is the same for it and for each phrase word it may equal (see `wordKey`), made as the word is read: the term matcher looks at one for every word. */
  keys: Int32Array<ArrayBuffer>;

  /** Room for `capacity` words; the arrays of `spare`, words no longer needed, are taken over when they are big enough and not much bigger. */
  constructor(
    readonly text: SourceText,
    capacity: number,
    spare?: WordTokens,
  ) {
    const room = spare?.starts.length ?? 0;
    [this.starts, this.ends, this.keys, this.flags] =
      spare && room >= capacity && room <= Math.max(4 * capacity, SMALL) ? [spare.starts, spare.ends, spare.keys, spare.flags] : arrays(capacity);
  }

  /** The word in lower case, with a curly apostrophe written straight. */
  norm(i: number): string {
    const word = this.text.slice(this.starts[i], this.ends[i]).toLowerCase();
    return this.flags[i] & HAS_APOSTROPHE ? word.replace(/\u2019/g, "'") : word;
  }

  /** The word as written. */
  original(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  gap(i: number): number {
    return this.flags[i] & GAP_MASK;
  }

  /** Doubles the room for words, keeping those read. */
  grow(): void {
    const [starts, ends, keys, flags] = arrays(Math.max(64, this.starts.length * 2));
    starts.set(this.starts.subarray(0, this.count));
    ends.set(this.ends.subarray(0, this.count));
    keys.set(this.keys.subarray(0, this.count));
    flags.set(this.flags.subarray(0, this.count));
    [this.starts, this.ends, this.keys, this.flags] = [starts, ends, keys, flags];
  }

  /** The index of the first word ending after `offset`. */
  indexAfter(offset: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ends[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Arrays for this many words are always worth keeping for the next draft: 13 bytes a word. */
const SMALL = 1 << 16;

/** The key of a lower-case word, from its first two letters and its length. */
export function wordKey(word: string): number {
  return keyOf(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0, word.length);
}

/** The key of a word that opens beyond ASCII. Lower-casing there may change a word's length (İ → i̇): the word is lower-cased whole. */
function keyOfWordBeyondAscii(text: SourceText, start: number, end: number, flags: number): number {
  const word = text.slice(start, end).toLowerCase();
  return wordKey(flags & HAS_APOSTROPHE ? word.replace(/\u2019/g, "'") : word);
}

function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function keyOf(first: number, second: number, length: number): number {
  return (((first & 0x3ff) << 10) | (second & 0x3ff)) * 64 + Math.min(length, 63);
}

/** The four arrays of `capacity` words in one buffer: one allocation rather than four. */
function arrays(capacity: number): [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>, Uint8Array<ArrayBuffer>] {
  const buffer = new ArrayBuffer(capacity * 13);
  return [
    new Int32Array(buffer, 0, capacity),
    new Int32Array(buffer, capacity * 4, capacity),
    new Int32Array(buffer, capacity * 8, capacity),
    new Uint8Array(buffer, capacity * 12, capacity),
  ];
}

/**
 * The blocks tokenized last, whose words the terminology and abbreviation rules share; it holds
 * on to that draft until other blocks are tokenized.
 */
let recent: { document: UprDocument; first: Block | undefined; count: number; tokens: WordTokens } | undefined;

/**
 * The words of some consecutive blocks of a document, valid until the next call for other
 * blocks: their arrays are then reused, so that linting a long draft again allocates none.
 */
export function blockWordTokens(document: UprDocument, blocks: readonly Block[]): WordTokens {
  if (recent && recent.document === document && recent.first === blocks[0] && recent.count === blocks.length) return recent.tokens;
  const tokens = tokenize(document, blocks, recent?.tokens);
  recent = { document, first: blocks[0], count: blocks.length, tokens };
  return tokens;
}

function tokenize(document: UprDocument, blocks: readonly Block[], spare: WordTokens | undefined): WordTokens {
  const { text } = document;
  if (blocks.length === 0) return new WordTokens(text, 0, spare);
  const from = blocks[0].start;
  const to = blocks[blocks.length - 1].end;
  // English prose has a word every six and a half characters or so: room enough not to grow, and little to spare.
  const tokens = new WordTokens(text, 64 + Math.ceil((to - from) / 6), spare);
  const references = document.footnoteReferences.filter((reference) => reference.end > from && reference.start < to).sort((a, b) => a.start - b.start);
  let nextReference = 0;
  for (const block of blocks) {
    if (block.kind === "comment") continue;
    while (nextReference < references.length && references[nextReference].end <= block.start) nextReference++;
    let inBlock = nextReference;
    while (inBlock < references.length && references[inBlock].start < block.end) inBlock++;
    const skips = block.artefacts.length === 0 ? references.slice(nextReference, inBlock) : [...block.artefacts, ...references.slice(nextReference, inBlock)].sort((a, b) => a.start - b.start);
    tokenizeBlock(document, block, skips, tokens);
  }
  return tokens;
}

function tokenizeBlock(document: UprDocument, block: Block, skips: Span[], tokens: WordTokens): void {
  const { text } = document;
  const { starts: lineStarts, ends: lineEnds, count: lineCount } = document.index;
  const where = block.kind === "footnote" ? IN_FOOTNOTE : 0;
  let gap = GAP_BREAK;
  let hyphens = 0;
  let skipped = 0;
  let blockquote = false;
  let skip = 0;
  let skipStart = skips.length > 0 ? skips[0].start : Infinity;
  let { starts, ends, keys, flags } = tokens;
  let count = tokens.count;
  for (let l = block.firstLine; l <= block.lastLine && l < lineCount; l++) {
    const from = Math.max(lineStarts[l], block.start);
    const to = Math.min(lineEnds[l], block.end);
    let i = from;
    while (i < to && isBlankChar(text.charCodeAt(i))) i++;
    if (i === to) blockquote = false;
    else if (text.charCodeAt(i) === 0x3e /* > */ && !insideSkip(skips, skip, i)) {
      blockquote = true;
      i++;
    }
    while (i < to) {
      if (i >= skipStart) {
        while (skip < skips.length && skips[skip].end <= i) skip++;
        skipStart = skip < skips.length ? skips[skip].start : Infinity;
        if (skipStart <= i) {
          i = skips[skip].end;
          skipped = SKIPPED_BEFORE;
          continue;
        }
      }
      const code = text.charCodeAt(i);
      if (code === 32) {
        i++;
        continue;
      }
      const width = wordCharWidth(text, i, code);
      if (width > 0) {
        let end = i + width;
        let apostrophe = 0;
        const limit = Math.min(to, skipStart);
        let capitals = mayBeCapital(code) ? 1 : -1;
        while (end < limit) {
          const next = text.charCodeAt(end);
          if (next >= 97 && next <= 122) {
            end++;
            continue;
          }
          const nextWidth = wordCharWidth(text, end, next);
          if (nextWidth > 0) {
            if (capitals > 0 && mayBeCapital(next)) capitals++;
            end += nextWidth;
          } else if ((next === 0x2019 || next === 0x27) && end + 1 < limit && wordCharWidth(text, end + 1, text.charCodeAt(end + 1)) > 0) {
            apostrophe = HAS_APOSTROPHE;
            if (capitals > 0 && mayBeCapital(text.charCodeAt(end + 1))) capitals++;
            end += 2;
          } else break;
        }
        if (count === starts.length) {
          tokens.count = count;
          tokens.grow();
          ({ starts, ends, keys, flags } = tokens);
        }
        const wordFlags = gap | skipped | where | apostrophe | (capitals > 1 ? MAYBE_CAPITALS : 0) | (blockquote ? IN_BLOCKQUOTE : 0);
        starts[count] = i;
        ends[count] = end;
        flags[count] = wordFlags;
        const second = end - i > 1 ? text.charCodeAt(i + 1) : 0;
        keys[count] =
          code < 0x80 && (second < 0x80 || second === 0x2019)
            ? keyOf(asciiLower(code), second === 0x2019 ? 0x27 : asciiLower(second), end - i)
            : keyOfWordBeyondAscii(text, i, end, wordFlags);
        count++;
        gap = GAP_TIGHT;
        hyphens = 0;
        skipped = 0;
        i = end;
        continue;
      }
      if (isBlankChar(code) || code === 0x2a /* * */ || code === 0x5f /* _ */) {
        // spaces, and Markdown emphasis, do not part two words
      } else if (code === 0x2d || code === 0x2010 || code === 0x2011 || code === 0xad) {
        if (++hyphens > 1) gap = GAP_BREAK;
      } else if (code === 0x2c || code === 0x3b || code === 0x3a) {
        if (gap === GAP_TIGHT) gap = GAP_LOOSE;
      } else {
        gap = GAP_BREAK;
      }
      i++;
    }
  }
  tokens.count = count;
}

/** Whether any of the words `first` to `last` carries one of `flags`. */
export function flaggedWithin(tokens: WordTokens, first: number, last: number, flags: number): boolean {
  for (let i = first; i <= last; i++) if (tokens.flags[i] & flags) return true;
  return false;
}

function mayBeCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || code >= 0x80;
}

function insideSkip(skips: Span[], from: number, offset: number): boolean {
  for (let s = from; s < skips.length && skips[s].start <= offset; s++) if (skips[s].end > offset) return true;
  return false;
}

function isBlankChar(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 12 || code === 11 || code === 0xfeff || code === 0x202f;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]/u;

/** How many UTF-16 units the letter or digit at `i` takes: 0 when it is neither. */
/** 1 for an ASCII letter or digit, else 0: the widths the hottest test of the tokenizer gives, looked up. */
const ASCII_WORD_CHAR = ASCII_ALNUM_LOWER.map((lower) => (lower === 0 ? 0 : 1));

function wordCharWidth(text: SourceText, i: number, code: number): number {
  if (code < 0x80) return ASCII_WORD_CHAR[code];
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7 ? 1 : 0;
  if (isGeneralPunctuation(code)) return 0;
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text.charAt(i)) ? 1 : 0;
}
