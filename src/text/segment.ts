import {
  type Analysis,
  type AnalysisVisitor,
  type Chain,
  forEachAnalysis,
  type RawCodeAt,
} from "./clitics.js";
import type { StemLexicon } from "./stem-lexicon.js";

/** Weight given to a stem the lexicon has never seen: well below one attested occurrence. */
const UNSEEN_STEM = 0.1;
const UNSEEN_PRIOR = 1e-6;

/**
 * Scores the analyses of one word as they are enumerated and keeps, without an object per analysis, the
 * best one overall and the best article chain (the first of equal scores, in enumeration order).
 */
class BestAnalysis implements AnalysisVisitor {
  anyKnown = false;
  bestScore = -1;
  bestChain: Chain | undefined;
  bestSuffix = "";
  bestStem = "";
  articleScore = -1;
  articleChain: Chain | undefined;
  articleStem = "";

  constructor(private readonly lexicon: StemLexicon) {}

  candidate(chain: Chain, suffixKey: string, stem: string): void {
    const lexicon = this.lexicon;
    const stemWeight = lexicon.stems.get(stem);
    if (stemWeight !== undefined) this.anyKnown = true;
    const score =
      (lexicon.prefixes.get(chain.key) ?? UNSEEN_PRIOR) *
      (lexicon.suffixes.get(suffixKey) ?? UNSEEN_PRIOR) *
      (stemWeight ?? UNSEEN_STEM);
    if (score > this.bestScore) {
      this.bestScore = score;
      this.bestChain = chain;
      this.bestSuffix = suffixKey;
      this.bestStem = stem;
    }
    // Article chains («ال», «وال», «بال», «للـ» …) never take a suffix.
    if (chain.article && score > this.articleScore) {
      this.articleScore = score;
      this.articleChain = chain;
      this.articleStem = stem;
    }
  }
}

/**
 * The most probable analysis of a normalised Arabic word, or null to leave it whole. When neither the word
 * nor any candidate stem is known, only the article chains («ال», «وال», «بال», «للـ» …) are split: with a
 * plain alef and a stem of two or more letters they are almost never part of the word itself.
 */
export function segmentWord(word: string, rawAt: RawCodeAt, lexicon: StemLexicon): Analysis | null {
  const found = new BestAnalysis(lexicon);
  forEachAnalysis(word, rawAt, found);
  const chain = found.anyKnown ? found.bestChain : found.articleChain;
  const suffixKey = found.anyKnown ? found.bestSuffix : "";
  if (!chain || (chain.lengths.length === 0 && suffixKey === "")) return null;
  const stem = found.anyKnown ? found.bestStem : found.articleStem;
  return { prefixes: chain.lengths, suffix: suffixKey.length, prefixKey: chain.key, suffixKey, stem };
}
