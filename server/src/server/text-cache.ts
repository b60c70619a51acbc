/**
 * Texts of files that are not open, kept by modification time so that a workspace symbol search
 * does not read every draft each time; the least recently used go first once the texts together
 * pass the budget, so the cache never holds more than that however big the workspace.
 */
export class TextCache {
  private readonly entries = new Map<string, { mtimeMs: number; text: string }>();
  private total = 0;

  constructor(private readonly budget: number) {}

  get(path: string, mtimeMs: number): string | undefined {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    this.entries.delete(path);
    if (entry.mtimeMs !== mtimeMs) {
      this.total -= entry.text.length;
      return undefined;
    }
    this.entries.set(path, entry);
    return entry.text;
  }

  set(path: string, mtimeMs: number, text: string): void {
    const old = this.entries.get(path);
    if (old) {
      this.total -= old.text.length;
      this.entries.delete(path);
    }
    if (text.length > this.budget) return;
    this.entries.set(path, { mtimeMs, text });
    this.total += text.length;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.budget) break;
      this.entries.delete(oldest);
      this.total -= entry.text.length;
    }
  }

  /** The characters held, for tests and the bench. */
  get size(): number {
    return this.total;
  }
}
