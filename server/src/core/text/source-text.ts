/**
 * What the core reads of a draft's text: offsets, characters and parts. A string is one; so is a
 * `ChunkedText`, which the language server keeps so that a keystroke never copies the whole draft.
 * Code that reads a model's text goes through these methods, and cuts out the part it searches
 * (a block, a line) rather than running an expression over the whole text.
 */
export interface SourceText {
  readonly length: number;
  charCodeAt(index: number): number;
  charAt(index: number): string;
  codePointAt(index: number): number | undefined;
  slice(start?: number, end?: number): string;
  indexOf(search: string, position?: number): number;
  lastIndexOf(search: string, position?: number): number;
  startsWith(search: string, position?: number): boolean;
  includes(search: string, position?: number): boolean;
}

/**
 * Chunks hold at most this many characters, and at least a quarter of it unless the text is
 * shorter. A chunk of two-byte characters then stays below the size V8 gives a memory mapping of
 * its own (128 KB): an edit allocates a few kilobytes from the young generation, not pages fresh
 * from the system, which on a virtual machine cost more than the copy.
 */
export const CHUNK_SIZE = 16384;

/**
 * A text kept as a list of strings of at most twice its chunk size (`CHUNK_SIZE`), one version per
 * object: `replace` gives a new version that shares every chunk the edit did not touch, so an
 * edit costs the chunks it touches and a copy of the list (a 10 MB draft has some 600 chunks),
 * never a copy of the text. Reads find the chunk that holds an offset by a binary search, after a
 * look at the chunk read last. `toString` joins the whole text, for the paths that read it once
 * (a fresh parse, a command), and keeps it.
 */
export class ChunkedText implements SourceText {
  readonly length: number;
  private flat: string | undefined;
  /** The chunk read last, and where it starts and ends. */
  private lastChunk = "";
  private lastStart = 0;
  private lastEnd = 0;

  private constructor(
    private readonly chunks: readonly string[],
    /** Where each chunk starts, and the length of the text after the last. */
    private readonly starts: Int32Array,
    /** Chunks are cut to this size, and an edit leaves none longer than twice it or (but the last) shorter than a quarter. */
    private readonly size: number,
  ) {
    this.length = starts[chunks.length];
  }

  /** `size` is for tests, which need chunk boundaries in short texts. */
  static from(text: string | SourceText, size = CHUNK_SIZE): ChunkedText {
    if (text instanceof ChunkedText && text.size === size) return text;
    const flat = typeof text === "string" ? text : text.slice(0);
    const made = ChunkedText.of(split(flat, size), size);
    made.flat = flat;
    return made;
  }

  private static of(chunks: string[], size: number): ChunkedText {
    const starts = new Int32Array(chunks.length + 1);
    for (let i = 0; i < chunks.length; i++) starts[i + 1] = starts[i] + chunks[i].length;
    return new ChunkedText(chunks, starts, size);
  }

  /** How many chunks hold the text. */
  get chunkCount(): number {
    return this.chunks.length;
  }

  /** The text with the part from `start` to `end` replaced by `inserted`: a new version; this one stays as it was. */
  replace(start: number, end: number, inserted: string): ChunkedText {
    const from = Math.max(0, Math.min(start, end, this.length));
    const to = Math.min(this.length, Math.max(start, end, 0));
    if (this.chunks.length === 0) return ChunkedText.of(split(inserted, this.size), this.size);
    // The first and the last chunk the edit touches: an edit at a chunk's start touches the chunk
    // before it too, so that an insertion at the end of the text has a chunk to join.
    let first = this.chunkAt(from > 0 ? from - 1 : 0);
    let last = Math.max(first, this.chunkAt(to > 0 ? to - 1 : 0));
    let joined = this.chunks[first].slice(0, from - this.starts[first]) + inserted + this.chunks[last].slice(to - this.starts[last]);
    // A short result joins a neighbour, so that edits never leave a trail of small chunks.
    const shortest = this.size >> 2;
    if (joined.length < shortest && last + 1 < this.chunks.length) joined += this.chunks[++last];
    else if (joined.length < shortest && first > 0) joined = this.chunks[--first] + joined;
    const middle = joined.length > 2 * this.size ? split(joined, this.size) : joined.length > 0 ? [joined] : [];
    const chunks = this.chunks.slice(0, first);
    for (const chunk of middle) chunks.push(chunk);
    for (let i = last + 1; i < this.chunks.length; i++) chunks.push(this.chunks[i]);
    return ChunkedText.of(chunks, this.size);
  }

  charCodeAt(index: number): number {
    if (index >= this.lastStart && index < this.lastEnd) return this.lastChunk.charCodeAt(index - this.lastStart);
    if (!(index >= 0 && index < this.length)) return NaN;
    this.remember(this.chunkAt(index));
    return this.lastChunk.charCodeAt(index - this.lastStart);
  }

  charAt(index: number): string {
    if (index >= this.lastStart && index < this.lastEnd) return this.lastChunk.charAt(index - this.lastStart);
    if (!(index >= 0 && index < this.length)) return "";
    this.remember(this.chunkAt(index));
    return this.lastChunk.charAt(index - this.lastStart);
  }

  codePointAt(index: number): number | undefined {
    const code = this.charCodeAt(index);
    if (Number.isNaN(code)) return undefined;
    if (code < 0xd800 || code > 0xdbff || index + 1 >= this.length) return code;
    const low = this.charCodeAt(index + 1);
    return low >= 0xdc00 && low <= 0xdfff ? (code - 0xd800) * 0x400 + low - 0xdc00 + 0x10000 : code;
  }

  slice(start = 0, end = this.length): string {
    const from = clampIndex(start, this.length);
    const to = clampIndex(end, this.length);
    if (to <= from) return "";
    if (this.flat !== undefined) return this.flat.slice(from, to);
    if (from >= this.lastStart && to <= this.lastEnd) return this.lastChunk.slice(from - this.lastStart, to - this.lastStart);
    const first = this.chunkAt(from);
    const last = this.chunkAt(to - 1);
    this.remember(first);
    if (first === last) return this.lastChunk.slice(from - this.lastStart, to - this.lastStart);
    let part = this.chunks[first].slice(from - this.starts[first]);
    for (let i = first + 1; i < last; i++) part += this.chunks[i];
    return part + this.chunks[last].slice(0, to - this.starts[last]);
  }

  indexOf(search: string, position = 0): number {
    const from = Math.max(0, Math.min(Math.trunc(position) || 0, this.length));
    if (this.flat !== undefined) return this.flat.indexOf(search, from);
    if (search.length === 0) return from;
    const overlap = search.length - 1;
    for (let i = from < this.length ? this.chunkAt(from) : this.chunks.length; i < this.chunks.length; i++) {
      const start = this.starts[i];
      const chunk = this.chunks[i];
      const found = chunk.indexOf(search, Math.max(0, from - start));
      if (found >= 0) return start + found;
      // A match that runs on into the next chunks.
      if (overlap > 0 && i + 1 < this.chunks.length) {
        const seamFrom = Math.max(from, this.starts[i + 1] - overlap);
        const seam = this.slice(seamFrom, Math.min(this.length, this.starts[i + 1] + overlap));
        const across = seam.indexOf(search);
        if (across >= 0) return seamFrom + across;
      }
    }
    return -1;
  }

  lastIndexOf(search: string, position = Infinity): number {
    const from = Math.max(0, Math.min(Number.isNaN(position) ? Infinity : Math.trunc(position), this.length - search.length));
    if (this.flat !== undefined) return this.flat.lastIndexOf(search, from);
    if (from < 0 || search.length > this.length) return -1;
    if (search.length === 0) return from;
    const overlap = search.length - 1;
    // A match that starts at or before `from` starts in the chunk that holds it or in one before.
    for (let i = this.chunkAt(from); i >= 0; i--) {
      const start = this.starts[i];
      // A match that starts in this chunk and runs on into the next.
      if (overlap > 0 && i + 1 < this.chunks.length) {
        const seamFrom = Math.max(start, this.starts[i + 1] - overlap);
        if (seamFrom <= from) {
          const seam = this.slice(seamFrom, Math.min(this.length, this.starts[i + 1] + overlap));
          const across = seam.lastIndexOf(search, from - seamFrom);
          if (across >= 0 && seamFrom + across + search.length > this.starts[i + 1]) return seamFrom + across;
        }
      }
      const found = from >= start ? this.chunks[i].lastIndexOf(search, from - start) : -1;
      if (found >= 0) return start + found;
    }
    return -1;
  }

  startsWith(search: string, position = 0): boolean {
    const from = Math.max(0, Math.min(Math.trunc(position) || 0, this.length));
    return from + search.length <= this.length && this.slice(from, from + search.length) === search;
  }

  includes(search: string, position = 0): boolean {
    return this.indexOf(search, position) >= 0;
  }

  /** The whole text as one string: joined once, then kept. Not for a path that runs on every keystroke. */
  toString(): string {
    return (this.flat ??= this.chunks.join(""));
  }

  /** The index of the chunk that holds `offset`, below the length. */
  private chunkAt(offset: number): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  private remember(chunk: number): void {
    this.lastChunk = this.chunks[chunk];
    this.lastStart = this.starts[chunk];
    this.lastEnd = this.starts[chunk + 1];
  }
}

/** A text cut into chunks of `size`, the last one longer rather than short; none for an empty text. */
function split(text: string, size: number): string[] {
  const chunks: string[] = [];
  let at = 0;
  while (text.length - at > 2 * size) {
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  if (at < text.length) chunks.push(text.slice(at));
  return chunks;
}

/** A `slice` bound: one below 0 counts from the end. */
function clampIndex(index: number, length: number): number {
  const whole = Math.trunc(index) || 0;
  return whole < 0 ? Math.max(0, length + whole) : Math.min(whole, length);
}

/** The whole text as a string: the string itself, or a `ChunkedText` joined. For paths that run once per command. */
export function flatText(text: SourceText): string {
  return typeof text === "string" ? text : text.toString();
}

/** The character at `index`, or undefined past either end: what `text[index]` gives for a string. */
export function charAt(text: SourceText, index: number): string | undefined {
  return index >= 0 && index < text.length ? text.charAt(index) : undefined;
}
