import type { Command } from "commander";
import { createAnalyzer } from "../../analyze/analyzer.js";
import { OUTPUT_FILES, type OutputSummary, writeOutputs } from "../../export/index.js";
import { linkStore } from "../../link/link-store.js";
import { openStore } from "../../store/open-store.js";
import { ExitCode } from "../exit-codes.js";
import { addInputOptions, type InputCliOptions, toIngestOptions } from "../input-options.js";
import { dbOption } from "../options.js";
import { createProgress, type Progress } from "../progress.js";
import { plural } from "../report.js";
import { analyseStore, type IngestTally, ingestInto } from "../run-steps.js";
import { addServerOptions, type ServeOptions, serveCommand, serverToken } from "./serve.js";

interface RunOptions extends InputCliOptions, ServeOptions {
  readonly out: string;
  readonly relink?: boolean;
  readonly serve?: boolean;
}

export function registerRun(program: Command): void {
  addServerOptions(
    addInputOptions(
      program
        .command("run")
        .description("ingest, analyse and link articles, and write the event log (the main job)"),
    )
      .requiredOption("-o, --out <dir>", "folder for events.jsonl, stories.jsonl, events.csv, events.geojson")
      .addOption(dbOption())
      .option("--relink", "forget the stored links and link every analysed article again")
      .option("--serve", "then serve the HTTP API and web UI over the store (as `marsad serve`)"),
  )
    .addHelpText(
      "after",
      `
Steps: store the inputs (as \`marsad ingest\`), analyse the articles that have no analysis yet, link them to
the stories and canonical events already in the store, then write the whole store's event log to --out:
  events.jsonl    canonical events: merged mentions, independent sources, corroboration, contradictions
  stories.jsonl   stories: their documents and events in time order
  events.csv      ACLED columns, then provenance (Marsad event id, mention documents, source spans)
  events.geojson  one point per located event
Running again with more articles adds to the same store: nothing already linked is relinked. With no
inputs, \`run\` works on what the store holds (use "-" to read standard input). A summary goes to stderr.

Examples:
  $ npx marsad run data/samples/articles.jsonl --out out/
  $ npx marsad run reports/ --source "عنب بلدي" --db news.db --out out/
  $ npx marsad run --db news.db --out out/ --relink
  $ npx marsad run reports/ --out out/ --serve --port 0   # then open the URL it prints`,
    )
    .action(async (inputs: string[], options: RunOptions) => {
      if (options.serve) serverToken(options); // refuse a bad --host before the long run, not after
      process.exitCode = await runCommand(inputs, options);
      // The store is closed by then; serving opens it again, exactly as `marsad serve` would.
      if (options.serve) await serveCommand(options);
    });
}

interface RunTally {
  ingest: IngestTally | null;
  analysed: number;
  failed: number;
  linked: number;
}

async function step<T>(
  progress: Progress,
  label: string,
  total: number | null,
  work: () => Promise<T>,
): Promise<T> {
  progress.start(total, label);
  try {
    return await work();
  } finally {
    progress.stop();
  }
}

async function runCommand(inputs: readonly string[], options: RunOptions): Promise<number> {
  const started = process.hrtime.bigint();
  const store = await openStore(options.db);
  const progress = createProgress({ quiet: options.quiet === true });
  const tally: RunTally = { ingest: null, analysed: 0, failed: 0, linked: 0 };
  let summary: OutputSummary;
  try {
    if (inputs.length > 0) {
      tally.ingest = await step(progress, "ingesting", null, () =>
        ingestInto(store, inputs, toIngestOptions(options), progress),
      );
    }
    const stats = await store.stats();
    const analyzer = createAnalyzer();
    Object.assign(
      tally,
      await step(progress, "analysing", stats.articles - stats.analysed, () =>
        analyseStore(store, analyzer, progress),
      ),
    );
    const { linker, linked } = await step(progress, "linking", null, () =>
      linkStore(store, {
        relink: options.relink === true,
        onLinked: () => progress.tick(),
        onError: (id, message) =>
          process.stderr.write(`marsad: warning: "${id}" linked without annotations: ${message}\n`),
      }),
    );
    tally.linked = linked;
    summary = await writeOutputs(options.out, linker);
  } finally {
    progress.stop();
    await store.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!options.quiet) process.stderr.write(summaryText(tally, summary, options, seconds));
  return (tally.ingest?.skipped ?? 0) > 0 || tally.failed > 0 ? ExitCode.partial : ExitCode.ok;
}

function summaryText(tally: RunTally, summary: OutputSummary, options: RunOptions, seconds: number): string {
  const ingest = tally.ingest;
  const read = ingest
    ? `${plural(ingest.read, "document")} read (${ingest.inserted} new, ${ingest.newVersions} new versions, ` +
      `${ingest.unchanged} unchanged, ${ingest.duplicates + ingest.nearDuplicates} copies, ${ingest.skipped} skipped)`
    : "no inputs: working on the store";
  const labels = ["confirmed", "single-source", "contested", "denied"]
    .map((label) => `${summary.byCorroboration[label] ?? 0} ${label}`)
    .join(", ");
  return [
    `documents:      ${read}; ${tally.analysed} analysed, ${tally.failed} failed; ${tally.linked} linked`,
    `events:         ${summary.events} (${labels}); ${summary.aggregates} aggregate summaries kept apart; ${summary.located} located`,
    `stories:        ${summary.stories}`,
    `contradictions: ${summary.contradictions} in ${plural(summary.contestedEvents, "event")}`,
    `time:           ${seconds.toFixed(1)} s`,
    `written to ${options.out}: ${Object.values(OUTPUT_FILES).join(", ")} (store ${options.db})`,
    "",
  ].join("\n");
}
