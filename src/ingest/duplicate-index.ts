import { estimateSimilarity, isNearDuplicate, sameSource } from "./fingerprint.js";

/** What duplicate detection needs of an article (an `ArticleInput` has it). */
export interface Fingerprinted {
  readonly id: string;
  readonly source: string | null;
  readonly contentHash: string;
  readonly bands: readonly string[];
  readonly signature: Uint32Array;
}

export interface DuplicateMatch {
  /** An earlier article with exactly the same text. */
  readonly duplicateOf: string | null;
  /** Otherwise, the most similar earlier article that is the same story with different boilerplate. */
  readonly nearDuplicateOf: string | null;
  /** Estimated Jaccard similarity to `nearDuplicateOf`. */
  readonly similarity: number | null;
}

export interface Candidate {
  readonly id: string;
  readonly signature: Uint32Array;
  /** Unknown (null or absent) sources are never "the same source". */
  readonly source?: string | null;
}

/**
 * Of the candidates (articles sharing a band, earliest first), the one that is a near-duplicate and most
 * similar; the first such one on a tie. The store calls this with the candidates its band index returns,
 * and `source`, the new article's source (candidates from the same source must be more similar).
 */
export function bestNearDuplicate(
  signature: Uint32Array,
  candidates: Iterable<Candidate>,
  source?: string | null,
): { readonly id: string; readonly similarity: number } | null {
  let best: { id: string; similarity: number } | null = null;
  for (const candidate of candidates) {
    if (!isNearDuplicate(signature, candidate.signature, sameSource(source, candidate.source))) continue;
    const similarity = estimateSimilarity(signature, candidate.signature);
    if (!best || similarity > best.similarity) best = { id: candidate.id, similarity };
  }
  return best;
}

const NONE: DuplicateMatch = { duplicateOf: null, nearDuplicateOf: null, similarity: null };

/** Exact and near duplicates within one batch, in the order articles are added. */
export class DuplicateIndex {
  private readonly byHash = new Map<string, string>();
  private readonly byBand = new Map<string, string[]>();
  private readonly entries = new Map<string, Candidate>();
  /** Insertion order, so that ties go to the earliest article. */
  private readonly order = new Map<string, number>();

  /** The match for an article against those added before it; does not add it. */
  check(article: Fingerprinted): DuplicateMatch {
    const exact = this.byHash.get(article.contentHash);
    if (exact !== undefined && exact !== article.id) return { ...NONE, duplicateOf: exact };
    const best = bestNearDuplicate(article.signature, this.candidates(article), article.source);
    return best ? { ...NONE, nearDuplicateOf: best.id, similarity: best.similarity } : NONE;
  }

  /** Checks the article, then adds it so later ones can match it. */
  add(article: Fingerprinted): DuplicateMatch {
    const match = this.check(article);
    if (!this.byHash.has(article.contentHash)) this.byHash.set(article.contentHash, article.id);
    // A second text under the same id (a new version) replaces the signature; stale band entries are
    // harmless because candidates are always checked against the current signature.
    for (const band of article.bands) {
      const ids = this.byBand.get(band);
      if (!ids) this.byBand.set(band, [article.id]);
      else if (ids[ids.length - 1] !== article.id) ids.push(article.id);
    }
    this.entries.set(article.id, { id: article.id, source: article.source, signature: article.signature });
    if (!this.order.has(article.id)) this.order.set(article.id, this.order.size);
    return match;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Earlier articles sharing at least one band, in the order they were added; never the article itself. */
  private *candidates(article: Fingerprinted): Generator<Candidate> {
    const seen = new Set<string>([article.id]);
    const ids: string[] = [];
    for (const band of article.bands) {
      for (const id of this.byBand.get(band) ?? []) {
        if (!seen.has(id)) {
          seen.add(id);
          ids.push(id);
        }
      }
    }
    ids.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    for (const id of ids) yield this.entries.get(id)!;
  }
}
