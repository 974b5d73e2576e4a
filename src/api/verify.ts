import { stopWords } from "../link/content-words.js";
import type { Store } from "../store/store.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * The claim check behind POST /api/verify, as an interface: the stance model (`marsad stance`) plugs in
 * here. Until it does, `retrievalVerifier` finds the stored articles that bear on the claim and leaves the
 * stance of each open (null), with the verdict "unverified".
 */

export type Stance = "agree" | "disagree" | "discuss" | "unrelated";
export type Verdict = "supported" | "refuted" | "disputed" | "unverified";

export interface VerifyEvidence {
  readonly doc: string;
  readonly source: string | null;
  readonly published_at: string | null;
  readonly stance: Stance | null;
  readonly confidence: number | null;
  /** Indices of the article's lines (`text.split("\n")`) that carry the stance, as `marsad stance` gives. */
  readonly rationale: readonly number[];
  /** A short plain-text excerpt around the match. */
  readonly snippet: string;
}

export interface VerifyResult {
  readonly claim: string;
  readonly verdict: Verdict;
  /** Which verifier answered: "retrieval" (no stance yet) or the stance model's name. */
  readonly method: string;
  readonly evidence: readonly VerifyEvidence[];
}

export type Verifier = (
  claim: string,
  store: Store,
  options: { readonly limit: number },
) => Promise<VerifyResult>;

/** Words searched for: a claim's content words, longest first (rarer), at most this many. */
const MAX_QUERY_WORDS = 8;
const WORD = /[\p{L}\p{N}]+/gu;

function queryWords(claim: string): string[] {
  const stop = stopWords();
  const words = [...normalizeArabic(claim).matchAll(WORD)]
    .map((m) => m[0])
    .filter((w) => w.length >= 3 && !stop.has(w));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, MAX_QUERY_WORDS);
}

/** Articles ranked by how many of the claim's words they contain (each word searched on its own). */
export const retrievalVerifier: Verifier = async (claim, store, { limit }) => {
  const scores = new Map<
    string,
    { matched: number; rank: number; hit: Awaited<ReturnType<Store["search"]>>[number] }
  >();
  for (const word of queryWords(claim)) {
    const hits = await store.search(word, { limit: 50 });
    hits.forEach((hit, rank) => {
      const entry = scores.get(hit.id);
      if (entry) {
        entry.matched++;
        entry.rank += rank;
      } else scores.set(hit.id, { matched: 1, rank, hit });
    });
  }
  const ranked = [...scores.values()]
    .sort((a, b) => b.matched - a.matched || a.rank - b.rank)
    .slice(0, limit);
  return {
    claim,
    verdict: "unverified",
    method: "retrieval",
    evidence: ranked.map(({ hit }) => ({
      doc: hit.id,
      source: hit.source,
      published_at: hit.published_at,
      stance: null,
      confidence: null,
      rationale: [],
      snippet: hit.snippet,
    })),
  };
};
