import { createHash } from "node:crypto";
import type { Article } from "../core/article.js";
import type { ArticleInput } from "../store/store.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * Fingerprints for duplicate detection. Exact duplicates share a SHA-256 of the exact text. Near-duplicates
 * (one wire story re-posted with different navigation junk around it) are found with MinHash over 3-word
 * shingles of the normalised words, and candidate pairs come from LSH bands of that signature.
 *
 * Stored signatures depend on every constant here: change one, bump FINGERPRINT_VERSION and recompute.
 */
export const FINGERPRINT_VERSION = 1;
export const NUM_HASHES = 64;
/** 32 bands of 2 rows: a pair at Jaccard 0.5 becomes a candidate with probability 0.9999, at 0.3 0.95, at 0.05 0.08. */
export const BANDS = 32;
export const ROWS = NUM_HASHES / BANDS;
export const SHINGLE_WORDS = 3;
const EMPTY = 0xffffffff;

/**
 * Near-duplicate rule, set on the UnifiedFC articles (raw scraped pages, navigation and all): across
 * sources, pairs with estimated Jaccard ≥ 0.5 were the same wire story; within one source, pages of
 * different stories reach 0.5-0.75 on the shared site template alone, so the same source needs ≥ 0.8.
 */
export const NEAR_DUPLICATE = { jaccard: 0.5, sameSourceJaccard: 0.8 } as const;

/** Hex SHA-256 of the exact text (UTF-8): equal hashes are exact duplicates. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** MurmurHash3's finaliser: a fast, well-mixed 32-bit permutation. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over UTF-16 code units, then mixed. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Normalise long texts in windows so memory stays bounded (the offset map is 8 bytes a character). */
const WINDOW = 1 << 20;

/** Normalised words of the text, punctuation dropped, as 32-bit hashes. */
function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + WINDOW);
    // Cut at whitespace so no word is split between two windows.
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    for (const match of normalizeArabic(text.slice(start, end)).matchAll(WORD))
      hashes.push(hashWord(match[0]));
    start = end;
  }
  return hashes;
}

/** Distinct shingle hashes: every run of 3 words (or all of them, if there are fewer). */
function shingles(words: readonly number[]): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) {
    let h = 0x9747b28c;
    for (let k = i; k < Math.min(words.length, i + SHINGLE_WORDS); k++)
      h = fmix32(h ^ Math.imul(words[k]!, 0xcc9e2d51));
    out.add(h);
  }
  return out;
}

/** The signature: NUM_HASHES MinHash values; the i-th hash function is built by double hashing. */
export function minhashSignature(text: string): Uint32Array {
  const signature = new Uint32Array(NUM_HASHES).fill(EMPTY);
  for (const shingle of shingles(wordHashes(text))) {
    const step = fmix32(shingle ^ 0x5bd1e995) | 1;
    for (let i = 0; i < NUM_HASHES; i++) {
      const value = fmix32(shingle + Math.imul(i + 1, step));
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** True for the signature of a text without words (every value still at its start). */
export function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((value) => value === EMPTY);
}

function hex8(value: number): string {
  return value.toString(16).padStart(8, "0");
}

/** LSH band keys `b<i>:<hex>`: two texts sharing a key are near-duplicate candidates. Empty for a text with no words. */
export function lshBands(signature: Uint32Array): string[] {
  if (isEmptySignature(signature)) return [];
  const bands: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let key = "";
    for (let r = 0; r < ROWS; r++) key += hex8(signature[b * ROWS + r]!);
    bands.push(`b${b}:${key}`);
  }
  return bands;
}

function comparable(a: Uint32Array, b: Uint32Array): boolean {
  return a.length === NUM_HASHES && b.length === NUM_HASHES && !isEmptySignature(a) && !isEmptySignature(b);
}

/** Estimated Jaccard similarity of the two texts' shingle sets (0 when either has no words). */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (!comparable(a, b)) return 0;
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/**
 * The one near-duplicate rule, shared by the in-batch index and the store. `sameSource`: both articles
 * come from the same (non-null) source, whose page template they share.
 */
export function isNearDuplicate(a: Uint32Array, b: Uint32Array, sameSource = false): boolean {
  const threshold = sameSource ? NEAR_DUPLICATE.sameSourceJaccard : NEAR_DUPLICATE.jaccard;
  return estimateSimilarity(a, b) >= threshold;
}

/** Whether two articles' sources count as the same for `isNearDuplicate` (unknown sources never do). */
export function sameSource(a: string | null | undefined, b: string | null | undefined): boolean {
  return a !== null && a !== undefined && a === b;
}

/** An article with the fingerprints the store needs. */
export function fingerprintArticle(article: Article): ArticleInput {
  const signature = minhashSignature(article.text);
  return { ...article, contentHash: contentHash(article.text), bands: lshBands(signature), signature };
}
