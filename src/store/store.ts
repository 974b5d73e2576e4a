import type { Article } from "../core/article.js";
import type { LinkChanges, LinkState } from "./link-types.js";

export type * from "./link-types.js";

/**
 * The storage contract. SQLite (embedded, the default) implements it now; PostgreSQL will implement the
 * same interface and pass the same contract test suite (src/store/contract.ts).
 *
 * Every method returns a Promise, so that a store over a network connection fits the same interface. A
 * failure is a rejected promise, never a synchronous throw.
 */

/** An article ready to store: fingerprints are computed by ingestion (src/ingest/fingerprint.ts). */
export interface ArticleInput extends Article {
  /** Hex SHA-256 of the exact text: equal hashes are exact duplicates. */
  readonly contentHash: string;
  /** Locality-sensitive band keys of the normalised text: sharing one makes a near-duplicate candidate. */
  readonly bands: readonly string[];
  /** MinHash signature used to confirm a near-duplicate (estimated Jaccard similarity). */
  readonly signature: Uint32Array;
}

/**
 * What a put did with one record. "unchanged": the id's latest version already has exactly this text;
 * metadata (source, url, published_at, title) that differs is ignored, not updated, and no version is added.
 */
export type PutStatus = "inserted" | "unchanged" | "new_version";

export interface PutResult {
  readonly id: string;
  readonly status: PutStatus;
  /** Version number of the stored text, starting at 1; a changed text for the same id adds a version. */
  readonly version: number;
  /** Another stored article with exactly the same text (see StoredArticle.duplicateOf). */
  readonly duplicateOf: string | null;
  /** Another stored article that is the same story with different boilerplate. */
  readonly nearDuplicateOf: string | null;
}

/**
 * One stored version of an article. The duplicate marks belong to the version: they are decided when the
 * version is stored, against the latest versions of the other articles at that moment (and the records
 * before it in the same batch), and are never revised afterwards. A new version gets marks of its own; the
 * older versions keep theirs. An exact duplicate is not also marked a near-duplicate.
 */
export interface StoredArticle extends Article {
  readonly version: number;
  readonly contentHash: string;
  /** The earliest stored article whose latest text was exactly the same, preferring originals. */
  readonly duplicateOf: string | null;
  /** The article sharing a band key that ingestion's near-duplicate rule picks (`bestNearDuplicate`). */
  readonly nearDuplicateOf: string | null;
  /** ISO 8601 time this version was stored. */
  readonly ingestedAt: string;
}

export interface SearchHit {
  readonly id: string;
  /** Search covers the latest version of each article only. */
  readonly version: number;
  readonly source: string | null;
  readonly published_at: string | null;
  /** A short excerpt of the raw text around the match; plain text, never HTML. */
  readonly snippet: string;
  /**
   * Relevance: higher is better, and hits come best first. Only comparable between hits of one query on one
   * store (its scale is the implementation's, e.g. negated BM25 in SQLite).
   */
  readonly score: number;
}

/** Figures over the latest version of each article, except `versions`, which counts them all. */
export interface StoreStats {
  readonly articles: number;
  readonly versions: number;
  readonly duplicates: number;
  readonly nearDuplicates: number;
  /** Articles whose latest version has an analysis. */
  readonly analysed: number;
  /** Articles per source, most first; unknown sources are grouped as null. */
  readonly sources: readonly { readonly source: string | null; readonly articles: number }[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

/** Paging: `limit` defaults to 100 (an implementation may cap it), `offset` to 0; both non-negative integers. */
export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
}

export interface Store {
  /**
   * Stores a batch in one transaction: all of it or none. A bad record rejects the whole batch with an
   * error naming that record. Results come in input order; the same id may occur more than once.
   */
  putArticles(articles: readonly ArticleInput[]): Promise<PutResult[]>;
  /** The latest version, or the given one; null when there is no such article or version. */
  getArticle(id: string, version?: number): Promise<StoredArticle | null>;
  /** Latest versions in ingestion order (the order ids were first stored). */
  listArticles(options?: ListOptions): Promise<StoredArticle[]>;
  /** How many articles (ids, not versions) are stored: the total for paging listArticles. */
  countArticles(): Promise<number>;
  /**
   * Latest versions that have no analysis yet, in ingestion order. Storing an analysis removes an article
   * from later results, so a worker that analyses as it goes asks again with offset 0, not the next offset.
   */
  listUnanalysed(options?: ListOptions): Promise<StoredArticle[]>;
  /**
   * Saves the analysis JSON of one article version, replacing an older analysis of that version. Rejects
   * when the version does not exist or the value is not JSON.
   */
  putAnalysis(id: string, version: number, analysis: unknown): Promise<void>;
  /**
   * The analysis of the given version, or without a version of the latest version: null when the latest
   * version has none, even when an older version has one (the analysis describes another text).
   */
  getAnalysis(id: string, version?: number): Promise<unknown | null>;
  /**
   * Full-text search over the normalised text of latest versions; the query is normalised the same way and
   * every term must match. Any query string is accepted (syntax is never interpreted); best hits first.
   */
  search(query: string, options?: ListOptions): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  /**
   * Latest versions that have an analysis but no link at that version (never linked, or linked from an
   * older text), in ingestion order. Saving a link for the version removes it from later results, so a
   * linker that saves as it goes asks again with offset 0.
   */
  listUnlinked(options?: ListOptions): Promise<StoredArticle[]>;
  /** The whole linking state: stories, linked documents, canonical events, mentions, term counts, counters. */
  getLinkState(): Promise<LinkState>;
  /** Applies one change to the linking state in one transaction (see LinkChanges for the order). */
  putLinkChanges(changes: LinkChanges): Promise<void>;
  /** Forgets every link, so the next run links every analysed article again; articles are kept. */
  clearLinks(): Promise<void>;
  /** Releases the connection; closing twice is harmless. */
  close(): Promise<void>;
}
