import {
  type Analysis,
  type CandidateVisitor,
  type Chain,
  candidateStem,
  forEachCandidate,
  type RawCodeAt,
  RESTORED_STEM_END,
  SUFFIX_KEYS,
} from "./clitics.js";
import type { StemLexicon } from "./stem-lexicon.js";
import { type StemTable, stemTableFor, TAIL_SPAN, tailHashes, UNSEEN_STEM } from "./stem-table.js";
import { hashStep, WordCache } from "./word-cache.js";

/**
 * Scores the analyses of one word as they are enumerated and keeps, without an object per analysis, the
 * best one overall and the best article chain (the first of equal scores, in enumeration order). One scorer
 * serves every word (see {@link BestAnalysis.start}): scoring runs once per new word of every document.
 */
class BestAnalysis implements CandidateVisitor {
  private table!: StemTable;
  private word = "";
  /** Chain start the tail hashes are for, -1 for none. */
  private hashedFrom = -1;
  private readonly tails = new Int32Array(TAIL_SPAN + 1);
  anyKnown = false;
  bestScore = -1;
  bestChain: Chain | undefined;
  bestSuffix = 0;
  bestEnd = 0;
  bestRestored = false;
  articleScore = -1;
  articleChain: Chain | undefined;
  articleEnd = 0;

  start(word: string, table: StemTable): void {
    this.table = table;
    this.word = word;
    this.hashedFrom = -1;
    this.anyKnown = false;
    this.bestScore = -1;
    this.bestChain = undefined;
    this.articleScore = -1;
    this.articleChain = undefined;
  }

  candidate(chain: Chain, suffix: number, end: number, restored: boolean): void {
    const { table, word } = this;
    const start = chain.start;
    if (start !== this.hashedFrom) {
      tailHashes(word, start, this.tails);
      this.hashedFrom = start;
    }
    const back = word.length - end;
    const hash = restored
      ? WordCache.finish(hashStep(this.tails[back + 1]!, RESTORED_STEM_END))
      : WordCache.finish(this.tails[back]!);
    const entry = table.find(hash, word, start, end, restored ? RESTORED_STEM_END : word.charCodeAt(end - 1));
    if (entry >= 0) this.anyKnown = true;
    const score =
      table.chainPriors[chain.index]! *
      table.suffixPriors[suffix]! *
      (entry >= 0 ? table.weight(entry) : UNSEEN_STEM);
    if (score > this.bestScore) {
      this.bestScore = score;
      this.bestChain = chain;
      this.bestSuffix = suffix;
      this.bestEnd = end;
      this.bestRestored = restored;
    }
    // Article chains («ال», «وال», «بال», «للـ» …) never take a suffix.
    if (chain.article && score > this.articleScore) {
      this.articleScore = score;
      this.articleChain = chain;
      this.articleEnd = end;
    }
  }
}

const found = new BestAnalysis();

/**
 * The most probable analysis of a normalised Arabic word, or null to leave it whole. When neither the word
 * nor any candidate stem is known, only the article chains («ال», «وال», «بال», «للـ» …) are split: with a
 * plain alef and a stem of two or more letters they are almost never part of the word itself.
 */
export function segmentWord(word: string, rawAt: RawCodeAt, lexicon: StemLexicon): Analysis | null {
  found.start(word, stemTableFor(lexicon));
  forEachCandidate(word, rawAt, found);
  const known = found.anyKnown;
  const chain = known ? found.bestChain : found.articleChain;
  const suffix = known ? found.bestSuffix : 0;
  if (!chain || (chain.lengths.length === 0 && suffix === 0)) return null;
  const end = known ? found.bestEnd : found.articleEnd;
  const stem = candidateStem(word, chain, end, known && found.bestRestored);
  const suffixKey = SUFFIX_KEYS[suffix]!;
  return { prefixes: chain.lengths, suffix: suffixKey.length, prefixKey: chain.key, suffixKey, stem };
}
