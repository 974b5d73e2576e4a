import type { CueEntry } from "./cue-lexicon.js";
import type { Draft } from "./draft.js";
import type { Reader } from "./reader.js";
import type { TrieMatch } from "./word-trie.js";

/** Where the first pass stands: the sentence being read and the claims found so far. */
export interface Scan {
  readonly r: Reader;
  readonly sentence: number;
  readonly sentStart: number;
  readonly sentEnd: number;
  readonly drafts: readonly Draft[];
}

/** What a cue handler found: a claim, the claim it relays if any, and the token to read on from. */
export interface Found {
  readonly claim: Draft;
  /** «نقلت الصفحة عن مصادر مطلعة»: the sources' claim, relayed by `claim`; a chain relays in turn. */
  readonly relayed: readonly Draft[];
  /** Further cues of the same claim by the same source («قائلاً»), without `via`. */
  readonly also?: readonly Draft[];
  readonly next: number;
}

export type CueMatch = TrieMatch<CueEntry>;
