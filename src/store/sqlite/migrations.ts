import type Database from "better-sqlite3";
import { MarsadError } from "../../core/errors.js";
import { normalizeArabic } from "../../text/normalize.js";
import { variantsText } from "./search-text.js";

/**
 * The schema as an ordered list of named steps. `PRAGMA user_version` holds how many have been applied;
 * each step runs in its own transaction together with the version bump, so a crash leaves the database at
 * a step boundary. Steps are never edited once released: a change is a new step at the end.
 */
export interface Migration {
  readonly name: string;
  /** SQL, or a function for steps that need JavaScript (the search index is built from normalised text). */
  readonly up: string | ((db: Database.Database) => void);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: "001_articles",
    up: `
      CREATE TABLE articles (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        latest_version INTEGER NOT NULL CHECK (latest_version >= 1)
      );
      CREATE TABLE article_versions (
        article INTEGER NOT NULL REFERENCES articles(key),
        version INTEGER NOT NULL CHECK (version >= 1),
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        source TEXT,
        url TEXT,
        published_at TEXT,
        title TEXT,
        duplicate_of TEXT REFERENCES articles(id),
        near_duplicate_of TEXT REFERENCES articles(id),
        ingested_at TEXT NOT NULL,
        UNIQUE (article, version)
      );
      CREATE INDEX article_versions_hash ON article_versions(content_hash);
      CREATE VIEW latest_versions AS
        SELECT a.key, a.id, v.*
        FROM articles a JOIN article_versions v ON v.article = a.key AND v.version = a.latest_version;
    `,
  },
  {
    name: "002_fingerprints",
    up: `
      -- band: bandHash() of ingestion's band key (see src/store/band-hash.ts).
      CREATE TABLE band_keys (
        band INTEGER NOT NULL,
        article INTEGER NOT NULL REFERENCES articles(key),
        PRIMARY KEY (band, article)
      ) WITHOUT ROWID;
      -- bands: the article's band hashes (float64, native order), to delete its band_keys rows by primary
      -- key when a new version replaces them (an index on band_keys(article) would double the biggest write).
      CREATE TABLE signatures (
        article INTEGER PRIMARY KEY REFERENCES articles(key),
        signature BLOB NOT NULL,
        bands BLOB NOT NULL
      );
    `,
  },
  {
    name: "003_analyses",
    up: `
      CREATE TABLE analyses (
        article INTEGER NOT NULL,
        version INTEGER NOT NULL,
        analysis TEXT NOT NULL CHECK (json_valid(analysis)),
        analysed_at TEXT NOT NULL,
        PRIMARY KEY (article, version),
        FOREIGN KEY (article, version) REFERENCES article_versions(article, version)
      ) WITHOUT ROWID;
    `,
  },
  { name: "004_search", up: createSearchIndex },
  {
    name: "005_links",
    // Cross-document linking (src/link). data columns hold the linker's JSON, opaque to the store.
    up: `
      CREATE TABLE link_stories (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL CHECK (json_valid(data))
      );
      CREATE TABLE link_docs (
        article INTEGER PRIMARY KEY REFERENCES articles(key),
        version INTEGER NOT NULL CHECK (version >= 1),
        story TEXT NOT NULL REFERENCES link_stories(id),
        data TEXT NOT NULL CHECK (json_valid(data))
      );
      CREATE INDEX link_docs_story ON link_docs(story);
      CREATE TABLE link_events (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL CHECK (json_valid(data))
      );
      CREATE TABLE link_mentions (
        article INTEGER NOT NULL REFERENCES link_docs(article),
        mention TEXT NOT NULL,
        event TEXT NOT NULL REFERENCES link_events(id),
        data TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (article, mention)
      ) WITHOUT ROWID;
      CREATE INDEX link_mentions_event ON link_mentions(event);
      CREATE TABLE link_terms (
        term TEXT PRIMARY KEY,
        docs INTEGER NOT NULL CHECK (docs > 0)
      ) WITHOUT ROWID;
      CREATE TABLE link_counters (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    name: "006_analyses_rowid",
    // A WITHOUT ROWID table keeps whole rows in its primary-key b-tree, and an analysis (~35 KB of JSON)
    // overflows its page: every key comparison of a lookup then read the overflow chain. Asking which of
    // 2,315 articles had no analysis took 284 ms (once per page of `marsad run`); as a rowid table, whose
    // key index holds the two integers alone, 0.7 ms, and fetching every analysis 645 → 412 ms.
    up: `
      CREATE TABLE analyses_by_rowid (
        article INTEGER NOT NULL,
        version INTEGER NOT NULL,
        analysis TEXT NOT NULL CHECK (json_valid(analysis)),
        analysed_at TEXT NOT NULL,
        PRIMARY KEY (article, version),
        FOREIGN KEY (article, version) REFERENCES article_versions(article, version)
      );
      INSERT INTO analyses_by_rowid(article, version, analysis, analysed_at)
        SELECT article, version, analysis, analysed_at FROM analyses ORDER BY article, version;
      DROP TABLE analyses;
      ALTER TABLE analyses_by_rowid RENAME TO analyses;
    `,
  },
];

/** Full-text index of the latest version of each article (rowid = articles.key), backfilled from the table. */
function createSearchIndex(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE article_search USING fts5(
      norm, variants, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO article_search(article_search, rank) VALUES ('rank', 'bm25(1.0, 0.5)');
  `);
  const insert = db.prepare("INSERT INTO article_search(rowid, norm, variants) VALUES (?, ?, ?)");
  // Pages of rows, not iterate(): better-sqlite3 allows no write while a read cursor is open.
  const page = db.prepare<[number], { key: number; text: string }>(
    "SELECT key, text FROM latest_versions WHERE key > ? ORDER BY key LIMIT 500",
  );
  for (let rows = page.all(0); rows.length > 0; rows = page.all(rows[rows.length - 1]!.key)) {
    for (const row of rows) {
      const norm = normalizeArabic(row.text);
      insert.run(row.key, norm, variantsText(norm));
    }
  }
}

/** Brings the database up to the last known step; refuses one written by a newer Marsad. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > migrations.length) {
    throw new MarsadError(
      "store_version",
      `the database is at schema version ${current}, newer than this Marsad knows (${migrations.length})`,
    );
  }
  for (let index = current; index < migrations.length; index++) {
    const step = migrations[index]!;
    db.transaction(() => {
      if (typeof step.up === "string") db.exec(step.up);
      else step.up(db);
      // A trusted integer, not input: PRAGMA takes no bound parameters.
      db.pragma(`user_version = ${index + 1}`);
    })();
  }
  return migrations.length;
}
