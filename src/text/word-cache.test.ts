import { describe, expect, it } from "vitest";
import { WordCache } from "./word-cache.js";

function put(cache: WordCache<string>, text: string, start: number, end: number, tag: number, value: string) {
  cache.set(text, start, end, tag, WordCache.hash(text, start, end, tag), value);
}

function get(cache: WordCache<string>, text: string, start: number, end: number, tag: number) {
  return cache.get(text, start, end, tag, WordCache.hash(text, start, end, tag));
}

describe("WordCache", () => {
  it("finds a word by its units wherever it sits in a text", () => {
    const cache = new WordCache<string>(16);
    put(cache, "في حلب اليوم", 3, 6, 0, "aleppo");
    expect(get(cache, "حلب", 0, 3, 0)).toBe("aleppo");
    expect(get(cache, "من حلب", 3, 6, 0)).toBe("aleppo");
    expect(get(cache, "حل", 0, 2, 0)).toBeUndefined();
    expect(get(cache, "حلب", 0, 3, 1)).toBeUndefined();
  });

  it("keeps many entries apart and starts over when full", () => {
    const cache = new WordCache<string>(64);
    for (let i = 0; i < 60; i++) put(cache, `w${i}`, 0, `w${i}`.length, i % 3, String(i));
    for (let i = 0; i < 60; i++) expect(get(cache, `w${i}`, 0, `w${i}`.length, i % 3)).toBe(String(i));
    for (let i = 60; i < 70; i++) put(cache, `w${i}`, 0, `w${i}`.length, 0, String(i));
    expect(cache.size).toBeLessThanOrEqual(64);
    expect(get(cache, "w69", 0, 3, 0)).toBe("69");
  });

  it("replaces the value of a key it already holds", () => {
    const cache = new WordCache<string>(8);
    put(cache, "درعا", 0, 4, 0, "a");
    put(cache, "درعا", 0, 4, 0, "b");
    expect(get(cache, "درعا", 0, 4, 0)).toBe("b");
    expect(cache.size).toBe(1);
  });

  it("names each entry by an id that holds until the cache starts over", () => {
    const cache = new WordCache<string>(4);
    put(cache, "حمص", 0, 3, 0, "homs");
    const homs = cache.lastEntry;
    put(cache, "حماة", 0, 4, 0, "hama");
    expect(cache.lastEntry).not.toBe(homs);
    get(cache, "في حمص", 3, 6, 0);
    expect(cache.lastEntry).toBe(homs);
    const generation = cache.generation;
    for (const w of ["ا", "ب", "ت", "ث", "ج"]) put(cache, w, 0, 1, 0, w);
    expect(cache.generation).toBe(generation + 1);
    expect(cache.lastEntry).toBeLessThan(cache.capacity);
  });
});
