/**
 * A cache keyed by a run of UTF-16 units inside a larger string, looked up without cutting the run out as a
 * string. The tokeniser asks it once per Arabic word; a Map keyed by fresh slices spent most of the
 * tokeniser's time hashing and comparing strings scattered over the heap.
 * A hit should touch as few cache lines as possible (every miss to memory costs more than the whole compare):
 * a direct-mapped front table keeps, for recent words, hash, length and the units themselves in one
 * 64-byte row, so a frequent word is found with one row and its value, without the large table.
 */
/**
 * Rows of the tokeniser's front table (4 MB): as many as the young generation has entries, so most words
 * found at all are found there; 16384 rows sent a quarter of all lookups on to the generations, 2^17 gained
 * nothing more.
 */
const FRONT_ROWS = 65536;
/** Ints per front row: hash, length, entry id, then units two per int. */
const ROW = 16;
const ROW_HEAD = 3;
/** Longer words skip the front table. */
const ROW_UNITS = (ROW - ROW_HEAD) * 2;

/** FNV-1a over code units: start from HASH_SEED, fold each unit with hashStep, finish with WordCache.finish. */
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/** One generation of entries: open addressing, two ints a slot (the key's hash, its entry index + 1; 0 = empty). */
class Generation<V> {
  readonly table: Int32Array;
  readonly keys: string[] = [];
  readonly values: V[] = [];
  size = 0;

  constructor(limit: number) {
    this.table = new Int32Array(limit * 4);
  }

  /** The entry for the key, or -(slot + 1) for the empty slot where it would go. */
  find(text: string, start: number, end: number, hash: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1]! - 1;
      if (entry < 0) return -(slot + 1);
      if (table[2 * slot] === hash && sameUnits(this.keys[entry]!, text, start, end)) return entry;
    }
  }

  /** Adds a key not held, at the empty slot find() gave (as -(slot + 1)); returns its entry. */
  add(found: number, hash: number, key: string, value: V): number {
    const slot = -found - 1;
    const entry = this.size++;
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = entry + 1;
    this.keys[entry] = key;
    this.values[entry] = value;
    return entry;
  }
}

export class WordCache<V> {
  private readonly limit: number;
  /** New entries and entries used again since the last turn; entry ids are its entries. */
  private young!: Generation<V>;
  /** The young generation before the last turn: read only, its entries move to `young` when used again. */
  private old: Generation<V> | undefined;
  private readonly front: Int32Array;
  private readonly frontMask: number;
  /** Sized up front: an empty array written at scattered slots turns into a slow dictionary. */
  private readonly frontValue: Array<V | undefined>;
  /**
   * Entry ids: the id of the entry the last get (a hit) or set touched, below `limit`. An id names the same
   * key until the cache turns over, which bumps `generation`; per-word caches downstream may index by it.
   */
  lastEntry = -1;
  generation = 0;

  /**
   * `limit`: entries per generation. When the young generation is full it becomes the old one (the older
   * one is dropped) and a new young one starts; an old entry used again moves to the young one. So the
   * words that keep coming back survive every turn, where emptying the whole cache re-analysed them all,
   * and memory stays bounded by two generations (~30 MB at the default). Over the UnifiedFC articles
   * (~141k distinct word forms) one pass analyses ~169k words where emptying a 2^16 cache analysed ~305k.
   * `frontRows` (a power of two): rows of the front table; a cache consulted only now and then (behind a
   * per-form-id table of its own) does as well with far fewer.
   */
  constructor(limit = 1 << 16, frontRows = FRONT_ROWS) {
    this.limit = limit;
    this.frontMask = frontRows - 1;
    this.front = new Int32Array(frontRows * ROW);
    this.frontValue = new Array<V | undefined>(frontRows).fill(undefined);
    this.turn();
  }

  /** The most entries the young generation holds (entry ids are below it). */
  get capacity(): number {
    return this.limit;
  }

  /** Entries in the young generation. */
  get size(): number {
    return this.young.size;
  }

  private turn(): void {
    this.generation++;
    this.old = this.young;
    this.young = new Generation(this.limit);
    // Emptied in place: a new table per turn was megabytes of garbage for the major GC to find.
    const rows = this.frontValue.length;
    for (let r = 0; r < rows; r++) this.front[r * ROW + 1] = -1; // no key has length -1
    this.frontValue.fill(undefined);
  }

  /** Hash of `text[start, end)`; pass it to get and set. */
  static hash(text: string, start: number, end: number): number {
    let h = HASH_SEED;
    for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    return WordCache.finish(h);
  }

  /** Finishes a hash built unit by unit with {@link hashStep} from {@link HASH_SEED}. */
  static finish(h: number): number {
    // 30 bits: a small integer in V8 on every platform, never a boxed number.
    return Math.imul(h ^ (h >>> 15), 0x01000193) & 0x3fffffff;
  }

  get(text: string, start: number, end: number, hash: number): V | undefined {
    const slot = hash & this.frontMask;
    if (this.frontHolds(slot, text, start, end, hash)) {
      this.lastEntry = this.front[slot * ROW + 2]!;
      return this.frontValue[slot];
    }
    const entry = this.young.find(text, start, end, hash);
    if (entry >= 0) {
      this.remember(slot, hash, entry);
      this.lastEntry = entry;
      return this.young.values[entry];
    }
    const old = this.old;
    const inOld = old ? old.find(text, start, end, hash) : -1;
    if (!old || inOld < 0) return undefined;
    const value = old.values[inOld]!;
    if (this.young.size >= this.limit) {
      this.set(text, start, end, hash, value, old.keys[inOld]);
      return value;
    }
    // Promote into the empty slot the young probe just found, without probing again.
    const promoted = this.young.add(entry, hash, old.keys[inOld]!, value);
    this.lastEntry = promoted;
    this.remember(slot, hash, promoted);
    return value;
  }

  private frontHolds(slot: number, text: string, start: number, end: number, hash: number): boolean {
    const front = this.front;
    const row = slot * ROW;
    const length = end - start;
    if (front[row] !== hash || front[row + 1] !== length) return false;
    let at = row + ROW_HEAD;
    let i = start;
    for (; i + 1 < end; i += 2, at++) {
      if (front[at] !== (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16))) return false;
    }
    return i === end || front[at] === text.charCodeAt(i);
  }

  private remember(slot: number, hash: number, entry: number): void {
    const key = this.young.keys[entry]!;
    if (key.length > ROW_UNITS) return;
    const front = this.front;
    const row = slot * ROW;
    front[row] = hash;
    front[row + 1] = key.length;
    front[row + 2] = entry;
    let at = row + ROW_HEAD;
    let i = 0;
    for (; i + 1 < key.length; i += 2, at++) front[at] = key.charCodeAt(i) | (key.charCodeAt(i + 1) << 16);
    if (i < key.length) front[at] = key.charCodeAt(i);
    this.frontValue[slot] = this.young.values[entry]!;
  }

  /**
   * Stores `value` in the young generation (turning over first when it is full); `key` may pass the run
   * already cut out as a string (it is kept, not copied).
   */
  set(text: string, start: number, end: number, hash: number, value: V, key?: string): void {
    let found = this.young.find(text, start, end, hash);
    if (found < 0 && this.young.size >= this.limit) {
      this.turn();
      found = this.young.find(text, start, end, hash);
    }
    const slot = hash & this.frontMask;
    if (found >= 0) {
      this.young.values[found] = value;
      this.lastEntry = found;
      if (this.frontHolds(slot, text, start, end, hash)) this.remember(slot, hash, found);
      return;
    }
    const entry = this.young.add(found, hash, key ?? text.slice(start, end), value);
    this.lastEntry = entry;
    this.remember(slot, hash, entry);
  }
}

function sameUnits(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
