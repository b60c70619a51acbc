import { describe, expect, it } from "vitest";
import { TextCache } from "../../server/src/server/text-cache.js";

describe("the cache of texts of drafts that are not open", () => {
  it("keeps texts by modification time", () => {
    const cache = new TextCache(100);
    cache.set("/a.upr", 1, "aaaa");
    expect(cache.get("/a.upr", 1)).toBe("aaaa");
    expect(cache.get("/a.upr", 2)).toBeUndefined();
    expect(cache.get("/a.upr", 1)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("never holds more than its budget, letting the least recently used go first", () => {
    const cache = new TextCache(100);
    cache.set("/a.upr", 1, "a".repeat(40));
    cache.set("/b.upr", 1, "b".repeat(40));
    expect(cache.get("/a.upr", 1)).toBeDefined();
    cache.set("/c.upr", 1, "c".repeat(40));
    expect(cache.size).toBeLessThanOrEqual(100);
    expect(cache.get("/b.upr", 1)).toBeUndefined();
    expect(cache.get("/a.upr", 1)).toBeDefined();
    expect(cache.get("/c.upr", 1)).toBeDefined();
    for (let i = 0; i < 1000; i++) cache.set(`/${i}.upr`, 1, "x".repeat(30));
    expect(cache.size).toBeLessThanOrEqual(100);
  });

  it("does not keep a text bigger than the whole budget, nor an older text of a file set again", () => {
    const cache = new TextCache(100);
    cache.set("/a.upr", 1, "a".repeat(50));
    cache.set("/a.upr", 2, "a".repeat(60));
    expect(cache.size).toBe(60);
    cache.set("/big.upr", 1, "b".repeat(101));
    expect(cache.get("/big.upr", 1)).toBeUndefined();
    expect(cache.size).toBe(60);
  });
});
