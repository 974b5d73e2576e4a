import Database from "better-sqlite3";
import { errorMessage, MarsadError } from "../../core/errors.js";
import type {
  ArticleInput,
  ListOptions,
  PutResult,
  SearchHit,
  Store,
  StoredArticle,
  StoreStats,
} from "../store.js";
import { migrate } from "./migrations.js";
import { type NearDuplicatePicker, pickNearDuplicate } from "./near-duplicate.js";
import { putArticle, type WriteContext } from "./put-article.js";
import { ftsQuery, queryTerms } from "./search-text.js";
import { makeSnippet } from "./snippet.js";
import { prepareStatements, type Statements, type VersionRow } from "./statements.js";

export interface SqliteStoreOptions {
  /** Confirms near-duplicate candidates; defaults to the local stand-in (see near-duplicate.ts). */
  readonly nearDuplicate?: NearDuplicatePicker;
  /** Milliseconds to wait for another writer's lock before failing; default 5000. */
  readonly busyTimeoutMs?: number;
  /** Ingestion timestamps come from here; tests pass a fixed clock. */
  readonly clock?: () => Date;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;

/** Opens (creating and migrating as needed) an SQLite store at `path`; ":memory:" for a throwaway one. */
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

  constructor(
    private readonly db: Database.Database,
    options: SqliteStoreOptions,
  ) {
    this.st = prepareStatements(db);
    this.pickNearDuplicate = options.nearDuplicate ?? pickNearDuplicate;
    this.clock = options.clock ?? (() => new Date());
  }

  putArticles(articles: readonly ArticleInput[]): PutResult[] {
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
            const id = typeof article?.id === "string" ? article.id : String(article?.id);
            throw new MarsadError(
              "store_write",
              `article "${id}" (record ${index + 1} of ${articles.length}): ${errorMessage(error)}; ` +
                "nothing of this batch was stored",
              { cause: error },
            );
          }
        }),
      )
      .immediate();
  }

  getArticle(id: string, version?: number): StoredArticle | null {
    const row = version === undefined ? this.st.latestById.get(id) : this.st.versionById.get(id, version);
    return row ? toStoredArticle(row) : null;
  }

  listArticles(options: ListOptions = {}): StoredArticle[] {
    const { limit, offset } = page(options);
    return this.st.listLatest.all(limit, offset).map(toStoredArticle);
  }

  putAnalysis(id: string, version: number, analysis: unknown): void {
    const row = this.st.versionById.get(id, version);
    if (!row) throw new MarsadError("not_found", `no stored version ${version} of article "${id}"`);
    const json = JSON.stringify(analysis);
    if (json === undefined) throw new MarsadError("invalid_analysis", `analysis of "${id}" is not JSON`);
    this.st.putAnalysis.run(row.key, version, json, this.clock().toISOString());
  }

  getAnalysis(id: string, version?: number): unknown | null {
    const row = this.st.getAnalysis.get(id, version ?? null);
    return row ? (JSON.parse(row.analysis) as unknown) : null;
  }

  search(query: string, options: ListOptions = {}): SearchHit[] {
    const terms = queryTerms(query);
    const match = ftsQuery(terms);
    if (match === null) return [];
    const { limit, offset } = page(options);
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

  stats(): StoreStats {
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

  close(): void {
    if (!this.db.open) return;
    this.db.pragma("optimize");
    this.db.close();
  }
}

function toStoredArticle(row: VersionRow): StoredArticle {
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
    ingestedAt: row.ingested_at,
  };
}

function page(options: ListOptions): { limit: number; offset: number } {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new MarsadError(
      "invalid_page",
      `limit and offset must be non-negative integers (${limit}, ${offset})`,
    );
  }
  return { limit: Math.min(limit, MAX_LIMIT), offset };
}
