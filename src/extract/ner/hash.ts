/**
 * Feature hashing without building feature strings: one FNV-1a pass per string gives a base hash,
 * and `mix` folds in a template id (and an optional second hash) so that "w-1=X" and "w+1=X" land
 * in different buckets. Prefix hashes fall out of the same pass for free.
 * Hashes are signed 32-bit integers: only their bits matter (buckets are `mix(…) & mask`), and V8 keeps
 * int32 values unboxed, where an unsigned result above 2^31 would be a heap-allocated number.
 */

export const FNV_OFFSET = 0x811c9dc5;

export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export function hashString(value: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < value.length; i++) h = fnvStep(h, value.charCodeAt(i));
  return h | 0;
}

/** The hash of the last `count` characters read backwards: suffix features without slicing. */
export function hashSuffix(value: string, count: number): number {
  let h = FNV_OFFSET ^ 0x5bd1e995;
  const from = Math.max(0, value.length - count);
  for (let i = value.length - 1; i >= from; i--) h = fnvStep(h, value.charCodeAt(i));
  return h | 0;
}

export function hashPrefix(value: string, count: number): number {
  let h = FNV_OFFSET;
  const to = Math.min(value.length, count);
  for (let i = 0; i < to; i++) h = fnvStep(h, value.charCodeAt(i));
  return h | 0;
}

/** Murmur3's finaliser over a base hash, a template id and an optional second hash. */
export function mix(hash: number, template: number, other = 0): number {
  let h = (hash ^ Math.imul(template + 1, 0x9e3779b9) ^ Math.imul(other, 0x85ebca77)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
