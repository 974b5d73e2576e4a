/**
 * A trie over normalised words, matched against a run of token norms. Cue and source phrases are a few words
 * long. The first word may carry clitics; rather than stripping them from every token of every document
 * (a slice and a hash per token), every clitic spelling of every first word is listed once when a phrase is
 * added, so a lookup is one probe of a small map with the token's own, already hashed, string.
 */
interface Node<T> {
  next: Map<string, Node<T>> | null;
  value: T | undefined;
}

export interface TrieMatch<T> {
  /** One past the last token of the match. */
  readonly end: number;
  /** Leading code units of the first token that are proclitics, outside the phrase. */
  readonly prefix: number;
  /** The preposition and article are fused («للأنباء» = ل + الأنباء): the phrase's words start at the «ل». */
  readonly fused: boolean;
  readonly value: T;
}

/** A spelling of a phrase's first word in running text: the word as the trie has it, and its clitics. */
interface Reading {
  readonly word: string;
  readonly prefix: number;
  readonly fused: boolean;
}

/** Conjunctions that attach to any word («وأكد», «فقال»). */
const CONJUNCTIONS = ["و", "ف"];
/** Prepositions that attach to a name («لمصادر», «بالمرصد»). */
const PREPOSITIONS = ["ب", "ل"];

/** The spellings of `word` with clitics: conjunction only, or (`prepositions`) also ب/ل, «لل» for ل + «ال». */
function spellings(word: string, prepositions: boolean): Array<{ text: string; reading: Reading }> {
  const out = [{ text: word, reading: { word, prefix: 0, fused: false } }];
  const withPrep: Array<{ text: string; prefix: number; fused: boolean }> = [
    { text: word, prefix: 0, fused: false },
  ];
  if (prepositions) {
    for (const p of PREPOSITIONS) withPrep.push({ text: p + word, prefix: 1, fused: false });
    if (word.startsWith("ال") && word.length > 3)
      withPrep.push({ text: `ل${word.slice(1)}`, prefix: 1, fused: true });
    for (const w of withPrep.slice(1))
      out.push({ text: w.text, reading: { word, prefix: w.prefix, fused: w.fused } });
  }
  for (const c of CONJUNCTIONS) {
    for (const w of withPrep) {
      out.push({ text: c + w.text, reading: { word, prefix: w.prefix + 1, fused: w.fused } });
    }
  }
  return out;
}

/** Bits of the first-word filter: 2^16, 8 KiB per clitic setting, small enough to stay in the L1 cache. */
const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/**
 * A cheap fingerprint of a word (length, first, second and last letters): equal words have equal keys, so a
 * clear bit proves the word starts no phrase, and most tokens are turned away without a map probe.
 */
function filterKey(word: string): number {
  const n = word.length;
  const h =
    Math.imul(n, 0x9e3779b1) ^
    Math.imul(word.charCodeAt(0), 0x85ebca6b) ^
    Math.imul(word.charCodeAt(n > 1 ? 1 : 0), 0xc2b2ae35) ^
    Math.imul(word.charCodeAt(n - 1), 0x27d4eb2f);
  return (h ^ (h >>> 16)) & FILTER_MASK;
}

export class WordTrie<T> {
  private readonly root = new Map<string, Node<T>>();
  /** Text spelling of a first word → its readings, without and with prepositions. */
  private readonly firsts = [new Map<string, Reading[]>(), new Map<string, Reading[]>()];
  private readonly filters = [
    new Uint32Array(1 << (FILTER_BITS - 5)),
    new Uint32Array(1 << (FILTER_BITS - 5)),
  ];

  /** Adds a phrase given as words; `merge` combines the values of a phrase added twice. */
  add(words: readonly string[], value: T, merge?: (old: T, added: T) => T): void {
    let map = this.root;
    let node: Node<T> | undefined;
    words.forEach((word, k) => {
      node = map.get(word);
      if (!node) {
        node = { next: null, value: undefined };
        map.set(word, node);
        if (k === 0) this.addFirst(word);
      }
      if (k + 1 < words.length) {
        node.next ??= new Map();
        map = node.next;
      }
    });
    if (!node) return;
    node.value = node.value !== undefined && merge ? merge(node.value, value) : value;
  }

  private addFirst(word: string): void {
    this.firsts.forEach((firsts, prepositions) => {
      const filter = this.filters[prepositions]!;
      for (const { text, reading } of spellings(word, prepositions === 1)) {
        const key = filterKey(text);
        filter[key >>> 5]! |= 1 << (key & 31);
        const list = firsts.get(text);
        // Fewest clitics first, so that on a tie the plainer reading wins.
        if (list) list.splice(list.findIndex((r) => r.prefix > reading.prefix) >>> 0, 0, reading);
        else firsts.set(text, [reading]);
      }
    });
  }

  /** The exact phrase's value. */
  get(words: readonly string[]): T | undefined {
    let map: Map<string, Node<T>> | null = this.root;
    let node: Node<T> | undefined;
    for (const word of words) {
      node = map?.get(word);
      if (!node) return undefined;
      map = node.next;
    }
    return node?.value;
  }

  /**
   * The longest phrase starting at word `i` of `words` (words up to `limit`, `null` for a token that is no
   * word and breaks a phrase). The first word may carry a conjunction (و ف) and, with `prepositions`, a
   * preposition (ب ل, «لل» read as ل + «ال»). On a tie the reading with fewer clitics stripped wins.
   */
  match(
    words: readonly (string | null)[],
    i: number,
    limit: number,
    prepositions: boolean,
  ): TrieMatch<T> | null {
    const first = words[i];
    if (first == null || i >= limit) return null;
    const set = prepositions ? 1 : 0;
    const key = filterKey(first);
    if ((this.filters[set]![key >>> 5]! & (1 << (key & 31))) === 0) return null;
    const readings = this.firsts[set]!.get(first);
    if (readings === undefined) return null;
    let best: TrieMatch<T> | null = null;
    for (let k = 0; k < readings.length; k++) best = this.walk(words, i, limit, readings[k]!, best);
    return best;
  }

  /** Follows one reading of the first word through the trie; returns the better of it and `best`. */
  private walk(
    words: readonly (string | null)[],
    i: number,
    limit: number,
    reading: Reading,
    best: TrieMatch<T> | null,
  ): TrieMatch<T> | null {
    let node = this.root.get(reading.word);
    let out = best;
    let j = i;
    while (node) {
      if (node.value !== undefined && (!out || j + 1 > out.end)) {
        out = { end: j + 1, prefix: reading.prefix, fused: reading.fused, value: node.value };
      }
      j++;
      const word = j < limit ? words[j] : null;
      if (!node.next || word == null) break;
      node = node.next.get(word);
    }
    return out;
  }
}
