import type { Command } from "commander";
import type { Article } from "../../core/article.js";
import { fingerprintArticle, readArticles } from "../../ingest/index.js";
import { openShared } from "../../queue/open.js";
import { enqueueIngest } from "../../queue/queues.js";
import { openStore } from "../../store/open-store.js";
import type { ArticleInput, PutResult } from "../../store/store.js";
import { ExitCode } from "../exit-codes.js";
import { addInputOptions, type InputCliOptions, toIngestOptions } from "../input-options.js";
import { dbOption, positiveInt, redactLocation } from "../options.js";
import { createProgress } from "../progress.js";
import { reportInputError } from "../report.js";

interface IngestCliOptions extends InputCliOptions {
  readonly db: string;
  readonly batch: number;
  readonly queue?: boolean;
}

interface Tally {
  inserted: number;
  unchanged: number;
  new_version: number;
  duplicates: number;
  nearDuplicates: number;
  skipped: number;
}

export function registerIngest(program: Command): void {
  addInputOptions(
    program
      .command("ingest")
      .description("store articles; re-ingesting the same text changes nothing, a new text adds a version"),
  )
    .addOption(dbOption())
    .option("--batch <n>", "articles per transaction", positiveInt, 500)
    .option(
      "--queue",
      "queue the articles for `marsad worker` instead (a postgres:// store; docs/workers.md)",
    )
    .addHelpText(
      "after",
      `
Each batch is one transaction: a failure leaves what was stored before intact.
Exact duplicates (same text under another id) and near-duplicates (the same story with other boilerplate) are
stored and marked, so they are not counted as independent sources later.

Examples:
  $ npx marsad ingest data/samples/
  $ npx marsad ingest ../shared/data/unifiedfc/claims --format unifiedfc --db ufc.db`,
    )
    .action(async (inputs: string[], options: IngestCliOptions) => {
      process.exitCode = await ingestCommand(inputs, options);
    });
}

function count(tally: Tally, results: readonly PutResult[]): void {
  for (const result of results) {
    tally[result.status]++;
    if (result.status !== "unchanged" && result.duplicateOf) tally.duplicates++;
    else if (result.status !== "unchanged" && result.nearDuplicateOf) tally.nearDuplicates++;
  }
}

async function ingestCommand(inputs: readonly string[], options: IngestCliOptions): Promise<number> {
  if (options.queue) return queueCommand(inputs, options);
  const store = await openStore(options.db);
  const tally: Tally = {
    inserted: 0,
    unchanged: 0,
    new_version: 0,
    duplicates: 0,
    nearDuplicates: 0,
    skipped: 0,
  };
  const progress = createProgress({ quiet: options.quiet === true });
  let batch: ArticleInput[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    count(tally, await store.putArticles(batch));
    progress.tick(batch.length);
    batch = [];
  };
  progress.start(null, "ingesting");
  try {
    for await (const item of readArticles(inputs, toIngestOptions(options))) {
      if (item.kind === "error") {
        if (item.severity === "error") tally.skipped++;
        reportInputError(item.error, item.severity);
        continue;
      }
      batch.push(fingerprintArticle(item.article));
      if (batch.length >= options.batch) await flush();
    }
    await flush();
  } finally {
    progress.stop();
    await store.close();
  }
  if (!options.quiet) {
    process.stderr.write(
      `ingested into ${redactLocation(options.db)}: ${tally.inserted} new, ${tally.new_version} new versions, ` +
        `${tally.unchanged} unchanged, ${tally.duplicates} exact and ${tally.nearDuplicates} near duplicates, ` +
        `${tally.skipped} skipped\n`,
    );
  }
  return tally.skipped > 0 ? ExitCode.partial : ExitCode.ok;
}

/** Checks the records as ingestion does and queues them, 100 per ingest job, for the workers. */
async function queueCommand(inputs: readonly string[], options: IngestCliOptions): Promise<number> {
  const shared = await openShared(options.db);
  let batch: Article[] = [];
  let queued = 0;
  let skipped = 0;
  try {
    for await (const item of readArticles(inputs, toIngestOptions(options))) {
      if (item.kind === "error") {
        if (item.severity === "error") skipped++;
        reportInputError(item.error, item.severity);
        continue;
      }
      batch.push(item.article);
      if (batch.length >= 100) {
        await enqueueIngest(shared.boss, batch);
        queued += batch.length;
        batch = [];
      }
    }
    await enqueueIngest(shared.boss, batch);
    queued += batch.length;
  } finally {
    await shared.close();
  }
  if (!options.quiet)
    process.stderr.write(`queued ${queued} articles on ${redactLocation(options.db)}, ${skipped} skipped\n`);
  return skipped > 0 ? ExitCode.partial : ExitCode.ok;
}
