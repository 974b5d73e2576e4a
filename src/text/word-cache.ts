/**
 * A cache keyed by a run of UTF-16 units inside a larger string plus a small integer, looked up without
 * cutting the run out as a string. The tokeniser asks it once per Arabic word; a Map keyed by fresh slices
 * spent most of the tokeniser's time hashing and comparing strings scattered over the heap.
 * Keys are copied into one contiguous pool, so a hit costs one probe and one compare of nearby memory.
 */
const FRONT_SLOTS = 4096;

export class WordCache<V> {
  private readonly limit: number;
  /** Open addressing, two ints a slot: the key's hash and its entry index + 1 (0 = empty). */
  private table!: Int32Array;
  /**
   * A small direct-mapped table in front of `table`, same layout: frequent words stay in the CPU's cache,
   * where probes of the large table mostly miss it.
   */
  private front!: Int32Array;
  /** Three ints an entry, side by side so a hit touches one cache line: pool offset, length, tag. */
  private entries!: Int32Array;
  private pool!: Uint16Array;
  private values: V[] = [];
  private poolUsed = 0;
  size = 0;

  constructor(limit = 1 << 18) {
    this.limit = limit;
    this.reset();
  }

  private reset(): void {
    this.table = new Int32Array(this.limit * 4);
    this.front = new Int32Array(FRONT_SLOTS * 2);
    this.entries = new Int32Array(this.limit * 3);
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

  private matches(entry: number, text: string, start: number, length: number, tag: number): boolean {
    const base = 3 * entry;
    if (this.entries[base + 1] !== length || this.entries[base + 2] !== tag) return false;
    const offset = this.entries[base]!;
    let i = 0;
    while (i < length && this.pool[offset + i] === text.charCodeAt(start + i)) i++;
    return i === length;
  }

  /** The entry for the key, or -(slot + 1) for the empty slot where it would go. */
  private find(text: string, start: number, end: number, tag: number, hash: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1]! - 1;
      if (entry < 0) return -(slot + 1);
      if (table[2 * slot] === hash && this.matches(entry, text, start, length, tag)) return entry;
    }
  }

  get(text: string, start: number, end: number, tag: number, hash: number): V | undefined {
    const front = 2 * (hash & (FRONT_SLOTS - 1));
    const cached = this.front[front + 1]! - 1;
    if (cached >= 0 && this.front[front] === hash && this.matches(cached, text, start, end - start, tag)) {
      return this.values[cached];
    }
    const entry = this.find(text, start, end, tag, hash);
    if (entry < 0) return undefined;
    this.front[front] = hash;
    this.front[front + 1] = entry + 1;
    return this.values[entry];
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
    const slot = -found - 1;
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = entry + 1;
    this.entries[3 * entry] = this.poolUsed;
    this.entries[3 * entry + 1] = length;
    this.entries[3 * entry + 2] = tag;
    for (let i = 0; i < length; i++) this.pool[this.poolUsed + i] = text.charCodeAt(start + i);
    this.poolUsed += length;
    this.values[entry] = value;
  }
}
