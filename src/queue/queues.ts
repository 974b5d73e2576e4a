import PgBoss from "pg-boss";
import type { Article } from "../core/article.js";
import { MarsadError } from "../core/errors.js";
import { parsePostgresUrl } from "../store/postgres/connection.js";

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

/** Opens pg-boss on the store's database (creating its schema and queues on first use). */
export async function openQueues(url: string, settings: QueueSettings = {}): Promise<PgBoss> {
  const location = parsePostgresUrl(url, { poolSize: 4 });
  const boss = new PgBoss({
    connectionString: String(location.pool.connectionString),
    schema: bossSchema(location.schema),
    max: 4,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 30,
    monitorStateIntervalSeconds: settings.maintenanceIntervalSeconds ?? 30,
  });
  // pg-boss reports connection trouble as events; the jobs concerned are retried, so a message is enough.
  boss.on("error", (error) => process.stderr.write(`marsad: queue: ${error.message}\n`));
  try {
    await boss.start();
    await createQueues(boss, settings);
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw new MarsadError("queue_start", `cannot start the job queues at ${location.where}`, {
      cause: error,
    });
  }
  return boss;
}

async function createQueues(boss: PgBoss, settings: QueueSettings): Promise<void> {
  const retry = {
    retryLimit: settings.retryLimit ?? 4,
    retryDelay: settings.retryDelay ?? 2,
    retryBackoff: true,
    expireInSeconds: settings.expireInSeconds ?? 300,
  };
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
    if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
    else await boss.createQueue(queue.name, queue);
  }
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
