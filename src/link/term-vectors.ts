/**
 * TF-IDF vectors over content words with document frequencies that grow as documents are linked, so a new
 * document is weighed against everything linked before it without recomputing older vectors. A vector keeps
 * only its heaviest terms: that is what a story is about, and it bounds memory and comparison cost.
 */

/** Terms and weights, heaviest first, L2-normalised. */
export type TermVector = ReadonlyArray<readonly [string, number]>;

/** Terms a document vector keeps. */
export const DOC_TERMS = 40;

export class TermStats {
  private readonly df = new Map<string, number>();
  private readonly changed = new Set<string>();
  /** Documents counted so far. */
  docs = 0;

  static from(rows: Iterable<{ readonly term: string; readonly docs: number }>, docs: number): TermStats {
    const stats = new TermStats();
    for (const row of rows) stats.df.set(row.term, row.docs);
    stats.docs = docs;
    return stats;
  }

  /** Counts one document's distinct terms. */
  add(terms: Iterable<string>): void {
    for (const term of new Set(terms)) {
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
      this.changed.add(term);
    }
    this.docs++;
  }

  /** Smoothed inverse document frequency: a term in every document weighs about 1, a rare one more. */
  idf(term: string): number {
    return Math.log((this.docs + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  /** The document's vector: term frequency (log-scaled) × IDF, the `limit` heaviest terms, unit length. */
  vector(words: readonly string[], limit = DOC_TERMS): TermVector {
    const tf = new Map<string, number>();
    for (const word of words) tf.set(word, (tf.get(word) ?? 0) + 1);
    const weighted = [...tf].map(([term, n]) => [term, (1 + Math.log(n)) * this.idf(term)] as const);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return normalise(weighted.slice(0, limit));
  }

  /** Terms whose counts changed since the last call, with their counts now. */
  takeChanged(): { term: string; docs: number }[] {
    const out = [...this.changed].map((term) => ({ term, docs: this.df.get(term) ?? 0 }));
    this.changed.clear();
    return out;
  }
}

function normalise(entries: ReadonlyArray<readonly [string, number]>): TermVector {
  const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0));
  return norm === 0 ? [] : entries.map(([term, w]) => [term, w / norm] as const);
}

/** Cosine of a unit vector with a (not normalised) sum of vectors, given that sum's length. */
export function cosineWithSum(vector: TermVector, sum: ReadonlyMap<string, number>, sumNorm: number): number {
  if (sumNorm === 0) return 0;
  let dot = 0;
  for (const [term, weight] of vector) dot += weight * (sum.get(term) ?? 0);
  return dot / sumNorm;
}
