/**
 * `npm run bench`: throughput and memory of Marsad's main paths over the UnifiedFC articles, read in place.
 * Each measurement runs in a fresh process so its peak RSS is its own. Prints a table and the machine;
 * analyze also prints each stage's ms/article (scripts/lib/bench-analyze.ts).
 * The npm scripts run every benchmark as JavaScript compiled by tsc (tsconfig.bench.json), the same code the
 * `marsad` command runs from dist/; tsx's loader (source maps, transform cache) added ~30 MB to peak RSS.
 *
 *   npm run bench                 all measurements
 *   npm run bench -- --only text  one of: text, ingest, analyze
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { limitHeapGrowth } from "../src/core/heap.js";
import { fingerprintArticle, readArticles } from "../src/ingest/index.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { ArticleInput } from "../src/store/store.js";
import { normalizeText } from "../src/text/normalize.js";
import { splitSentences } from "../src/text/sentences.js";
import { defaultStemLexicon } from "../src/text/stem-lexicon.js";
import { forgetAnalysedWords, tokenize } from "../src/text/tokenize.js";
import { benchAnalyze, formatStageMs } from "./lib/bench-analyze.js";
import { loadUnifiedFcTexts, unifiedFcClaimsDir, utf8Bytes } from "./lib/unifiedfc.js";

interface Measurement {
  readonly name: string;
  readonly articles: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly note?: string;
  /** Milliseconds per article of each stage (analyze only). */
  readonly stageMs?: Readonly<Record<string, number>>;
}

const MODES = ["text", "ingest", "analyze"] as const;
type Mode = (typeof MODES)[number];

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function timed(fn: () => void): number {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function benchText(): Measurement {
  const texts = loadUnifiedFcTexts();
  const lexicon = defaultStemLexicon();
  // Every round starts with no word analysed, as a process reading these articles for the first time would:
  // otherwise a round would find the words of the rounds before it in the tokeniser's cache.
  const run = () => {
    forgetAnalysedWords(lexicon);
    for (const raw of texts) splitSentences(raw, tokenize(raw, normalizeText(raw), lexicon));
  };
  run(); // warm-up: let the JIT settle before timing
  // The median round, not the total: this virtual machine's speed drifts by a quarter from minute to minute.
  const rounds = 5;
  const times = Array.from({ length: rounds }, () => timed(run)).sort((a, b) => a - b);
  const mbs = (seconds: number) => (utf8Bytes(texts) / 1e6 / seconds).toFixed(1);
  return {
    name: "text layer (normalise + tokenise + sentences), median of 5 rounds",
    articles: texts.length,
    bytes: utf8Bytes(texts),
    seconds: times[rounds >> 1]!,
    peakRssMb: peakRssMb(),
    note: `rounds ${mbs(times[rounds - 1]!)}–${mbs(times[0]!)} MB/s`,
  };
}

async function benchIngest(): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-"));
  const store = openSqliteStore(join(dir, "bench.db"));
  let articles = 0;
  let bytes = 0;
  const started = process.hrtime.bigint();
  let batch: ArticleInput[] = [];
  for await (const item of readArticles([unifiedFcClaimsDir()], { format: "unifiedfc" })) {
    if (item.kind !== "article") continue;
    articles++;
    bytes += Buffer.byteLength(item.article.text, "utf8");
    batch.push(fingerprintArticle(item.article));
    if (batch.length === 500) {
      await store.putArticles(batch);
      batch = [];
    }
  }
  await store.putArticles(batch);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    name: "ingest (read + validate + fingerprint + SQLite)",
    articles,
    bytes,
    seconds,
    peakRssMb: peakRssMb(),
  };
}

async function measure(mode: Mode): Promise<Measurement> {
  if (mode === "text") return benchText();
  if (mode === "ingest") return benchIngest();
  return benchAnalyze();
}

function format(m: Measurement): string {
  const mbs = m.bytes / 1e6 / m.seconds;
  const perSecond = m.articles / m.seconds;
  const note = m.note ? `  (${m.note})` : "";
  const stages = m.stageMs ? `\n  ms/article: ${formatStageMs(m.stageMs)}` : "";
  return `${m.name}\n  ${m.articles} articles, ${(m.bytes / 1e6).toFixed(1)} MB in ${m.seconds.toFixed(2)} s: ${mbs.toFixed(1)} MB/s, ${perSecond.toFixed(0)} articles/s, peak RSS ${m.peakRssMb.toFixed(0)} MB${note}${stages}`;
}

async function main(): Promise<void> {
  const onlyIndex = process.argv.indexOf("--only");
  const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
  if (process.argv.includes("--child") && only) {
    limitHeapGrowth(); // as the CLI does
    process.stdout.write(JSON.stringify(await measure(only as Mode)));
    return;
  }
  const modes = only ? MODES.filter((m) => m === only) : MODES;
  if (modes.length === 0) throw new Error(`--only takes one of ${MODES.join(", ")}`);
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`machine: ${cpu}, ${cpus().length} cores, Node ${process.version}; one core per measurement\n`);
  for (const mode of modes) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, process.argv[1]!, "--child", "--only", mode],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 20 },
    );
    console.log(format(JSON.parse(out) as Measurement));
  }
}

await main();
