import { type Analysis, analyses, type RawCodeAt } from "./clitics.js";
import type { StemLexicon } from "./stem-lexicon.js";

/** Weight given to a stem the lexicon has never seen: well below one attested occurrence. */
const UNSEEN_STEM = 0.1;
const UNSEEN_PRIOR = 1e-6;

function score(a: Analysis, lexicon: StemLexicon): number {
  return (
    (lexicon.prefixes.get(a.prefixKey) ?? UNSEEN_PRIOR) *
    (lexicon.suffixes.get(a.suffixKey) ?? UNSEEN_PRIOR) *
    (lexicon.stems.get(a.stem) ?? UNSEEN_STEM)
  );
}

function isArticleChain(a: Analysis): boolean {
  return a.suffix === 0 && (a.prefixKey === "ال" || a.prefixKey.endsWith("+ال"));
}

/**
 * The most probable analysis of a normalised Arabic word, or null to leave it whole. When neither the word
 * nor any candidate stem is known, only the article chains («ال», «وال», «بال», «للـ» …) are split: with a
 * plain alef and a stem of two or more letters they are almost never part of the word itself.
 */
export function segmentWord(word: string, rawAt: RawCodeAt, lexicon: StemLexicon): Analysis | null {
  const options = analyses(word, rawAt);
  let best: Analysis | undefined;
  let bestScore = -1;
  let anyKnown = false;
  for (const a of options) {
    if (lexicon.stems.has(a.stem)) anyKnown = true;
    const s = score(a, lexicon);
    if (s > bestScore) {
      best = a;
      bestScore = s;
    }
  }
  if (!anyKnown) {
    let article: Analysis | undefined;
    for (const a of options) {
      if (isArticleChain(a) && (!article || score(a, lexicon) > score(article, lexicon))) article = a;
    }
    best = article;
  }
  if (!best || (best.prefixes.length === 0 && best.suffix === 0)) return null;
  return best;
}
