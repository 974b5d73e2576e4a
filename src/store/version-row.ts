import type { StoredArticle } from "./store.js";

/**
 * One article version as both stores read it back: every column of `article_versions` with its article's key
 * and id. The drivers differ only in two types, so each store names them: better-sqlite3 gives the key as a
 * number and the time as the ISO text it stored; node-postgres gives a bigint key as a string and a
 * timestamptz as a Date.
 */
export interface VersionRowOf<Key, Time extends string | Date> {
  key: Key;
  id: string;
  version: number;
  text: string;
  content_hash: string;
  source: string | null;
  url: string | null;
  published_at: string | null;
  title: string | null;
  duplicate_of: string | null;
  near_duplicate_of: string | null;
  ingested_at: Time;
}

/** A full-text hit as both stores' search statements return it, best first by `rank`. */
export interface SearchRow {
  id: string;
  version: number;
  source: string | null;
  published_at: string | null;
  text: string;
  rank: number;
}

/** A version row as the Store interface gives it. */
export function toStoredArticle(row: VersionRowOf<unknown, string | Date>): StoredArticle {
  return {
    id: row.id,
    text: row.text,
    source: row.source,
    url: row.url,
    published_at: row.published_at,
    title: row.title,
    version: row.version,
    contentHash: row.content_hash,
    duplicateOf: row.duplicate_of,
    nearDuplicateOf: row.near_duplicate_of,
    ingestedAt: typeof row.ingested_at === "string" ? row.ingested_at : row.ingested_at.toISOString(),
  };
}
