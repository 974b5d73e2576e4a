import { prependUnit, suffixHash, WordFilter } from "../../text/word-filter.js";
import { cliticVariants } from "./clitics.js";
import { phraseWords, type WordList } from "./words.js";

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  value: T | undefined;
}

export interface PhraseMatch<T> {
  /** First and one-past-last word of the match in the WordList. */
  readonly startWord: number;
  readonly endWord: number;
  /** Leading characters of the first word that are proclitics (و ب ل …), outside the name. */
  readonly prefix: number;
  /** The first word as the lexicon spells it (clitics stripped, «لل» read as «ال»). */
  readonly first: string;
  readonly value: T;
}

/**
 * A trie over normalised words: finds the longest lexicon phrase that starts at a word of a text,
 * allowing proclitics on the first word and any run of spaces, line breaks or quotes between words.
 * Lookups cost one Map probe per word (plus a few for clitic readings of the first word).
 */
export class PhraseIndex<T> {
  private readonly root = new Map<string, TrieNode<T>>();
  private readonly firsts = new FirstWordFilter();
  size = 0;

  /** Adds a phrase (already normalised); `merge` combines values when two entries share a phrase. */
  add(phrase: string, value: T, merge?: (old: T, added: T) => T): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    let map = this.root;
    let node: TrieNode<T> | undefined;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      node = map.get(word);
      if (!node) {
        node = { next: null, value: undefined };
        map.set(word, node);
        if (k === 0) this.firsts.add(word);
      }
      if (k + 1 < words.length) {
        node.next ??= new Map();
        map = node.next;
      }
    }
    if (!node) return;
    if (node.value === undefined) this.size++;
    node.value = node.value !== undefined && merge ? merge(node.value, value) : value;
  }

  /** Whether a phrase is in the index exactly. */
  get(phrase: string): T | undefined {
    const words = phraseWords(phrase);
    let map: Map<string, TrieNode<T>> | null = this.root;
    let node: TrieNode<T> | undefined;
    for (const word of words) {
      node = map?.get(word);
      if (!node) return undefined;
      map = node.next;
    }
    return node?.value;
  }

  /** The longest phrase starting at word `i`; on a tie, the reading with fewer clitics stripped. */
  matchAt(list: WordList, i: number, clitics = true): PhraseMatch<T> | null {
    const first = list.words[i];
    if (first === undefined || !this.firsts.mayOpen(first, clitics)) return null;
    let best: PhraseMatch<T> | null = null;
    const variants = clitics ? cliticVariants(first) : [{ word: first, prefix: 0 }];
    for (const variant of variants) {
      let node = this.root.get(variant.word);
      let j = i;
      while (node) {
        if (node.value !== undefined && (!best || j + 1 > best.endWord)) {
          best = {
            startWord: i,
            endWord: j + 1,
            prefix: variant.prefix,
            first: variant.word,
            value: node.value,
          };
        }
        if (!node.next || j + 1 >= list.count || list.joins[j] !== 1) break;
        j++;
        node = node.next.get(list.words[j]!);
      }
    }
    return best;
  }
}

const ALEF = 0x0627;
const BEH = 0x0628;
const FEH = 0x0641;
const LAM = 0x0644;
const WAW = 0x0648;

/**
 * Which words may open a phrase, so that most words of a text are passed over without building their
 * clitic readings or probing the trie (a Map of strings, each probe hashing a fresh slice): every reading
 * cliticVariants can make is checked against a WordFilter of the first words, from one backward pass.
 */
class FirstWordFilter {
  private readonly filter = new WordFilter(1 << 20);

  add(word: string): void {
    this.filter.add(word);
  }

  /** False when no reading of `word` (the word alone, without `clitics`) is a first word of the index. */
  mayOpen(word: string, clitics: boolean): boolean {
    let h = suffixHash(word, word.length);
    for (let k = word.length - 1; k > 0; k--) {
      h = prependUnit(h, word.charCodeAt(k));
      // h is now the hash of word[k:], the reading with k leading letters stripped, when they are clitics.
      if (clitics && k <= 3 && this.readingAt(word, k, h)) return true;
    }
    return this.filter.mayHold(prependUnit(h, word.charCodeAt(0)));
  }

  /** Whether stripping word[0, k) (as cliticVariants may: و ف, then ب ل, or «لل» read as «ال») hits. */
  private readingAt(word: string, k: number, h: number): boolean {
    const c0 = word.charCodeAt(0);
    const conj = c0 === WAW || c0 === FEH;
    const f = this.filter;
    if (k === 1) return (conj || c0 === BEH || c0 === LAM) && f.mayHold(h);
    const c1 = word.charCodeAt(1);
    if (k === 2) {
      if (conj && (c1 === BEH || c1 === LAM) && f.mayHold(h)) return true;
      return c0 === LAM && c1 === LAM && f.mayHold(prependUnit(prependUnit(h, LAM), ALEF));
    }
    const fused = conj && c1 === LAM && word.charCodeAt(2) === LAM;
    return fused && f.mayHold(prependUnit(prependUnit(h, LAM), ALEF));
  }
}
