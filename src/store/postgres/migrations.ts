import type pg from "pg";
import { MarsadError } from "../../core/errors.js";

/**
 * The PostgreSQL schema as an ordered list of named steps, recorded in `schema_migrations`. All pending
 * steps run in one transaction under an advisory lock, so processes starting together against one database
 * migrate it once: the others wait for the lock, then find nothing left to do. Steps are never edited once
 * released: a change is a new step at the end.
 */
export interface Migration {
  readonly name: string;
  /** SQL, or a function for steps that need JavaScript (the search document is built by normalising text). */
  readonly up: string | ((client: pg.ClientBase) => Promise<void>);
}

/** First key of every advisory lock Marsad takes ("MARS"); the second names the lock and the schema. */
export const LOCK_CLASS = 0x4d415253;

export const MIGRATIONS: readonly Migration[] = [
  {
    name: "001_articles",
    up: `
      CREATE TABLE articles (
        key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text NOT NULL UNIQUE,
        latest_version integer NOT NULL CHECK (latest_version >= 1)
      );
      CREATE TABLE article_versions (
        article bigint NOT NULL REFERENCES articles(key),
        version integer NOT NULL CHECK (version >= 1),
        text text NOT NULL,
        content_hash text NOT NULL,
        source text,
        url text,
        published_at text,
        title text,
        duplicate_of text REFERENCES articles(id),
        near_duplicate_of text REFERENCES articles(id),
        ingested_at timestamptz NOT NULL,
        PRIMARY KEY (article, version)
      );
      CREATE INDEX article_versions_hash ON article_versions(content_hash);
      CREATE VIEW latest_versions AS
        SELECT a.key, a.id, v.version, v.text, v.content_hash, v.source, v.url, v.published_at, v.title,
          v.duplicate_of, v.near_duplicate_of, v.ingested_at
        FROM articles a JOIN article_versions v ON v.article = a.key AND v.version = a.latest_version;
    `,
  },
  {
    name: "002_fingerprints",
    up: `
      -- band: bandHash() of ingestion's band key (see src/store/band-hash.ts); 53 bits fit a bigint.
      CREATE TABLE band_keys (
        band bigint NOT NULL,
        article bigint NOT NULL REFERENCES articles(key),
        PRIMARY KEY (band, article)
      );
      -- bands: the latest version's band hashes, to delete its band_keys rows by primary key when a new
      -- version replaces them (as in SQLite, no second index on band_keys(article)).
      CREATE TABLE signatures (
        article bigint PRIMARY KEY REFERENCES articles(key),
        signature bytea NOT NULL,
        bands bigint[] NOT NULL
      );
    `,
  },
  {
    name: "003_analyses",
    up: `
      -- json, not jsonb: jsonb reorders keys, and an analysis should come back as it was written.
      CREATE TABLE analyses (
        article bigint NOT NULL,
        version integer NOT NULL,
        analysis json NOT NULL,
        analysed_at timestamptz NOT NULL,
        PRIMARY KEY (article, version),
        FOREIGN KEY (article, version) REFERENCES article_versions(article, version)
      );
    `,
  },
  {
    name: "004_search",
    up: `
      -- The latest version of each article: normalised words weighted A, clitic-stripped variants B
      -- (see search-document.ts).
      CREATE TABLE article_search (
        article bigint PRIMARY KEY REFERENCES articles(key),
        document tsvector NOT NULL
      );
      CREATE INDEX article_search_document ON article_search USING gin (document);
    `,
  },
  {
    name: "005_links",
    // Cross-document linking (src/link); data columns hold the linker's JSON, opaque to the store. seq
    // keeps the order rows were first stored, which SQLite's rowid gives.
    up: `
      CREATE TABLE link_stories (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text PRIMARY KEY,
        data json NOT NULL
      );
      CREATE TABLE link_docs (
        article bigint PRIMARY KEY REFERENCES articles(key),
        version integer NOT NULL CHECK (version >= 1),
        story text NOT NULL REFERENCES link_stories(id),
        data json NOT NULL
      );
      CREATE INDEX link_docs_story ON link_docs(story);
      CREATE TABLE link_events (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text PRIMARY KEY,
        data json NOT NULL
      );
      CREATE TABLE link_mentions (
        article bigint NOT NULL REFERENCES link_docs(article),
        mention text NOT NULL,
        event text NOT NULL REFERENCES link_events(id),
        data json NOT NULL,
        PRIMARY KEY (article, mention)
      );
      CREATE INDEX link_mentions_event ON link_mentions(event);
      CREATE TABLE link_terms (
        term text PRIMARY KEY,
        docs integer NOT NULL CHECK (docs > 0)
      );
      CREATE TABLE link_counters (
        name text PRIMARY KEY,
        value bigint NOT NULL
      );
    `,
  },
  {
    name: "006_dead_letters",
    // Articles whose job kept failing after every retry (src/queue), with the last error. One row per
    // article version and stage; linking skips these versions rather than waiting for them forever.
    up: `
      CREATE TABLE dead_letters (
        article_id text NOT NULL,
        version integer NOT NULL,
        stage text NOT NULL,
        error text NOT NULL,
        attempts integer NOT NULL,
        failed_at timestamptz NOT NULL,
        PRIMARY KEY (article_id, version, stage)
      );
    `,
  },
];

/**
 * Brings the schema (the search_path's first, or `schema`, created when missing) up to the last known step;
 * refuses one written by a newer Marsad or holding another program's migrations. Returns the step count.
 */
export async function migrate(
  client: pg.ClientBase,
  schema: string | null,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  await client.query("BEGIN");
  try {
    await client.query(
      "SELECT pg_advisory_xact_lock($1, hashtext('migrate:' || coalesce($2, current_schema(), '')))",
      [LOCK_CLASS, schema],
    );
    // Existence first: CREATE ... IF NOT EXISTS still needs the CREATE privilege, which a deployed
    // application's role may not have once its schema exists.
    if (schema !== null && !(await exists(client, "SELECT to_regnamespace($1) AS found", schema))) {
      // A validated identifier (see connection.ts), not input: DDL takes no bound parameters.
      await client.query(`CREATE SCHEMA ${schema}`);
    }
    if (!(await exists(client, "SELECT to_regclass($1) AS found", "schema_migrations"))) {
      await client.query(`CREATE TABLE schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    }
    const applied = await appliedSteps(client, migrations);
    for (let index = applied; index < migrations.length; index++) {
      const step = migrations[index]!;
      if (typeof step.up === "string") await client.query(step.up);
      else await step.up(client);
      await client.query("INSERT INTO schema_migrations(version, name) VALUES ($1, $2)", [
        index + 1,
        step.name,
      ]);
    }
    await client.query("COMMIT");
    return migrations.length;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function exists(client: pg.ClientBase, sql: string, name: string): Promise<boolean> {
  const { rows } = await client.query<{ found: unknown }>(sql, [name]);
  return rows[0]?.found !== null && rows[0]?.found !== undefined;
}

/** How many steps are applied, after checking they are ours, in order. */
async function appliedSteps(client: pg.ClientBase, migrations: readonly Migration[]): Promise<number> {
  const { rows } = await client.query<{ version: number; name: string }>(
    "SELECT version, name FROM schema_migrations ORDER BY version",
  );
  if (rows.length > migrations.length) {
    throw new MarsadError(
      "store_version",
      `the database is at schema version ${rows.length}, newer than this Marsad knows (${migrations.length})`,
    );
  }
  rows.forEach((row, index) => {
    if (row.version !== index + 1 || row.name !== migrations[index]!.name) {
      throw new MarsadError(
        "store_version",
        `schema_migrations holds step ${row.version} "${row.name}" where Marsad expects ` +
          `${index + 1} "${migrations[index]!.name}": is this schema another program's?`,
      );
    }
  });
  return rows.length;
}
