import PgBoss from "pg-boss";
import type { Article } from "../core/article.js";
import { MarsadError } from "../core/errors.js";
import { parsePostgresUrl } from "../store/postgres/connection.js";
import { BossDb } from "./boss-db.js";

/**
 * The job queues, kept by pg-boss in the same PostgreSQL database as the store (docs/workers.md says why).
 * Three kinds of job: ingest (a batch of input records), analyse (one stored article version) and link (link
 * whatever is ready, in ingestion order). Jobs that fail are retried with exponential back-off; an analyse or
 * ingest job that fails every attempt is moved to the dead-letter queue and recorded with its error.
 */

export const QUEUE = {
  ingest: "marsad-ingest",
  analyse: "marsad-analyse",
  link: "marsad-link",
  dead: "marsad-dead",
} as const;

export interface IngestJob {
  readonly articles: readonly Article[];
}

export interface AnalyseJob {
  readonly id: string;
  readonly version: number;
}

/** A dead-lettered job's data: what it was, as its queue named it. */
export type DeadJob = Partial<IngestJob & AnalyseJob>;

export interface QueueSettings {
  /** Attempts after the first; default 4. */
  readonly retryLimit?: number;
  /** Seconds before the first retry, doubled each time (pg-boss's back-off, with jitter); default 2. */
  readonly retryDelay?: number;
  /** A job running longer is taken to have died with its worker and is retried; default 300 s. */
  readonly expireInSeconds?: number;
  /** How often one of the connected processes fails expired jobs; default 30 s. */
  readonly maintenanceIntervalSeconds?: number;
  /** Seconds an idle worker waits before asking for jobs again; default 1. */
  readonly pollingIntervalSeconds?: number;
}

/** pg-boss's own schema: beside the store's, so two Marsad schemas in one database never share queues. */
export function bossSchema(schema: string | null): string {
  return schema === null ? "marsad_boss" : `${schema}_boss`;
}

/**
 * Opens pg-boss on the store's database (creating its schema and queues on first use).
 *
 * `settings` are a worker's: they become the queues' settings and are applied to the jobs already in the
 * queues. pg-boss fixes a job's expiry and retries when the job is inserted, from its queue's settings at that
 * moment, so without this a job queued before the worker started keeps the settings of whoever created the
 * queues. That was issue 8: ingest jobs queued by a process with the defaults expired only after 300 s, and a
 * worker killed while holding one stopped all ingestion (the ingest queue is a singleton) for five minutes,
 * whatever the workers' `--expire`.
 *
 * Without `settings` (a process that only queues jobs: `ingest --queue`, `serve --queue`), missing queues are
 * created with the defaults and existing ones keep the settings the workers gave them.
 */
export async function openQueues(url: string, settings?: QueueSettings): Promise<PgBoss> {
  const location = parsePostgresUrl(url, { poolSize: 4 });
  const schema = bossSchema(location.schema);
  // pg-boss reports connection trouble as events; the jobs concerned are retried, so a message is enough.
  const report = (error: Error) => process.stderr.write(`marsad: queue: ${error.message}\n`);
  const db = new BossDb(
    // The URL's application_name, if any, wins over pg-boss's usual name.
    { connectionString: String(location.pool.connectionString), max: 4, application_name: "pgboss" },
    report,
  );
  const boss = new PgBoss({
    db,
    schema,
    maintenanceIntervalSeconds: settings?.maintenanceIntervalSeconds ?? 30,
    monitorStateIntervalSeconds: settings?.maintenanceIntervalSeconds ?? 30,
  });
  boss.on("error", report);
  try {
    await boss.start();
    await createQueues(boss, settings);
    if (settings) await applyToQueuedJobs(boss, schema, retrySettings(settings));
  } catch (error) {
    await stopQueues(boss, { graceful: false }).catch(() => undefined);
    throw new MarsadError("queue_start", `cannot start the job queues at ${location.where}`, {
      cause: error,
    });
  }
  return boss;
}

/**
 * Stops pg-boss (`graceful`: running jobs finish first, up to 30 s) and then closes its connections, once
 * the queries already asked of them have settled (src/queue/boss-db.ts says why).
 */
export async function stopQueues(boss: PgBoss, options: { readonly graceful: boolean }): Promise<void> {
  try {
    await boss.stop({ graceful: options.graceful, wait: true });
  } finally {
    const db = boss.getDb();
    if (db instanceof BossDb) await db.close();
  }
}

type RetrySettings = Required<
  Pick<PgBoss.Queue, "retryLimit" | "retryDelay" | "retryBackoff" | "expireInSeconds">
>;

function retrySettings(settings: QueueSettings): RetrySettings {
  return {
    retryLimit: settings.retryLimit ?? 4,
    retryDelay: settings.retryDelay ?? 2,
    retryBackoff: true,
    expireInSeconds: settings.expireInSeconds ?? 300,
  };
}

/** The queues that retry their jobs, and so take a worker's settings. */
const RETRYING = [QUEUE.ingest, QUEUE.analyse, QUEUE.link];

async function createQueues(boss: PgBoss, settings: QueueSettings | undefined): Promise<void> {
  const retry = retrySettings(settings ?? {});
  const queues: PgBoss.Queue[] = [
    { name: QUEUE.dead, policy: "standard" },
    // singleton: one ingest job runs at a time, so articles are stored (and later linked) in the order they
    // were queued; storing takes turns under the store's write lock anyway.
    { name: QUEUE.ingest, policy: "singleton", deadLetter: QUEUE.dead, ...retry },
    { name: QUEUE.analyse, policy: "standard", deadLetter: QUEUE.dead, ...retry },
    // stately: at most one link job waiting and one running; any number of finished analyses ask for one.
    { name: QUEUE.link, policy: "stately", ...retry },
  ];
  for (const queue of queues) {
    // pg-boss's create_queue does nothing for a queue that exists, so processes starting at once are safe.
    if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, queue);
    else if (settings) await boss.updateQueue(queue.name, queue);
  }
}

/**
 * Gives the waiting, retrying and running jobs of the retrying queues a worker's settings. A running job held
 * by a worker that died takes the new expiry too, so a worker restarted with a shorter `--expire` frees it
 * sooner. Only jobs with other settings are written, so a backlog is rewritten once, not at every worker's
 * start. The rows are locked in id order so that workers starting at once wait for each other instead of
 * deadlocking. This writes pg-boss's job table directly (pg-boss 10 has no call for it); `schema` is safe in
 * the SQL because parsePostgresUrl admits only lower-case letters, digits and underscores.
 */
async function applyToQueuedJobs(boss: PgBoss, schema: string, retry: RetrySettings): Promise<void> {
  await boss.getDb().executeSql(
    `UPDATE ${schema}.job AS j
        SET expire_in = make_interval(secs => $2), retry_limit = $3, retry_delay = $4, retry_backoff = $5
       FROM (SELECT name, id FROM ${schema}.job
              WHERE name = ANY($1::text[]) AND state IN ('created', 'retry', 'active')
                AND (expire_in, retry_limit, retry_delay, retry_backoff)
                    IS DISTINCT FROM (make_interval(secs => $2), $3, $4, $5)
              ORDER BY id FOR UPDATE) AS queued
      WHERE j.name = queued.name AND j.id = queued.id`,
    [RETRYING, retry.expireInSeconds, retry.retryLimit, retry.retryDelay, retry.retryBackoff],
  );
}

/** Enqueues input records for ingestion, `batch` records per job; returns the number of jobs. */
export async function enqueueIngest(
  boss: PgBoss,
  articles: readonly Article[],
  batch = 100,
): Promise<number> {
  const jobs: PgBoss.JobInsert<IngestJob>[] = [];
  for (let start = 0; start < articles.length; start += batch) {
    jobs.push({ name: QUEUE.ingest, data: { articles: articles.slice(start, start + batch) } });
  }
  if (jobs.length > 0) await boss.insert(jobs);
  return jobs.length;
}
