import type pg from "pg";
import type { VersionRowOf } from "../version-row.js";

/**
 * Every SQL statement the PostgreSQL store runs. Input only ever reaches SQL as a bound parameter; each
 * statement is named, so node-postgres prepares it once per connection. Text is compared and sorted
 * COLLATE "C" (code point order), as SQLite does, whatever the database's collation.
 */

/** The key is a bigint, which node-postgres gives as a string; it is only ever passed back. */
export type VersionRow = VersionRowOf<string, Date>;

/** A named statement; `sql(name, text)` keeps the two together. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

const sql = (name: string, text: string): Statement => ({ name: `marsad_${name}`, text });

const VERSION_COLUMNS = `key, id, version, text, content_hash, source, url, published_at, title,
  duplicate_of, near_duplicate_of, ingested_at`;
/** Every version column with its article's key and id, for lookups of any version (not only the latest). */
const VERSIONS_JOIN = `SELECT a.key, a.id, v.version, v.text, v.content_hash, v.source, v.url, v.published_at,
    v.title, v.duplicate_of, v.near_duplicate_of, v.ingested_at
  FROM articles a JOIN article_versions v ON v.article = a.key`;

export const SQL = {
  latestById: sql("latest_by_id", `SELECT ${VERSION_COLUMNS} FROM latest_versions WHERE id = $1`),
  versionById: sql("version_by_id", `${VERSIONS_JOIN} WHERE a.id = $1 AND v.version = $2`),
  versionByHash: sql(
    "version_by_hash",
    `${VERSIONS_JOIN} WHERE a.id = $1 AND v.content_hash = $2 ORDER BY v.version DESC LIMIT 1`,
  ),
  listLatest: sql(
    "list_latest",
    `SELECT ${VERSION_COLUMNS} FROM latest_versions ORDER BY key LIMIT $1 OFFSET $2`,
  ),
  countArticles: sql("count_articles", "SELECT count(*) AS n FROM articles"),
  listUnanalysed: sql(
    "list_unanalysed",
    `SELECT ${VERSION_COLUMNS} FROM latest_versions l
     WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article = l.key AND n.version = l.version)
     ORDER BY key LIMIT $1 OFFSET $2`,
  ),
  // One writer per schema at a time: see putArticles in postgres-store.ts.
  writeLock: sql(
    "write_lock",
    "SELECT pg_advisory_xact_lock($1, hashtext('write:' || coalesce(current_schema(), '')))",
  ),
  insertArticle: sql(
    "insert_article",
    "INSERT INTO articles(id, latest_version) VALUES ($1, 1) RETURNING key",
  ),
  setLatest: sql("set_latest", "UPDATE articles SET latest_version = $1 WHERE key = $2"),
  // The earliest stored article whose current text is the same; originals before other duplicates.
  exactDuplicate: sql(
    "exact_duplicate",
    `SELECT id FROM latest_versions WHERE content_hash = $1 AND key <> $2
     ORDER BY duplicate_of IS NOT NULL, key LIMIT 1`,
  ),
  // The earliest articles under each band (by the primary key's order, so a common boilerplate band costs
  // at most $3 rows), then the earliest $3 of those; with their latest version's source and signature.
  nearCandidates: sql(
    "near_candidates",
    `WITH candidates AS (
       SELECT DISTINCT c.article FROM unnest($1::int8[]) AS b(band)
       CROSS JOIN LATERAL (
         SELECT k.article FROM band_keys k WHERE k.band = b.band AND k.article <> $2
         ORDER BY k.article LIMIT $3
       ) c
       ORDER BY c.article LIMIT $3
     )
     SELECT l.id, l.source, s.signature FROM candidates c
     JOIN signatures s ON s.article = c.article JOIN latest_versions l ON l.key = c.article
     ORDER BY l.key`,
  ),
  deleteBands: sql(
    "delete_bands",
    // A scalar subquery, so the array is known before the scan and the primary key finds each row.
    `DELETE FROM band_keys
     WHERE article = $1 AND band = ANY ((SELECT bands FROM signatures WHERE article = $1)::int8[])`,
  ),
  // The new version with the rows that describe the latest text (band keys, signature, search document),
  // in one statement: one round trip instead of four. Old band keys are deleted before (deleteBands): the
  // parts of one statement share a snapshot, so an insert here could not see a delete beside it.
  writeVersion: sql(
    "write_version",
    `WITH version AS (
       INSERT INTO article_versions(article, version, text, content_hash, source, url, published_at, title,
         duplicate_of, near_duplicate_of, ingested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ), bands AS (
       INSERT INTO band_keys(band, article) SELECT DISTINCT unnest($12::int8[]), $1::int8
       ON CONFLICT DO NOTHING
     ), signature AS (
       INSERT INTO signatures(article, signature, bands) VALUES ($1, $13, $12::int8[])
       ON CONFLICT (article) DO UPDATE SET signature = excluded.signature, bands = excluded.bands
     )
     INSERT INTO article_search(article, document)
     VALUES ($1, setweight(to_tsvector('pg_catalog.simple', $14::text), 'A')
       || setweight(to_tsvector('pg_catalog.simple', $15::text), 'B'))
     ON CONFLICT (article) DO UPDATE SET document = excluded.document`,
  ),
  // ts_rank's weights are {D, C, B, A}; normalisation 1 divides by 1 + log(length), as bm25 favours short
  // documents. Paged before the join, so only one page of texts is read.
  search: sql(
    "search",
    `WITH query AS (SELECT plainto_tsquery('pg_catalog.simple', $1::text) AS q),
     hits AS (
       SELECT s.article, ts_rank('{0.1, 0.2, 0.5, 1.0}', s.document, query.q, 1) AS rank
       FROM article_search s, query WHERE s.document @@ query.q
       ORDER BY rank DESC, s.article LIMIT $2 OFFSET $3
     )
     SELECT l.id, l.version, l.source, l.published_at, l.text, hits.rank
     FROM hits JOIN latest_versions l ON l.key = hits.article ORDER BY hits.rank DESC, l.key`,
  ),
  // Only a version that exists gets an analysis: no row back means there was none to attach it to.
  putAnalysis: sql(
    "put_analysis",
    `INSERT INTO analyses(article, version, analysis, analysed_at)
     SELECT a.key, v.version, $3::json, $4 FROM articles a
     JOIN article_versions v ON v.article = a.key AND v.version = $2 WHERE a.id = $1
     ON CONFLICT (article, version)
     DO UPDATE SET analysis = excluded.analysis, analysed_at = excluded.analysed_at
     RETURNING article`,
  ),
  getAnalysis: sql(
    "get_analysis",
    `SELECT n.analysis FROM analyses n JOIN articles a ON a.key = n.article
     WHERE a.id = $1 AND n.version = coalesce($2::int, a.latest_version)`,
  ),
  counts: sql(
    "counts",
    `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM article_versions) AS versions,
       (SELECT count(*) FROM articles a JOIN analyses n ON n.article = a.key AND n.version = a.latest_version)
         AS analysed`,
  ),
  latestSummary: sql(
    "latest_summary",
    `SELECT count(duplicate_of) AS duplicates, count(near_duplicate_of) AS near,
       min(published_at COLLATE "C") AS first, max(published_at COLLATE "C") AS last FROM latest_versions`,
  ),
  sources: sql(
    "sources",
    `SELECT source, count(*) AS articles FROM latest_versions GROUP BY source
     ORDER BY articles DESC, source IS NULL, source COLLATE "C"`,
  ),
} as const;

/** Anything that runs a query: the pool for single reads, a checked-out client inside a transaction. */
export type Queryable = Pick<pg.ClientBase, "query">;

export async function rows<R extends pg.QueryResultRow>(
  db: Queryable,
  statement: Statement,
  values: unknown[] = [],
): Promise<R[]> {
  const result = await db.query<R>({ name: statement.name, text: statement.text, values });
  return result.rows;
}

export async function row<R extends pg.QueryResultRow>(
  db: Queryable,
  statement: Statement,
  values: unknown[] = [],
): Promise<R | undefined> {
  return (await rows<R>(db, statement, values))[0];
}
