/**
 * A cache keyed by a run of UTF-16 units inside a larger string plus a small integer, looked up without
 * cutting the run out as a string. The tokeniser asks it once per Arabic word; a Map keyed by fresh slices
 * spent most of the tokeniser's time hashing and comparing strings scattered over the heap.
 * Keys are copied into one contiguous pool, so a hit costs one probe and one compare of nearby memory.
 */
export class WordCache<V> {
  private readonly limit: number;
  private table!: Int32Array; // entry index + 1, 0 = empty
  private hashes!: Int32Array;
  private offsets!: Int32Array;
  private lengths!: Int32Array;
  private tags!: Int32Array;
  private pool!: Uint16Array;
  private values: V[] = [];
  private poolUsed = 0;
  size = 0;

  constructor(limit = 1 << 18) {
    this.limit = limit;
    this.reset();
  }

  private reset(): void {
    this.table = new Int32Array(this.limit * 2);
    this.hashes = new Int32Array(this.limit);
    this.offsets = new Int32Array(this.limit);
    this.lengths = new Int32Array(this.limit);
    this.tags = new Int32Array(this.limit);
    this.pool = new Uint16Array(this.limit * 8);
    this.values = [];
    this.poolUsed = 0;
    this.size = 0;
  }

  /** Hash of `text[start, end)` and `tag`; pass it to get and set. */
  static hash(text: string, start: number, end: number, tag: number): number {
    let h = 0x811c9dc5 ^ tag;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h | 0;
  }

  private find(text: string, start: number, end: number, tag: number, hash: number): number {
    const mask = this.table.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]! - 1;
      if (entry < 0) return -(slot + 1);
      if (this.hashes[entry] !== hash || this.lengths[entry] !== length || this.tags[entry] !== tag) continue;
      const offset = this.offsets[entry]!;
      let i = 0;
      while (i < length && this.pool[offset + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return entry;
    }
  }

  get(text: string, start: number, end: number, tag: number, hash: number): V | undefined {
    const entry = this.find(text, start, end, tag, hash);
    return entry >= 0 ? this.values[entry] : undefined;
  }

  set(text: string, start: number, end: number, tag: number, hash: number, value: V): void {
    const length = end - start;
    if (this.size >= this.limit || this.poolUsed + length > this.pool.length) this.reset();
    const found = this.find(text, start, end, tag, hash);
    if (found >= 0) {
      this.values[found] = value;
      return;
    }
    const entry = this.size++;
    this.table[-found - 1] = entry + 1;
    this.hashes[entry] = hash;
    this.lengths[entry] = length;
    this.tags[entry] = tag;
    this.offsets[entry] = this.poolUsed;
    for (let i = 0; i < length; i++) this.pool[this.poolUsed + i] = text.charCodeAt(start + i);
    this.poolUsed += length;
    this.values[entry] = value;
  }
}
