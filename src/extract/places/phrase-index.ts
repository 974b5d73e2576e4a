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
    if (first === undefined) return null;
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
