import { HASH_SEED, hashStep } from "./word-cache.js";

/**
 * A Bloom filter over words for matchers that must test most words of a text against a small lexicon and
 * its clitic readings (the word minus a leading «و», «ب» …, or with «لل» read as «ال»). Words are hashed
 * from their END, so one backward pass over a word yields the hash of every suffix — of every reading that
 * strips leading letters — without cutting a string; a reading with letters put in front («ا» + suffix)
 * continues the same pass. The filter can say yes wrongly (then the caller checks exactly), never no.
 */
export class WordFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  /** `bits`: a power of two, about 50 per word kept for a false-yes rate near one in 2,000. */
  constructor(bits = 1 << 16) {
    this.bits = new Int32Array(bits >>> 5);
    this.mask = bits - 1;
  }

  add(word: string): void {
    const h = suffixHash(word, 0);
    this.set(h & this.mask);
    this.set(second(h) & this.mask);
  }

  /** Whether a word whose suffixHash is `h` may have been added. */
  mayHold(h: number): boolean {
    return this.test(h & this.mask) && this.test(second(h) & this.mask);
  }

  private set(bit: number): void {
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  private test(bit: number): boolean {
    return ((this.bits[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
  }
}

function second(h: number): number {
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 11;
}

/** The hash of `word.slice(from)`, read backwards; extend it with {@link prependUnit} for letters in front. */
export function suffixHash(word: string, from: number): number {
  let h = HASH_SEED;
  for (let k = word.length - 1; k >= from; k--) h = hashStep(h, word.charCodeAt(k));
  return h;
}

/** The suffix hash of `unit` + the string whose suffix hash is `h`. */
export function prependUnit(h: number, unit: number): number {
  return hashStep(h, unit);
}
