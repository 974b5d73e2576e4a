import { NUM_LABELS } from "./labels.js";

/**
 * The model's weight rows without the all-zero ones, for tagging. Four in five hash buckets are empty, and
 * the full table (2^19 × 9 Int16, 9 MB) mostly misses the CPU caches; the packed rows (under 2 MB) plus a
 * 128 KB bitmap-and-count index mostly hit, and a bucket the bitmap marks empty needs no read at all.
 */
export interface CompactWeights {
  /**
   * Per 32 buckets, two ints side by side (one cache line serves both): the number of present buckets
   * before them, then a bitmap whose bit k says bucket 32·i + k has a non-zero weight.
   */
  readonly index: Int32Array;
  /** The present rows, in bucket order, NUM_LABELS each. */
  readonly values: Int16Array;
}

const L = NUM_LABELS;

export function compactWeights(weights: Int16Array): CompactWeights {
  const buckets = weights.length / L;
  const index = new Int32Array(2 * Math.ceil(buckets / 32));
  let count = 0;
  for (let b = 0; b < buckets; b++) {
    for (let y = 0; y < L; y++) {
      if (weights[b * L + y] !== 0) {
        index[2 * (b >>> 5) + 1]! |= 1 << (b & 31);
        count++;
        break;
      }
    }
  }
  const values = new Int16Array(count * L);
  let k = 0;
  for (let word = 0; 2 * word < index.length; word++) {
    index[2 * word] = k;
    for (let bit = 0; bit < 32; bit++) {
      if (((index[2 * word + 1]! >>> bit) & 1) === 0) continue;
      const b = word * 32 + bit;
      values.set(weights.subarray(b * L, b * L + L), k * L);
      k++;
    }
  }
  return { index, values };
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

/** Offset of bucket `b`'s row in `values`, or -1 when the row is all zeros. */
export function rowStart(c: CompactWeights, b: number): number {
  const at = (b >>> 5) << 1;
  const bit = b & 31;
  const bits = c.index[at + 1]!;
  if (((bits >>> bit) & 1) === 0) return -1;
  const below = bit === 0 ? 0 : popcount(bits << (32 - bit));
  return (c.index[at]! + below) * L;
}
