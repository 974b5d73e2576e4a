import type PgBoss from "pg-boss";
import { toAnalysisJson } from "../analyze/analysis-json.js";
import type { Analyzer } from "../analyze/analyzer.js";
import { errorMessage } from "../core/errors.js";
import { fingerprintArticle } from "../ingest/fingerprint.js";
import type { SharedStore } from "../store/postgres/link-lock.js";
import { SharedLinker } from "./linking.js";
import { type AnalyseJob, type DeadJob, type IngestJob, QUEUE } from "./queues.js";

/**
 * A worker: takes ingest, analyse and link jobs from the queues and runs them against the shared store. Any
 * number of workers may run on any number of machines. Every job can run more than once (a worker that dies
 * mid-job has its job retried once the job expires), so each is idempotent: ingesting the same records again
 * changes nothing, an article version that has an analysis is not analysed again, and linking only takes
 * articles not linked yet, under the link lock.
 */

export interface WorkerEvents {
  /** An article version was analysed (by this worker). */
  readonly onAnalysed?: (id: string, version: number) => void;
  readonly onLinked?: (count: number) => void;
  /** A job failed; it is retried unless `final`. */
  readonly onFailed?: (queue: string, message: string, final: boolean) => void;
}

export interface WorkerOptions extends WorkerEvents {
  readonly store: SharedStore;
  readonly boss: PgBoss;
  readonly analyzer: Analyzer;
  /** Seconds between two requests for jobs of one queue (pg-boss waits this long even when busy); default 0.5. */
  readonly pollingIntervalSeconds?: number;
  /** Analyse jobs taken at once; default 25 (with the polling interval, the most a worker analyses per second). */
  readonly analyseBatch?: number;
}

type Handler<T> = (job: PgBoss.JobWithMetadata<T>) => Promise<void>;

export class Worker {
  private readonly linker: SharedLinker;

  constructor(private readonly options: WorkerOptions) {
    this.linker = new SharedLinker(options.store);
  }

  /** Starts taking jobs from every queue. */
  async start(): Promise<void> {
    await this.work<IngestJob>(QUEUE.ingest, (job) => this.ingest(job.data));
    await this.work<AnalyseJob>(
      QUEUE.analyse,
      (job) => this.analyse(job.data),
      this.options.analyseBatch ?? 25,
    );
    await this.work<object>(QUEUE.link, () => this.link());
    await this.work<DeadJob>(QUEUE.dead, (job) => this.recordDeath(job));
  }

  /**
   * Each job of a batch succeeds or fails on its own: a failed one is failed by id (and retried), and pg-boss
   * completes the others when the handler returns. A worker that dies mid-batch leaves the whole batch to
   * expire and be retried, which the handlers' idempotence makes harmless.
   */
  private async work<T>(queue: string, handler: Handler<T>, batchSize = 1): Promise<void> {
    const { boss } = this.options;
    const options = {
      batchSize,
      includeMetadata: true as const,
      pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 0.5,
    };
    await boss.work<T>(queue, options, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job);
        } catch (error) {
          await this.failed(queue, job, error);
          await boss.fail(queue, job.id, { message: errorMessage(error) });
        }
      }
      if (queue === QUEUE.analyse) await this.requestLink();
    });
  }

  private async ingest(data: IngestJob): Promise<void> {
    const results = await this.options.store.putArticles(data.articles.map(fingerprintArticle));
    // Every version, also "unchanged" ones: a retried job may find its records stored but not yet queued.
    await this.options.boss.insert(
      results.map((r) => ({ name: QUEUE.analyse, data: { id: r.id, version: r.version } })),
    );
  }

  private async analyse({ id, version }: AnalyseJob): Promise<void> {
    const { store } = this.options;
    if ((await store.getAnalysis(id, version)) === null) {
      const article = await store.getArticle(id, version);
      // A newer version replaced it in the meantime: that version has a job of its own.
      if (article === null) return;
      await store.putAnalysis(id, version, toAnalysisJson(this.options.analyzer.analyze(article)));
      this.options.onAnalysed?.(id, version);
    }
  }

  private async link(): Promise<void> {
    const linked = await this.linker.linkAll();
    if (linked > 0) this.options.onLinked?.(linked);
  }

  private async requestLink(): Promise<void> {
    await this.options.boss.send(QUEUE.link, {});
  }

  /** On the last attempt, the job's articles go on the dead-letter list with its error; linking skips them. */
  private async failed<T>(queue: string, job: PgBoss.JobWithMetadata<T>, error: unknown): Promise<void> {
    const final = job.retryCount >= job.retryLimit;
    this.options.onFailed?.(queue, errorMessage(error), final);
    if (!final) return;
    await this.bury(job.data as DeadJob, errorMessage(error), job.retryCount + 1, true).catch(
      () => undefined,
    );
  }

  /**
   * A job that reached the dead-letter queue. A handler that failed has recorded its error already; this
   * records the jobs that expired on every attempt (their worker died or hung), which no handler saw fail.
   */
  private async recordDeath(job: PgBoss.JobWithMetadata<DeadJob>): Promise<void> {
    await this.bury(job.data, "the job expired or its worker died on every attempt", 0, false);
    await this.requestLink();
  }

  private async bury(data: DeadJob, error: string, attempts: number, replace: boolean): Promise<void> {
    const failedAt = new Date().toISOString();
    const letters =
      data.id !== undefined && data.version !== undefined
        ? [{ id: data.id, version: data.version, stage: "analyse" }]
        : (data.articles ?? []).map((a) => ({ id: a.id, version: 0, stage: "ingest" }));
    for (const letter of letters) {
      await this.options.store.putDeadLetter({ ...letter, error, attempts, failedAt }, { replace });
    }
  }
}
