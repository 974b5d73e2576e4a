import type { Article } from "../core/article.js";

/**
 * The storage contract. SQLite (embedded, the default) implements it now; PostgreSQL will implement the
 * same interface and pass the same contract test suite (src/store/contract.ts).
 */

/** An article ready to store: fingerprints are computed by ingestion (src/ingest/fingerprint.ts). */
export interface ArticleInput extends Article {
  /** Hex SHA-256 of the exact text: equal hashes are exact duplicates. */
  readonly contentHash: string;
  /** Locality-sensitive band keys of the normalised text: sharing one makes a near-duplicate candidate. */
  readonly bands: readonly string[];
  /** Shingle signature used to confirm a near-duplicate (estimated Jaccard similarity). */
  readonly signature: Uint32Array;
}

export type PutStatus = "inserted" | "unchanged" | "new_version";

export interface PutResult {
  readonly id: string;
  readonly status: PutStatus;
  /** Version number of the stored text, starting at 1; a changed text for the same id adds a version. */
  readonly version: number;
  /** Another stored article with exactly the same text. */
  readonly duplicateOf: string | null;
  /** Another stored article that is the same story with different boilerplate. */
  readonly nearDuplicateOf: string | null;
}

export interface StoredArticle extends Article {
  readonly version: number;
  readonly contentHash: string;
  readonly duplicateOf: string | null;
  readonly nearDuplicateOf: string | null;
  readonly ingestedAt: string;
}

export interface SearchHit {
  readonly id: string;
  readonly version: number;
  readonly source: string | null;
  readonly published_at: string | null;
  /** A short excerpt of the raw text around the match; plain text, never HTML. */
  readonly snippet: string;
  readonly score: number;
}

export interface StoreStats {
  readonly articles: number;
  readonly versions: number;
  readonly duplicates: number;
  readonly nearDuplicates: number;
  readonly analysed: number;
  readonly sources: readonly { readonly source: string | null; readonly articles: number }[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
}

export interface Store {
  /** Stores a batch in one transaction: all of it or none. */
  putArticles(articles: readonly ArticleInput[]): PutResult[];
  /** The latest version, or the given one. */
  getArticle(id: string, version?: number): StoredArticle | null;
  listArticles(options?: ListOptions): StoredArticle[];
  /** Saves the analysis JSON of one article version (replacing an older analysis of that version). */
  putAnalysis(id: string, version: number, analysis: unknown): void;
  getAnalysis(id: string, version?: number): unknown | null;
  /** Full-text search over normalised text; the query is normalised the same way. */
  search(query: string, options?: ListOptions): SearchHit[];
  stats(): StoreStats;
  close(): void;
}
