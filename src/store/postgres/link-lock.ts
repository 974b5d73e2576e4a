import type { LinkChanges, LinkState } from "../link-types.js";
import type { Store, StoredArticle } from "../store.js";
import { toStoredArticle } from "../version-row.js";
import { applyLinkChanges, readLinkState } from "./link-tables.js";
import { LOCK_CLASS } from "./migrations.js";
import { type Queryable, row, rows, SQL, type Statement, type VersionRow } from "./statements.js";

/**
 * Linking by many workers at once. The linker keeps its state in memory and decides each document against
 * all documents linked before it, so two processes linking at the same time from the same loaded state would
 * each start a canonical event for one real event (duplicates), or overwrite each other's merges (lost
 * merges). A locked link takes a transaction-scoped advisory lock, so links take turns across machines; the
 * lock ends with the transaction, also when its connection dies, and then nothing of it is written.
 *
 * Every link write also sets the *link generation*, a random number in link_counters: a worker that finds
 * another generation than the one it wrote last knows someone else has linked since, and reloads the state
 * before linking (see src/queue/linking.ts). A random number, not a count, because clearLinks resets the
 * counters and a count could come back to a value a worker remembers.
 */

export const LINK_GENERATION = "linkGeneration";

/** What a worker may do while it holds the link lock; all in one transaction. */
export interface LinkTransaction {
  /** The generation written by the last link write (0 when none). */
  readonly generation: number;
  getLinkState(): Promise<LinkState>;
  /**
   * Analysed, unlinked latest versions in ingestion order, up to the first latest version that has no
   * analysis yet and is not a dead letter: linking only this prefix links in the order a single process
   * would, whatever order the analyses finish in.
   */
  listLinkable(limit: number): Promise<StoredArticle[]>;
  getAnalysis(id: string, version: number): Promise<unknown | null>;
  /** Writes a change and a new generation, which it returns. */
  putLinkChanges(changes: LinkChanges): Promise<number>;
}

/** A job that failed on its last attempt, kept with its error. */
export interface DeadLetter {
  readonly id: string;
  readonly version: number;
  /** The job kind that failed: "analyse", "link", … */
  readonly stage: string;
  readonly error: string;
  /** Attempts made; 0 when not known (the job expired, so no handler saw it fail). */
  readonly attempts: number;
  readonly failedAt: string;
}

/** The PostgreSQL store's additions for distributed workers (src/queue). */
export interface SharedStore extends Store {
  /** Runs `work` in one transaction holding the link lock; its writes commit together or not at all. */
  withLinkLock<T>(work: (tx: LinkTransaction) => Promise<T>): Promise<T>;
  /** Records a dead letter; one already recorded for the version and stage is replaced only if `replace`. */
  putDeadLetter(letter: DeadLetter, options?: { readonly replace?: boolean }): Promise<void>;
  /** Dead letters, newest first. */
  listDeadLetters(limit?: number): Promise<DeadLetter[]>;
}

const sql = (name: string, text: string): Statement => ({ name: `marsad_lock_${name}`, text });

const LOCK_SQL = {
  lock: sql("link", "SELECT pg_advisory_xact_lock($1, hashtext('link:' || coalesce(current_schema(), '')))"),
  generation: sql("generation", "SELECT value FROM link_counters WHERE name = $1"),
  linkable: sql(
    "linkable",
    `WITH blocker AS (
       SELECT min(l.key) AS key FROM latest_versions l
       WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article = l.key AND n.version = l.version)
         AND NOT EXISTS (SELECT 1 FROM dead_letters x WHERE x.article_id = l.id AND x.version = l.version)
     )
     SELECT l.key, l.id, l.version, l.text, l.content_hash, l.source, l.url, l.published_at, l.title,
       l.duplicate_of, l.near_duplicate_of, l.ingested_at
     FROM latest_versions l JOIN analyses n ON n.article = l.key AND n.version = l.version
     WHERE NOT EXISTS (SELECT 1 FROM link_docs d WHERE d.article = l.key AND d.version = l.version)
       AND l.key < coalesce((SELECT key FROM blocker), 9223372036854775807)
     ORDER BY l.key LIMIT $1`,
  ),
  putDeadLetter: sql(
    "put_dead_letter",
    `INSERT INTO dead_letters(article_id, version, stage, error, attempts, failed_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (article_id, version, stage)
     DO UPDATE SET error = excluded.error, attempts = excluded.attempts, failed_at = excluded.failed_at`,
  ),
  addDeadLetter: sql(
    "add_dead_letter",
    `INSERT INTO dead_letters(article_id, version, stage, error, attempts, failed_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (article_id, version, stage) DO NOTHING`,
  ),
  deadLetters: sql(
    "dead_letters",
    `SELECT article_id, version, stage, error, attempts, failed_at FROM dead_letters
     ORDER BY failed_at DESC, article_id COLLATE "C" LIMIT $1`,
  ),
};

/** The stored state as the linker knows it: without the generation, which is the workers' own. */
export async function readLinkStateOnly(db: Queryable): Promise<LinkState> {
  const state = await readLinkState(db);
  const { [LINK_GENERATION]: _generation, ...counters } = state.counters;
  return { ...state, counters };
}

/** Takes the link lock for the caller's transaction. */
export async function takeLinkLock(db: Queryable): Promise<void> {
  await db.query({ ...LOCK_SQL.lock, values: [LOCK_CLASS] });
}

/** A random generation that is never 0 (no generation yet) and fits a double exactly. */
function newGeneration(): number {
  return 1 + Math.floor(Math.random() * (2 ** 52 - 1));
}

/** Applies a change with a new generation, in the caller's transaction, which holds the link lock. */
export async function putLinkChangesLocked(db: Queryable, changes: LinkChanges): Promise<number> {
  const generation = newGeneration();
  await applyLinkChanges(db, {
    ...changes,
    counters: { ...changes.counters, [LINK_GENERATION]: generation },
  });
  return generation;
}

/** The operations of a LinkTransaction over one connection whose transaction holds the lock. */
export async function linkTransaction(db: Queryable): Promise<LinkTransaction> {
  await takeLinkLock(db);
  const found = await row<{ value: string }>(db, LOCK_SQL.generation, [LINK_GENERATION]);
  return {
    generation: found ? Number(found.value) : 0,
    getLinkState: () => readLinkStateOnly(db),
    listLinkable: async (limit) =>
      (await rows<VersionRow>(db, LOCK_SQL.linkable, [limit])).map(toStoredArticle),
    getAnalysis: async (id, version) =>
      (await row<{ analysis: unknown }>(db, SQL.getAnalysis, [id, version]))?.analysis ?? null,
    putLinkChanges: (changes) => putLinkChangesLocked(db, changes),
  };
}

export async function insertDeadLetter(db: Queryable, letter: DeadLetter, replace: boolean): Promise<void> {
  await rows(db, replace ? LOCK_SQL.putDeadLetter : LOCK_SQL.addDeadLetter, [
    letter.id,
    letter.version,
    letter.stage,
    letter.error,
    letter.attempts,
    letter.failedAt,
  ]);
}

export async function selectDeadLetters(db: Queryable, limit: number): Promise<DeadLetter[]> {
  type Row = {
    article_id: string;
    version: number;
    stage: string;
    error: string;
    attempts: number;
    failed_at: Date;
  };
  return (await rows<Row>(db, LOCK_SQL.deadLetters, [limit])).map((r) => ({
    id: r.article_id,
    version: r.version,
    stage: r.stage,
    error: r.error,
    attempts: r.attempts,
    failedAt: r.failed_at.toISOString(),
  }));
}
