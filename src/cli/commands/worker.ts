import type { Command } from "commander";
import { createAnalyzer } from "../../analyze/analyzer.js";
import { openShared } from "../../queue/open.js";
import { Worker } from "../../queue/worker.js";
import { dbOption, positiveInt, redactLocation } from "../options.js";

interface WorkerCliOptions {
  readonly db: string;
  readonly retries: number;
  readonly retryDelay: number;
  readonly expire: number;
  readonly maintenance: number;
  readonly poll: number;
  readonly deadLetters?: boolean;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
}

const nonNegativeInt = (value: string) => (value === "0" ? 0 : positiveInt(value));

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description(
      "process queued ingest, analyse and link jobs from a shared PostgreSQL store (docs/workers.md)",
    )
    .addOption(dbOption())
    .option("--retries <n>", "retries of a failing job before it is dead-lettered", nonNegativeInt, 4)
    .option("--retry-delay <s>", "seconds before the first retry, doubled each time", positiveInt, 2)
    .option("--expire <s>", "a job running longer is taken to have died and is retried", positiveInt, 300)
    .option("--maintenance <s>", "how often expired jobs are looked for", positiveInt, 30)
    .option("--poll <s>", "seconds between two requests for jobs of one queue (at least 0.5)", Number, 0.5)
    .option("--dead-letters", "print the dead-letter list (JSON lines) and exit")
    .option("-q, --quiet", "no progress messages")
    .option("-v, --verbose", "also a line per analysed article")
    .addHelpText(
      "after",
      `
Run any number of workers, on any number of machines, against one database; stop one with Ctrl-C or SIGTERM
(its running job finishes first). Jobs come from \`marsad ingest --queue\` and the API's POST /api/articles.
Queue settings (--retries, --retry-delay, --expire) are the queues', set by the worker that started last; they
also apply to the jobs queued before it started.

Examples:
  $ export MARSAD_DATABASE_URL=postgres://marsad:secret@db.internal:5432/news
  $ npx marsad worker
  $ npx marsad ingest feeds/*.jsonl --queue
  $ npx marsad worker --dead-letters | jq .error`,
    )
    .action(async (options: WorkerCliOptions) => {
      process.exitCode = await workerCommand(options);
    });
}

async function workerCommand(options: WorkerCliOptions): Promise<number> {
  // Listing the dead letters must not give the queues this command's (default) settings.
  const settings = options.deadLetters
    ? undefined
    : {
        retryLimit: options.retries,
        retryDelay: options.retryDelay,
        expireInSeconds: options.expire,
        maintenanceIntervalSeconds: options.maintenance,
      };
  const shared = await openShared(options.db, settings);
  if (options.deadLetters) {
    for (const letter of await shared.store.listDeadLetters(10_000))
      process.stdout.write(`${JSON.stringify(letter)}\n`);
    await shared.close();
    return 0;
  }
  const say = (line: string) =>
    options.quiet || process.stderr.write(`marsad worker ${process.pid}: ${line}\n`);
  const worker = new Worker({
    store: shared.store,
    boss: shared.boss,
    analyzer: createAnalyzer(),
    pollingIntervalSeconds: options.poll,
    onLinked: (count) => say(`linked ${count}`),
    ...(options.verbose ? { onAnalysed: (id: string, v: number) => say(`analysed ${id}@${v}`) } : {}),
    onFailed: (queue, message, final) =>
      say(`${queue} job failed${final ? " for the last time" : ""}: ${message}`),
  });
  await worker.start();
  say(`working on ${redactLocation(options.db)}`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  say("stopping after the running jobs");
  await shared.close();
  return 0;
}
