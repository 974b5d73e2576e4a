import type { FeatureResources, KnownWord } from "./features.js";

/**
 * One map from a single word to everything the tagger's resources say about it, so a word new to the
 * tagger costs one or two lookups (itself and its light stem), not the dozen that the cluster map,
 * gazetteer.wordMask and gazetteer.openingForms make between them. Packed per word w: the gazetteer mask of
 * w as a one-word name (bits 0–2), whether w opens a listed phrase (bit 3), the same two for «ال» + w
 * (bits 4–7), and w's cluster id + 1 (bits 8 up, 0: none).
 */
export type WordFacts = ReadonlyMap<string, number>;

const MASK = 7;
const OPENS = 8;
/** Where the facts of «ال» + w sit in w's entry. */
const ARTICLE_SHIFT = 4;
const CLUSTER_SHIFT = 8;
const ARTICLE = "ال";

export function buildWordFacts(res: Omit<FeatureResources, "bits">): WordFacts {
  const facts = new Map<string, number>();
  const or = (word: string, bits: number) => facts.set(word, (facts.get(word) ?? 0) | bits);
  res.gazetteer?.forEachWord((word, mask, opens) => {
    const bits = mask | (opens ? OPENS : 0);
    or(word, bits);
    if (word.startsWith(ARTICLE)) or(word.slice(ARTICLE.length), bits << ARTICLE_SHIFT);
  });
  for (const [word, id] of res.clusters ?? []) or(word, (id + 1) << CLUSTER_SHIFT);
  return facts;
}

const NO_FORMS: readonly string[] = Object.freeze([]);

/**
 * A word's cluster value and gazetteer mask (as computeInfo would look them up) and its gazetteer opening
 * forms (as NerGazetteer.openingForms gives them), from the facts of the word and of its light stem.
 */
export function lookUpWord(
  facts: WordFacts,
  word: string,
  stem: string,
): KnownWord & { readonly forms: readonly string[] } {
  const own = facts.get(word) ?? 0;
  const same = stem === word;
  const ofStem = same ? own : (facts.get(stem) ?? 0);
  const ofArticle = ofStem >>> ARTICLE_SHIFT; // the facts of «ال» + stem
  const gazMask = own & MASK || (same ? ofArticle & MASK : ofStem & MASK || ofArticle & MASK);
  const opens = (own & OPENS) !== 0 || (!same && (ofStem & OPENS) !== 0) || (ofArticle & OPENS) !== 0;
  let forms = NO_FORMS;
  if (opens) {
    const withArticle = ARTICLE + stem;
    const all = same ? [word, withArticle] : [word, stem, withArticle];
    const known = same ? [own, ofArticle] : [own, ofStem, ofArticle];
    forms = all.filter((_, k) => (known[k]! & OPENS) !== 0);
  }
  return { cluster: (own >>> CLUSTER_SHIFT) + 1, gazMask, forms };
}
