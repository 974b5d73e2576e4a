/**
 * A cache keyed by a run of UTF-16 units inside a larger string plus a small integer, looked up without
 * cutting the run out as a string. The tokeniser asks it once per Arabic word; a Map keyed by fresh slices
 * spent most of the tokeniser's time hashing and comparing strings scattered over the heap.
 * A hit should touch as few cache lines as possible (every miss to memory costs more than the whole compare):
 * a direct-mapped front table keeps, for recent words, hash, tag, length and the units themselves in one
 * 64-byte row, so a frequent word is found with one row and its value, without the large table.
 */
const FRONT_SLOTS = 16384;
/** Ints per front row: hash, tag, length, entry id, then units two per int. */
const ROW = 16;
const ROW_HEAD = 4;
/** Longer words skip the front table. */
const ROW_UNITS = (ROW - ROW_HEAD) * 2;

/** FNV-1a over code units: start from HASH_SEED, fold each unit with hashStep, finish with WordCache.withTag. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

export class WordCache<V> {
  private readonly limit: number;
  /** Open addressing, two ints a slot: the key's hash and its entry index + 1 (0 = empty). */
  private table!: Int32Array;
  private keys: string[] = [];
  private tags!: Int32Array;
  private values: V[] = [];
  private front!: Int32Array;
  private frontValue: V[] = [];
  size = 0;
  /**
   * Entry ids: the id of the entry the last get (a hit) or set touched, below `limit`. An id names the same
   * key until the cache empties itself, which bumps `generation`; per-word caches downstream may index by it.
   */
  lastEntry = -1;
  generation = 0;

  /**
   * `limit`: entries kept before the cache empties itself. The default bounds the tokeniser's cache near
   * 15 MB, most of it objects on the JS heap, which V8 lets grow to several times what is live before it
   * collects: over the UnifiedFC articles (~141k distinct word forms) `marsad analyze` peaked ~50 MB lower
   * than with 2^17, for tokenising ~20% slower (~0.3 ms an article; ~27% slower than 2^18, never emptied).
   */
  constructor(limit = 1 << 16) {
    this.limit = limit;
    this.reset();
  }

  /** The most entries the cache holds (entry ids are below it). */
  get capacity(): number {
    return this.limit;
  }

  private reset(): void {
    this.generation++;
    this.table = new Int32Array(this.limit * 4);
    this.tags = new Int32Array(this.limit);
    this.keys = [];
    this.values = [];
    this.front = new Int32Array(FRONT_SLOTS * ROW);
    for (let r = 0; r < FRONT_SLOTS; r++) this.front[r * ROW + 2] = -1; // no key has length -1
    this.frontValue = [];
    this.size = 0;
  }

  /** Hash of `text[start, end)` and `tag`; pass it to get and set. */
  static hash(text: string, start: number, end: number, tag: number): number {
    let h = HASH_SEED;
    for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    return WordCache.withTag(h, tag);
  }

  /** Finishes a hash built unit by unit with {@link hashStep} from {@link HASH_SEED} (the tokeniser's scan). */
  static withTag(h: number, tag: number): number {
    // 30 bits: a small integer in V8 on every platform, never a boxed number.
    return Math.imul(h ^ tag, 0x01000193) & 0x3fffffff;
  }

  /** The entry for the key, or -(slot + 1) for the empty slot where it would go. */
  private find(text: string, start: number, end: number, tag: number, hash: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1]! - 1;
      if (entry < 0) return -(slot + 1);
      if (
        table[2 * slot] === hash &&
        this.tags[entry] === tag &&
        sameUnits(this.keys[entry]!, text, start, end)
      ) {
        return entry;
      }
    }
  }

  get(text: string, start: number, end: number, tag: number, hash: number): V | undefined {
    const slot = hash & (FRONT_SLOTS - 1);
    if (this.frontHolds(slot, text, start, end, tag, hash)) {
      this.lastEntry = this.front[slot * ROW + 3]!;
      return this.frontValue[slot];
    }
    const entry = this.find(text, start, end, tag, hash);
    if (entry < 0) return undefined;
    this.remember(slot, hash, tag, entry);
    this.lastEntry = entry;
    return this.values[entry];
  }

  private frontHolds(
    slot: number,
    text: string,
    start: number,
    end: number,
    tag: number,
    hash: number,
  ): boolean {
    const front = this.front;
    const row = slot * ROW;
    const length = end - start;
    if (front[row] !== hash || front[row + 1] !== tag || front[row + 2] !== length) return false;
    let at = row + ROW_HEAD;
    let i = start;
    for (; i + 1 < end; i += 2, at++) {
      if (front[at] !== (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16))) return false;
    }
    return i === end || front[at] === text.charCodeAt(i);
  }

  private remember(slot: number, hash: number, tag: number, entry: number): void {
    const key = this.keys[entry]!;
    if (key.length > ROW_UNITS) return;
    const front = this.front;
    const row = slot * ROW;
    front[row] = hash;
    front[row + 1] = tag;
    front[row + 2] = key.length;
    front[row + 3] = entry;
    let at = row + ROW_HEAD;
    let i = 0;
    for (; i + 1 < key.length; i += 2, at++) front[at] = key.charCodeAt(i) | (key.charCodeAt(i + 1) << 16);
    if (i < key.length) front[at] = key.charCodeAt(i);
    this.frontValue[slot] = this.values[entry]!;
  }

  /** Stores `value`; `key` may pass the run already cut out as a string (it is kept, not copied). */
  set(text: string, start: number, end: number, tag: number, hash: number, value: V, key?: string): void {
    if (this.size >= this.limit) this.reset();
    const found = this.find(text, start, end, tag, hash);
    const entry = found >= 0 ? found : this.size++;
    if (found < 0) {
      const slot = -found - 1;
      this.table[2 * slot] = hash;
      this.table[2 * slot + 1] = entry + 1;
      this.keys[entry] = key ?? text.slice(start, end);
      this.tags[entry] = tag;
    }
    this.values[entry] = value;
    this.lastEntry = entry;
    const slot = hash & (FRONT_SLOTS - 1);
    if (found < 0 || this.frontHolds(slot, text, start, end, tag, hash))
      this.remember(slot, hash, tag, entry);
  }
}

function sameUnits(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
