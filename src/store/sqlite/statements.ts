import type Database from "better-sqlite3";
import type { SearchRow, VersionRowOf } from "../version-row.js";

/** Every SQL statement the store runs, prepared once; input only ever reaches SQL as a bound parameter. */

export type VersionRow = VersionRowOf<number, string>;

/** A version row as inserted: the article's key instead of its id. */
export type NewVersion = Omit<VersionRow, "key" | "id"> & { article: number };

/** Every version column with its article's key and id, for lookups of any version (not only the latest). */
const VERSIONS_JOIN = `SELECT a.key, a.id, v.version, v.text, v.content_hash, v.source, v.url, v.published_at, v.title,
         v.duplicate_of, v.near_duplicate_of, v.ingested_at
       FROM articles a JOIN article_versions v ON v.article = a.key`;

const VERSION_COLUMNS = `key, id, version, text, content_hash, source, url, published_at, title,
  duplicate_of, near_duplicate_of, ingested_at`;

export function prepareStatements(db: Database.Database) {
  return {
    latestById: db.prepare<[string], VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM latest_versions WHERE id = ?`,
    ),
    versionById: db.prepare<[string, number], VersionRow>(
      `${VERSIONS_JOIN} WHERE a.id = ? AND v.version = ?`,
    ),
    versionByHash: db.prepare<[string, string], VersionRow>(
      `${VERSIONS_JOIN}
       WHERE a.id = ? AND v.content_hash = ? ORDER BY v.version DESC LIMIT 1`,
    ),
    listLatest: db.prepare<[number, number], VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM latest_versions ORDER BY key LIMIT ? OFFSET ?`,
    ),
    countArticles: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM articles"),
    listUnanalysed: db.prepare<[number, number], VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM latest_versions l
       WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article = l.key AND n.version = l.version)
       ORDER BY key LIMIT ? OFFSET ?`,
    ),
    insertArticle: db.prepare<[string], void>("INSERT INTO articles(id, latest_version) VALUES (?, 1)"),
    setLatest: db.prepare<[number, number], void>("UPDATE articles SET latest_version = ? WHERE key = ?"),
    insertVersion: db.prepare<NewVersion, void>(
      `INSERT INTO article_versions(article, version, text, content_hash, source, url, published_at, title,
         duplicate_of, near_duplicate_of, ingested_at)
       VALUES (@article, @version, @text, @content_hash, @source, @url, @published_at, @title,
         @duplicate_of, @near_duplicate_of, @ingested_at)`,
    ),
    // The earliest stored article whose current text is the same; originals before other duplicates.
    exactDuplicate: db.prepare<[string, number], { id: string }>(
      `SELECT id FROM latest_versions WHERE content_hash = ? AND key != ?
       ORDER BY duplicate_of IS NOT NULL, key LIMIT 1`,
    ),
    // Candidates carry their latest version's source: the near-duplicate rule is stricter within a source.
    nearCandidates: db.prepare<
      [string, number, number],
      { id: string; source: string | null; signature: Buffer }
    >(
      `SELECT l.id, l.source, s.signature FROM signatures s JOIN latest_versions l ON l.key = s.article
       WHERE s.article IN (
         SELECT DISTINCT article FROM band_keys
         WHERE band IN (SELECT value FROM json_each(?)) AND article != ? LIMIT ?
       )
       ORDER BY l.key`,
    ),
    bandsOf: db.prepare<[number], { bands: Buffer }>("SELECT bands FROM signatures WHERE article = ?"),
    deleteBand: db.prepare<[number, number], void>("DELETE FROM band_keys WHERE band = ? AND article = ?"),
    insertBand: db.prepare<[number, number], void>(
      "INSERT OR IGNORE INTO band_keys(band, article) VALUES (?, ?)",
    ),
    putSignature: db.prepare<[number, Buffer, Buffer], void>(
      `INSERT INTO signatures(article, signature, bands) VALUES (?, ?, ?)
       ON CONFLICT(article) DO UPDATE SET signature = excluded.signature, bands = excluded.bands`,
    ),
    deleteSearch: db.prepare<[number], void>("DELETE FROM article_search WHERE rowid = ?"),
    insertSearch: db.prepare<[number, string, string], void>(
      "INSERT INTO article_search(rowid, norm, variants) VALUES (?, ?, ?)",
    ),
    search: db.prepare<[string, number, number], SearchRow>(
      `WITH hits AS (
         SELECT rowid, rank FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ? OFFSET ?
       )
       SELECT l.id, l.version, l.source, l.published_at, l.text, hits.rank
       FROM hits JOIN latest_versions l ON l.key = hits.rowid ORDER BY hits.rank, l.key`,
    ),
    putAnalysis: db.prepare<[number, number, string, string], void>(
      `INSERT INTO analyses(article, version, analysis, analysed_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(article, version) DO UPDATE SET analysis = excluded.analysis, analysed_at = excluded.analysed_at`,
    ),
    getAnalysis: db.prepare<[string, number | null], { analysis: string }>(
      `SELECT n.analysis FROM analyses n JOIN articles a ON a.key = n.article
       WHERE a.id = ? AND n.version = coalesce(?, a.latest_version)`,
    ),
    counts: db.prepare<[], { articles: number; versions: number; analysed: number }>(
      `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM article_versions) AS versions,
         (SELECT count(*) FROM articles a JOIN analyses n ON n.article = a.key AND n.version = a.latest_version)
           AS analysed`,
    ),
    latestSummary: db.prepare<
      [],
      { duplicates: number | null; near: number | null; first: string | null; last: string | null }
    >(
      `SELECT sum(duplicate_of IS NOT NULL) AS duplicates, sum(near_duplicate_of IS NOT NULL) AS near,
         min(published_at) AS first, max(published_at) AS last FROM latest_versions`,
    ),
    sources: db.prepare<[], { source: string | null; articles: number }>(
      `SELECT source, count(*) AS articles FROM latest_versions GROUP BY source
       ORDER BY articles DESC, source IS NULL, source`,
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
