import { describe, expect, it } from "vitest";
import { WordCache } from "./word-cache.js";

function put(cache: WordCache<string>, text: string, start: number, end: number, value: string) {
  cache.set(text, start, end, WordCache.hash(text, start, end), value);
}

function get(cache: WordCache<string>, text: string, start: number, end: number) {
  return cache.get(text, start, end, WordCache.hash(text, start, end));
}

describe("WordCache", () => {
  it("finds a word by its units wherever it sits in a text", () => {
    const cache = new WordCache<string>(16);
    put(cache, "في حلب اليوم", 3, 6, "aleppo");
    expect(get(cache, "حلب", 0, 3)).toBe("aleppo");
    expect(get(cache, "من حلب", 3, 6)).toBe("aleppo");
    expect(get(cache, "حل", 0, 2)).toBeUndefined();
    expect(get(cache, "حمص", 0, 3)).toBeUndefined();
  });

  it("keeps many entries apart and starts over when full", () => {
    const cache = new WordCache<string>(64);
    for (let i = 0; i < 60; i++) put(cache, `w${i}`, 0, `w${i}`.length, String(i));
    for (let i = 0; i < 60; i++) expect(get(cache, `w${i}`, 0, `w${i}`.length)).toBe(String(i));
    for (let i = 60; i < 70; i++) put(cache, `w${i}`, 0, `w${i}`.length, String(i));
    expect(cache.size).toBeLessThanOrEqual(64);
    expect(get(cache, "w69", 0, 3)).toBe("69");
  });

  it("keeps the words used again across turns and drops the ones left unused", () => {
    const cache = new WordCache<string>(4);
    put(cache, "إدلب", 0, 4, "idlib");
    put(cache, "منبج", 0, 4, "manbij");
    const generation = cache.generation;
    // Each filler fills the young generation in turn: two turns without a use drop منبج, not إدلب.
    for (const filler of ["ا", "ب", "ت", "ث", "ج", "ح", "خ", "د"]) {
      put(cache, filler, 0, 1, filler);
      expect(get(cache, "قرب إدلب", 4, 8)).toBe("idlib");
    }
    expect(cache.generation).toBeGreaterThanOrEqual(generation + 2);
    expect(cache.lastEntry).toBeLessThan(cache.capacity);
    expect(get(cache, "منبج", 0, 4)).toBeUndefined();
    expect(cache.size).toBeLessThanOrEqual(cache.capacity);
  });

  it("replaces the value of a key it already holds", () => {
    const cache = new WordCache<string>(8);
    put(cache, "درعا", 0, 4, "a");
    put(cache, "درعا", 0, 4, "b");
    expect(get(cache, "درعا", 0, 4)).toBe("b");
    expect(cache.size).toBe(1);
  });

  it("names each entry by an id that holds until the cache starts over", () => {
    const cache = new WordCache<string>(4);
    put(cache, "حمص", 0, 3, "homs");
    const homs = cache.lastEntry;
    put(cache, "حماة", 0, 4, "hama");
    expect(cache.lastEntry).not.toBe(homs);
    get(cache, "في حمص", 3, 6);
    expect(cache.lastEntry).toBe(homs);
    const generation = cache.generation;
    for (const w of ["ا", "ب", "ت", "ث", "ج"]) put(cache, w, 0, 1, w);
    expect(cache.generation).toBe(generation + 1);
    expect(cache.lastEntry).toBeLessThan(cache.capacity);
  });

  it("finds every word behind a front table of a few rows, across turns", () => {
    const cache = new WordCache<string>(32, 4);
    const words = Array.from({ length: 40 }, (_, i) => `كلمة${i}`);
    for (const w of words) put(cache, w, 0, w.length, w);
    // The first 32 now make the old generation, the last 8 the young one: every row was overwritten often.
    for (const w of words.slice(16)) expect(get(cache, w, 0, w.length)).toBe(w);
    expect(get(cache, "كلمة40", 0, 6)).toBeUndefined();
  });
});
