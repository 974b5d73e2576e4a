/**
 * Near-duplicate confirmation of the candidates that share a band key.
 *
 * TODO(lead): ingestion owns the rule. Its `bestNearDuplicate` (src/ingest/duplicate-index.ts) has this
 * exact shape; make it the default in sqlite-store.ts (or pass it as `options.nearDuplicate`) and delete
 * this local stand-in, so the store and the in-batch index always agree.
 */

export interface NearCandidate {
  readonly id: string;
  readonly signature: Uint32Array;
}

/** Picks the near duplicate among candidates given earliest first (the first one wins a tie), or null. */
export type NearDuplicatePicker = (
  signature: Uint32Array,
  candidates: Iterable<NearCandidate>,
) => { readonly id: string; readonly similarity: number } | null;

/** Local stand-in threshold: two articles at or above this estimated similarity are the same story. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

/**
 * Local stand-in: the fraction of positions where two MinHash signatures agree, which estimates the Jaccard
 * similarity of the shingle sets. Signatures of different lengths (different hash families) never match.
 */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** Local stand-in: the most similar candidate at or above the threshold. */
export const pickNearDuplicate: NearDuplicatePicker = (signature, candidates) => {
  let best: { id: string; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = estimateSimilarity(signature, candidate.signature);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
      best = { id: candidate.id, similarity };
    }
  }
  return best;
};
