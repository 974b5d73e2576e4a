import Database from "better-sqlite3";
import { MarsadError } from "../../core/errors.js";
// Not the ingest barrel (index.js): that would load the HTML reader into every store user.
import { bestNearDuplicate } from "../../ingest/duplicate-index.js";
import type {
  ArticleInput,
  LinkChanges,
  LinkState,
  ListOptions,
  PutResult,
  SearchHit,
  Store,
  StoredArticle,
  StoreStats,
} from "../store.js";
import { batchError, pageOf } from "../store-input.js";
import { toStoredArticle } from "../version-row.js";
import { LinkTables } from "./link-tables.js";
import { migrate } from "./migrations.js";
import { type NearDuplicatePicker, putArticle, type WriteContext } from "./put-article.js";
import { ftsQuery, queryTerms } from "./search-text.js";
import { makeSnippet } from "./snippet.js";
import { prepareStatements, type Statements } from "./statements.js";

export interface SqliteStoreOptions {
  /** Confirms near-duplicate candidates; default: ingestion's rule, so store and in-batch index agree. */
  readonly nearDuplicate?: NearDuplicatePicker;
  /** Milliseconds to wait for another writer's lock before failing; default 5000. */
  readonly busyTimeoutMs?: number;
  /** Ingestion timestamps come from here; tests pass a fixed clock. */
  readonly clock?: () => Date;
}

/**
 * Opens (creating and migrating as needed) an SQLite store at `path`; ":memory:" for a throwaway one.
 * Opening is synchronous (it throws on a bad file); the store's methods return promises that better-sqlite3's
 * synchronous calls settle at once, so that SQLite and PostgreSQL share one interface.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = new Database(path);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    migrate(db);
    return new SqliteStore(db, options);
  } catch (error) {
    db.close();
    throw error;
  }
}

class SqliteStore implements Store {
  private readonly st: Statements;
  private readonly pickNearDuplicate: NearDuplicatePicker;
  private readonly clock: () => Date;
  private readonly links: LinkTables;

  constructor(
    private readonly db: Database.Database,
    options: SqliteStoreOptions,
  ) {
    this.st = prepareStatements(db);
    this.pickNearDuplicate = options.nearDuplicate ?? bestNearDuplicate;
    this.clock = options.clock ?? (() => new Date());
    this.links = new LinkTables(db);
  }

  async putArticles(articles: readonly ArticleInput[]): Promise<PutResult[]> {
    const ctx: WriteContext = {
      statements: this.st,
      pickNearDuplicate: this.pickNearDuplicate,
      now: this.clock().toISOString(),
    };
    // One transaction: an error on any record rolls back the whole batch. IMMEDIATE takes the write lock
    // up front, so a second writer waits out busy_timeout instead of failing when its read turns into a write.
    return this.db
      .transaction(() =>
        articles.map((article, index) => {
          try {
            return putArticle(ctx, article);
          } catch (error) {
            throw batchError(articles, index, error);
          }
        }),
      )
      .immediate();
  }

  async getArticle(id: string, version?: number): Promise<StoredArticle | null> {
    const row = version === undefined ? this.st.latestById.get(id) : this.st.versionById.get(id, version);
    return row ? toStoredArticle(row) : null;
  }

  async listArticles(options: ListOptions = {}): Promise<StoredArticle[]> {
    const { limit, offset } = pageOf(options);
    return this.st.listLatest.all(limit, offset).map(toStoredArticle);
  }

  async countArticles(): Promise<number> {
    return this.st.countArticles.get()!.n;
  }

  async listUnanalysed(options: ListOptions = {}): Promise<StoredArticle[]> {
    const { limit, offset } = pageOf(options);
    return this.st.listUnanalysed.all(limit, offset).map(toStoredArticle);
  }

  async putAnalysis(id: string, version: number, analysis: unknown): Promise<void> {
    const row = this.st.versionById.get(id, version);
    if (!row) throw new MarsadError("not_found", `no stored version ${version} of article "${id}"`);
    const json = JSON.stringify(analysis);
    if (json === undefined) throw new MarsadError("invalid_analysis", `analysis of "${id}" is not JSON`);
    this.st.putAnalysis.run(row.key, version, json, this.clock().toISOString());
  }

  async getAnalysis(id: string, version?: number): Promise<unknown | null> {
    const row = this.st.getAnalysis.get(id, version ?? null);
    return row ? (JSON.parse(row.analysis) as unknown) : null;
  }

  async search(query: string, options: ListOptions = {}): Promise<SearchHit[]> {
    const terms = queryTerms(query);
    const match = ftsQuery(terms);
    if (match === null) return [];
    const { limit, offset } = pageOf(options);
    return this.st.search.all(match, limit, offset).map((row) => ({
      id: row.id,
      version: row.version,
      source: row.source,
      published_at: row.published_at,
      snippet: makeSnippet(row.text, terms),
      // bm25 is lower-is-better and negative; report higher-is-better.
      score: -row.rank,
    }));
  }

  async stats(): Promise<StoreStats> {
    const counts = this.st.counts.get()!;
    const summary = this.st.latestSummary.get()!;
    return {
      articles: counts.articles,
      versions: counts.versions,
      duplicates: summary.duplicates ?? 0,
      nearDuplicates: summary.near ?? 0,
      analysed: counts.analysed,
      sources: this.st.sources.all(),
      firstPublished: summary.first,
      lastPublished: summary.last,
    };
  }

  async listUnlinked(options: ListOptions = {}): Promise<StoredArticle[]> {
    const { limit, offset } = pageOf(options);
    return this.links.unlinked(limit, offset).map(toStoredArticle);
  }

  async getLinkState(): Promise<LinkState> {
    return this.links.state();
  }

  async putLinkChanges(changes: LinkChanges): Promise<void> {
    this.links.apply(changes);
  }

  async clearLinks(): Promise<void> {
    this.links.clear();
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma("optimize");
    this.db.close();
  }
}
