import type { Command } from "commander";
import type { Article } from "../../core/article.js";
import { openShared } from "../../queue/open.js";
import { enqueueIngest } from "../../queue/queues.js";
import { openStore } from "../../store/open-store.js";
import { ExitCode } from "../exit-codes.js";
import { addInputOptions, type InputCliOptions, toIngestOptions } from "../input-options.js";
import { dbOption, positiveInt, redactLocation } from "../options.js";
import { createProgress } from "../progress.js";
import { type IngestTally, ingestInto } from "../run-steps.js";
import { validArticles } from "../valid-articles.js";

interface IngestCliOptions extends InputCliOptions {
  readonly db: string;
  readonly batch: number;
  readonly queue?: boolean;
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

async function ingestCommand(inputs: readonly string[], options: IngestCliOptions): Promise<number> {
  if (options.queue) return queueCommand(inputs, options);
  const store = await openStore(options.db);
  const progress = createProgress({ quiet: options.quiet === true });
  progress.start(null, "ingesting");
  let tally: IngestTally;
  try {
    tally = await ingestInto(store, inputs, toIngestOptions(options), progress, options.batch);
  } finally {
    progress.stop();
    await store.close();
  }
  if (!options.quiet) {
    process.stderr.write(
      `ingested into ${redactLocation(options.db)}: ${tally.inserted} new, ${tally.newVersions} new versions, ` +
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
    for await (const article of validArticles(inputs, toIngestOptions(options), () => skipped++)) {
      batch.push(article);
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
