import { toAnalysisJson } from "../analyze/analysis-json.js";
import type { Analyzer } from "../analyze/analyzer.js";
import { errorMessage } from "../core/errors.js";
import { fingerprintArticle, type IngestOptions } from "../ingest/index.js";
import type { ArticleInput, PutResult, Store } from "../store/store.js";
import type { Progress } from "./progress.js";
import { validArticles } from "./valid-articles.js";

/** The ingest and analyse steps of `marsad run`, over one store. */

export interface IngestTally {
  read: number;
  inserted: number;
  newVersions: number;
  unchanged: number;
  /** New articles or versions whose text another article already has. */
  duplicates: number;
  /** New articles or versions that are the same story with other boilerplate. */
  nearDuplicates: number;
  skipped: number;
}

function count(tally: IngestTally, results: readonly PutResult[]): void {
  for (const result of results) {
    if (result.status === "inserted") tally.inserted++;
    else if (result.status === "new_version") tally.newVersions++;
    else tally.unchanged++;
    if (result.status === "unchanged") continue;
    if (result.duplicateOf) tally.duplicates++;
    else if (result.nearDuplicateOf) tally.nearDuplicates++;
  }
}

/**
 * Reads the inputs into the store in batches, each one transaction, so a failure leaves what was stored
 * before intact. `marsad ingest` and `marsad run` both ingest through here.
 */
export async function ingestInto(
  store: Store,
  inputs: readonly string[],
  options: IngestOptions,
  progress: Progress,
  batchSize = 500,
): Promise<IngestTally> {
  const tally: IngestTally = {
    read: 0,
    inserted: 0,
    newVersions: 0,
    unchanged: 0,
    duplicates: 0,
    nearDuplicates: 0,
    skipped: 0,
  };
  let batch: ArticleInput[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    count(tally, await store.putArticles(batch));
    progress.tick(batch.length);
    batch = [];
  };
  for await (const article of validArticles(inputs, options, () => tally.skipped++)) {
    tally.read++;
    batch.push(fingerprintArticle(article));
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return tally;
}

/**
 * Analyses every stored latest version that has no analysis yet and stores the analyses. An article whose
 * analysis throws is reported and left unanalysed (so it is not linked); the rest go on.
 */
export async function analyseStore(
  store: Store,
  analyzer: Analyzer,
  progress: Progress,
  pageSize = 100,
): Promise<{ analysed: number; failed: number }> {
  let analysed = 0;
  let failed = 0;
  for (;;) {
    // Failures stay in the queue ahead of the rest (ingestion order): skip exactly those.
    const page = await store.listUnanalysed({ limit: pageSize, offset: failed });
    if (page.length === 0) break;
    for (const article of page) {
      try {
        const analysis = toAnalysisJson(analyzer.analyze(article));
        await store.putAnalysis(article.id, article.version, analysis);
        analysed++;
      } catch (error) {
        failed++;
        process.stderr.write(`marsad: analysis failed for "${article.id}": ${errorMessage(error)}\n`);
      }
      progress.tick();
    }
  }
  return { analysed, failed };
}
