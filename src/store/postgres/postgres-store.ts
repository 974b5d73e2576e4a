import pg from "pg";
import { MarsadError } from "../../core/errors.js";
// Not the ingest barrel (index.js): that would load the HTML reader into every store user.
import { bestNearDuplicate } from "../../ingest/duplicate-index.js";
import type { NearDuplicatePicker } from "../sqlite/put-article.js";
import { makeSnippet } from "../sqlite/snippet.js";
import type {
  ArticleInput,
  LinkChanges,
  LinkState,
  ListOptions,
  PutResult,
  SearchHit,
  StoredArticle,
  StoreStats,
} from "../store.js";
import { batchError, pageOf } from "../store-input.js";
import { type SearchRow, toStoredArticle } from "../version-row.js";
import {
  type ConnectionOptions,
  connectionError,
  isConnectionError,
  type PostgresLocation,
  parsePostgresUrl,
} from "./connection.js";
import {
  type DeadLetter,
  insertDeadLetter,
  type LinkTransaction,
  linkTransaction,
  putLinkChangesLocked,
  readLinkStateOnly,
  type SharedStore,
  selectDeadLetters,
  takeLinkLock,
} from "./link-lock.js";
import { clearLinkTables, unlinked } from "./link-tables.js";
import { LOCK_CLASS, migrate } from "./migrations.js";
import { putArticle, type WriteContext } from "./put-article.js";
import { searchQuery } from "./search-document.js";
import { type Queryable, row, rows, SQL, type VersionRow } from "./statements.js";

export interface PostgresStoreOptions extends ConnectionOptions {
  /** Confirms near-duplicate candidates; default: ingestion's rule, so store and in-batch index agree. */
  readonly nearDuplicate?: NearDuplicatePicker;
  /** Ingestion timestamps come from here; tests pass a fixed clock. */
  readonly clock?: () => Date;
}

/** Reads that must agree with each other see one snapshot. */
const READ_SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";

/** PostgreSQL's integer, the type of a version number: a larger number cannot name a stored version. */
const MAX_INT4 = 2 ** 31 - 1;

/**
 * Opens a PostgreSQL store at a postgres:// URL: connects, and creates or migrates its schema. Rejects,
 * with host:port/database and never the credentials, when the server cannot be reached.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<SharedStore> {
  const location = parsePostgresUrl(url, options);
  const pool = new pg.Pool(location.pool);
  // An idle connection that dies (server restart, network cut) is dropped from the pool, and the next query
  // opens a new one; without a listener, the error event would end the process.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migrate(client, location.schema);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw isConnectionError(error) ? connectionError(error, location) : error;
  }
  return new PostgresStore(pool, location, options);
}

class PostgresStore implements SharedStore {
  private readonly pickNearDuplicate: NearDuplicatePicker;
  private readonly clock: () => Date;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly location: PostgresLocation,
    options: PostgresStoreOptions,
  ) {
    this.pickNearDuplicate = options.nearDuplicate ?? bestNearDuplicate;
    this.clock = options.clock ?? (() => new Date());
  }

  /**
   * One transaction per batch, under a transaction-scoped advisory lock held until commit: writers to one
   * schema take turns, as SQLite's single writer does. That is what keeps two processes from both inserting
   * an id, and what lets a duplicate mark see every earlier batch, including one committed a moment ago by
   * another machine; row locks alone could not stop two new texts from missing each other.
   */
  async putArticles(articles: readonly ArticleInput[]): Promise<PutResult[]> {
    return this.transaction(async (db) => {
      await db.query({ ...SQL.writeLock, values: [LOCK_CLASS] });
      const ctx: WriteContext = {
        db,
        pickNearDuplicate: this.pickNearDuplicate,
        now: this.clock().toISOString(),
      };
      const results: PutResult[] = [];
      for (const [index, article] of articles.entries()) {
        try {
          results.push(await putArticle(ctx, article));
        } catch (error) {
          throw isConnectionError(error) ? error : batchError(articles, index, error);
        }
      }
      return results;
    });
  }

  async getArticle(id: string, version?: number): Promise<StoredArticle | null> {
    if (version !== undefined && !isVersionNumber(version)) return null;
    const found = await this.read((db) =>
      version === undefined
        ? row<VersionRow>(db, SQL.latestById, [id])
        : row<VersionRow>(db, SQL.versionById, [id, version]),
    );
    return found ? toStoredArticle(found) : null;
  }

  async listArticles(options: ListOptions = {}): Promise<StoredArticle[]> {
    const { limit, offset } = pageOf(options);
    const found = await this.read((db) => rows<VersionRow>(db, SQL.listLatest, [limit, offset]));
    return found.map(toStoredArticle);
  }

  async countArticles(): Promise<number> {
    const found = await this.read((db) => row<{ n: string }>(db, SQL.countArticles));
    return Number(found!.n);
  }

  async listUnanalysed(options: ListOptions = {}): Promise<StoredArticle[]> {
    const { limit, offset } = pageOf(options);
    const found = await this.read((db) => rows<VersionRow>(db, SQL.listUnanalysed, [limit, offset]));
    return found.map(toStoredArticle);
  }

  async putAnalysis(id: string, version: number, analysis: unknown): Promise<void> {
    const missing = new MarsadError("not_found", `no stored version ${version} of article "${id}"`);
    if (!isVersionNumber(version)) throw missing;
    const json = JSON.stringify(analysis);
    if (json === undefined) throw new MarsadError("invalid_analysis", `analysis of "${id}" is not JSON`);
    const now = this.clock().toISOString();
    const saved = await this.read((db) => rows(db, SQL.putAnalysis, [id, version, json, now]));
    if (saved.length === 0) throw missing;
  }

  async getAnalysis(id: string, version?: number): Promise<unknown | null> {
    if (version !== undefined && !isVersionNumber(version)) return null;
    const found = await this.read((db) =>
      row<{ analysis: unknown }>(db, SQL.getAnalysis, [id, version ?? null]),
    );
    return found ? found.analysis : null;
  }

  async search(query: string, options: ListOptions = {}): Promise<SearchHit[]> {
    const { limit, offset } = pageOf(options);
    const { terms, text } = searchQuery(query);
    if (terms.length === 0) return [];
    const found = await this.read((db) => rows<SearchRow>(db, SQL.search, [text, limit, offset]));
    return found.map((hit) => ({
      id: hit.id,
      version: hit.version,
      source: hit.source,
      published_at: hit.published_at,
      snippet: makeSnippet(hit.text, terms),
      score: hit.rank,
    }));
  }

  async stats(): Promise<StoreStats> {
    // One snapshot for all three reads, so the figures agree with each other while writers work.
    return this.transaction(async (db) => {
      await db.query(READ_SNAPSHOT);
      const counts = (await row<{ articles: string; versions: string; analysed: string }>(db, SQL.counts))!;
      const summary = (await row<{
        duplicates: string;
        near: string;
        first: string | null;
        last: string | null;
      }>(db, SQL.latestSummary))!;
      const sources = await rows<{ source: string | null; articles: string }>(db, SQL.sources);
      return {
        articles: Number(counts.articles),
        versions: Number(counts.versions),
        duplicates: Number(summary.duplicates),
        nearDuplicates: Number(summary.near),
        analysed: Number(counts.analysed),
        sources: sources.map((s) => ({ source: s.source, articles: Number(s.articles) })),
        firstPublished: summary.first,
        lastPublished: summary.last,
      };
    });
  }

  async listUnlinked(options: ListOptions = {}): Promise<StoredArticle[]> {
    const { limit, offset } = pageOf(options);
    return (await this.read((db) => unlinked(db, limit, offset))).map(toStoredArticle);
  }

  async getLinkState(): Promise<LinkState> {
    return this.transaction(async (db) => {
      await db.query(READ_SNAPSHOT);
      return readLinkStateOnly(db);
    });
  }

  /** Under the link lock, with a new link generation, so that workers (link-lock.ts) see the change. */
  async putLinkChanges(changes: LinkChanges): Promise<void> {
    await this.transaction(async (db) => {
      await takeLinkLock(db);
      await putLinkChangesLocked(db, changes);
    });
  }

  async withLinkLock<T>(work: (tx: LinkTransaction) => Promise<T>): Promise<T> {
    return this.transaction(async (db) => work(await linkTransaction(db)));
  }

  async putDeadLetter(letter: DeadLetter, options: { readonly replace?: boolean } = {}): Promise<void> {
    await this.read((db) => insertDeadLetter(db, letter, options.replace ?? true));
  }

  async listDeadLetters(limit = 100): Promise<DeadLetter[]> {
    return this.read((db) => selectDeadLetters(db, limit));
  }

  async clearLinks(): Promise<void> {
    await this.transaction((db) => clearLinkTables(db));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** A single statement on any pooled connection. */
  private async read<T>(work: (db: Queryable) => Promise<T>): Promise<T> {
    try {
      return await work(this.pool);
    } catch (error) {
      throw this.explain(error);
    }
  }

  /** Runs `work` in a transaction on one connection: commits when it resolves, rolls back when it throws. */
  private async transaction<T>(work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw this.explain(error);
    }
    let broken = false;
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      broken = isConnectionError(error);
      if (!broken) await client.query("ROLLBACK").catch(() => undefined);
      throw this.explain(error);
    } finally {
      // A connection that failed is closed, not returned to the pool.
      client.release(broken);
    }
  }

  private explain(error: unknown): unknown {
    if (this.closed) return new MarsadError("store_closed", "the store is closed", { cause: error });
    return isConnectionError(error) ? connectionError(error, this.location) : error;
  }
}

function isVersionNumber(version: number): boolean {
  return Number.isInteger(version) && version >= 1 && version <= MAX_INT4;
}
