import { stopWords } from "../link/content-words.js";
import { loadStanceModel } from "../link/stance/load.js";
import type { Stance, StanceModel } from "../link/stance/model.js";
import { predictStance } from "../link/stance/predict.js";
import { type Verdict, verdictOf } from "../link/stance/verdict.js";
import type { Store } from "../store/store.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * The claim check behind POST /api/verify and `marsad verify`, as an interface. `retrievalVerifier` only
 * finds the stored articles that bear on the claim and leaves each stance open (null), verdict
 * "unverified"; `stanceVerifier` (what `marsad serve` uses) judges each article found with the stance
 * model and weighs the verdict from them.
 */

export type { Stance, Verdict };

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

type Hit = Awaited<ReturnType<Store["search"]>>[number];

/** Articles ranked by how many of the claim's words they contain (each word searched on its own). */
async function retrieve(claim: string, store: Store, limit: number): Promise<Hit[]> {
  const scores = new Map<string, { matched: number; rank: number; hit: Hit }>();
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
  return [...scores.values()]
    .sort((a, b) => b.matched - a.matched || a.rank - b.rank)
    .slice(0, limit)
    .map(({ hit }) => hit);
}

export const retrievalVerifier: Verifier = async (claim, store, { limit }) => {
  const hits = await retrieve(claim, store, limit);
  return {
    claim,
    verdict: "unverified",
    method: "retrieval",
    evidence: hits.map((hit) => ({
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

/**
 * More articles are judged than are returned: full-text rank is a weak proxy for stance relevance, and
 * the articles the model finds unrelated are dropped.
 */
const CANDIDATES_PER_RESULT = 3;
const MIN_CANDIDATES = 20;
const SIDE_ORDER: Record<Stance, number> = { disagree: 0, agree: 0, discuss: 1, unrelated: 2 };

/** A verifier that judges each retrieved article's stance toward the claim with `model`. */
export function createStanceVerifier(model: () => StanceModel = loadStanceModel): Verifier {
  return async (claim, store, { limit }) => {
    const stanceModel = model();
    const hits = await retrieve(claim, store, Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_RESULT));
    const judged: VerifyEvidence[] = [];
    for (const hit of hits) {
      const article = await store.getArticle(hit.id);
      if (!article) continue;
      const result = predictStance(stanceModel, claim, article.text);
      if (result.stance === "unrelated") continue;
      judged.push({
        doc: hit.id,
        source: hit.source,
        published_at: hit.published_at,
        stance: result.stance,
        confidence: result.confidence,
        rationale: result.rationale,
        snippet: hit.snippet,
      });
    }
    // Agreeing and disagreeing sources first, then those that only report it; most confident first.
    judged.sort(
      (a, b) => SIDE_ORDER[a.stance!] - SIDE_ORDER[b.stance!] || (b.confidence ?? 0) - (a.confidence ?? 0),
    );
    const evidence = judged.slice(0, limit);
    return {
      claim,
      verdict: verdictOf(judged.map((e) => ({ stance: e.stance!, confidence: e.confidence ?? 0 }))),
      method: "stance-unifiedfc",
      evidence,
    };
  };
}

/** The stance verifier over the shipped model, loaded on first use. */
export const stanceVerifier: Verifier = createStanceVerifier();
