import { CHAINS, SUFFIX_KEYS } from "./clitics.js";
import type { StemLexicon } from "./stem-lexicon.js";
import { HASH_SEED, hashStep, WordCache } from "./word-cache.js";

/** Weight given to a stem the lexicon has never seen: well below one attested occurrence. */
export const UNSEEN_STEM = 0.1;
const UNSEEN_PRIOR = 1e-6;

/** Ints at the head of a row: the stem's hash, its length + 1 (0: empty row), its weight as a float64. */
const ROW_HEAD = 4;

/**
 * A stem lexicon laid out for scoring the analyses of new words: stems found by a run of a word's units
 * without cutting the run out as a string (a Map keyed by fresh slices hashed every candidate stem), and
 * the chain and suffix priors as numbers by index. Built once per lexicon object, which must not change
 * after its first use.
 */
export class StemTable {
  /**
   * One bit per hash value (modulo its size) that some stem has: most candidate stems are not in the
   * lexicon, and a new word's lookups find the rows cold in memory, so a miss is settled here, in a table
   * small enough to stay in cache, for all but a few percent of the stems not held.
   */
  private readonly present: Int32Array;
  /**
   * Open addressing, one row per slot holding everything a lookup reads (head, then the units two per
   * int), so a stem found costs one row: keys and weights kept apart cost several cold reads each.
   */
  private readonly rows: Int32Array;
  /** The same memory as float64s, for the weights. */
  private readonly rowWeights: Float64Array;
  /** Ints per row: a power of two that fits the longest stem. */
  private readonly rowInts: number;
  /** Prior of each chain, by `Chain.index`. */
  readonly chainPriors: Float64Array;
  /** Prior of each suffix, by index in SUFFIX_KEYS. */
  readonly suffixPriors: Float64Array;

  constructor(lexicon: StemLexicon) {
    const stems = [...lexicon.stems];
    const longest = stems.reduce((most, [stem]) => Math.max(most, stem.length), 0);
    let rowInts = 16;
    while (rowInts < ROW_HEAD + Math.ceil(longest / 2)) rowInts *= 2;
    let rows = 16;
    while (rows * 0.6 < stems.length) rows *= 2;
    let bits = 1024;
    while (bits < stems.length * 8) bits *= 2;
    this.rowInts = rowInts;
    this.rows = new Int32Array(rows * rowInts);
    this.rowWeights = new Float64Array(this.rows.buffer);
    this.present = new Int32Array(bits >> 5);
    for (const [stem, weight] of stems) {
      const hash = WordCache.hash(stem, 0, stem.length);
      this.present[(hash >>> 5) & (this.present.length - 1)]! |= 1 << (hash & 31);
      let slot = hash & (rows - 1);
      while (this.rows[slot * rowInts + 1] !== 0) slot = (slot + 1) & (rows - 1);
      const row = slot * rowInts;
      this.rows[row] = hash;
      this.rows[row + 1] = stem.length + 1;
      this.rowWeights[row / 2 + 1] = weight;
      for (let i = 0; i < stem.length; i += 2) {
        this.rows[row + ROW_HEAD + i / 2] = stem.charCodeAt(i) | ((stem.charCodeAt(i + 1) || 0) << 16);
      }
    }
    this.chainPriors = Float64Array.from(CHAINS, (chain) => lexicon.prefixes.get(chain.key) ?? UNSEEN_PRIOR);
    this.suffixPriors = Float64Array.from(SUFFIX_KEYS, (key) => lexicon.suffixes.get(key) ?? UNSEEN_PRIOR);
  }

  /**
   * The row of the stem `word[start, end - 1)` followed by the unit `last`, or -1; `hash` is its
   * {@link WordCache.hash}. Taking the last unit apart lets a stem ending in ت be looked up as its ة form.
   */
  find(hash: number, word: string, start: number, end: number, last: number): number {
    const present = this.present;
    if ((present[(hash >>> 5) & (present.length - 1)]! & (1 << (hash & 31))) === 0) return -1;
    const { rows, rowInts } = this;
    const mask = rows.length / rowInts - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const row = slot * rowInts;
      const length = rows[row + 1]! - 1;
      if (length < 0) return -1;
      if (rows[row] === hash && length === end - start && this.holds(row, word, start, end, last)) return row;
    }
  }

  /** The weight of a row {@link find} gave. */
  weight(row: number): number {
    return this.rowWeights[row / 2 + 1]!;
  }

  private holds(row: number, word: string, start: number, end: number, last: number): boolean {
    const rows = this.rows;
    const stop = end - 1;
    let at = row + ROW_HEAD;
    let i = start;
    for (; i + 1 < stop; i += 2, at++) {
      if (rows[at] !== (word.charCodeAt(i) | (word.charCodeAt(i + 1) << 16))) return false;
    }
    return rows[at] === (i === stop ? last : word.charCodeAt(i) | (last << 16));
  }
}

const tables = new WeakMap<StemLexicon, StemTable>();
/** The last lexicon asked for and its table: nearly every call asks for the same one. */
let lastLexicon: StemLexicon | undefined;
let lastTable: StemTable | undefined;

export function stemTableFor(lexicon: StemLexicon): StemTable {
  if (lexicon === lastLexicon) return lastTable!;
  let table = tables.get(lexicon);
  if (!table) {
    table = new StemTable(lexicon);
    tables.set(lexicon, table);
  }
  lastLexicon = lexicon;
  lastTable = table;
  return table;
}

/** How far from the word's end a candidate stem, or a stem before its last unit, may end. */
export const TAIL_SPAN = 4;

/**
 * Unfinished hashes (see {@link hashStep}) of `word[start, word.length - d)` into `into[d]` for every
 * d ≤ TAIL_SPAN, in one pass: the candidate stems of one chain all start at one unit and end near the end.
 */
export function tailHashes(word: string, start: number, into: Int32Array): void {
  const length = word.length;
  let h = HASH_SEED;
  for (let i = start; i < length; i++) {
    const d = length - i;
    if (d <= TAIL_SPAN) into[d] = h;
    h = hashStep(h, word.charCodeAt(i));
  }
  into[0] = h;
}
