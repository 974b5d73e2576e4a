/**
 * `npm run bench:run`: how linking scales. Analyses every UnifiedFC article once (cached in the system's temp
 * folder, never in the repo), then links 1×, 2× and 4× that input, each scale in a fresh process so its peak
 * RSS is its own, and prints documents/s, link time per document (overall and by quarter of the run) and
 * peak RSS. Copies beyond the first are other worlds, not re-posts: dates move by 2,000 days per copy and
 * the letters of the text go through a per-copy substitution (same lengths, so every span still holds, but
 * other words), so a copy starts stories and events of its own and 4× means four times as many stories.
 *
 * First it times `marsad run` itself (ingest, analysis, linking, exports into a fresh store in the temp
 * folder) over every UnifiedFC article, in a process of its own, for documents/s and peak RSS end to end.
 *
 *   npm run bench:run                  marsad run, then analyse (first time) and link 1×, 2×, 4×
 *   npm run bench:run -- --link-only   skip the marsad run measurement
 *   npm run bench:run -- --refresh     analyse again
 *
 * UnifiedFC gives no publication dates; where an article's URL holds one (/2017/08/23/) it is used, as a
 * crawler would, so that relative dates resolve. The rest stay undated.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { limitHeapGrowth } from "../src/core/heap.js";
import { analysisLayers } from "../src/link/link-store.js";
import { Linker } from "../src/link/linker.js";
import type { LinkDocInput } from "../src/link/types.js";
import { copyOfWorld } from "./lib/bench-worlds.js";
import { unifiedFcClaimsDir } from "./lib/unifiedfc.js";

const CACHE_DIR = join(tmpdir(), "marsad-bench-run");
const CACHE = join(CACHE_DIR, "unifiedfc-analyses.jsonl");
const SCALES = [1, 2, 4];
const SAVE_EVERY = 200;

const URL_DATE = /\/(20\d\d)\/(\d\d)\/(\d\d)\//;

function dateFromUrl(url: string | null): string | null {
  const m = url ? URL_DATE.exec(url) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

async function buildCache(): Promise<void> {
  // Loaded here only: the measuring processes link cached analyses and need none of the pipeline.
  const { toAnalysisJson } = await import("../src/analyze/analysis-json.js");
  const { createAnalyzer } = await import("../src/analyze/analyzer.js");
  const { DuplicateIndex, fingerprintArticle, readArticles } = await import("../src/ingest/index.js");
  const analyzer = createAnalyzer();
  const duplicates = new DuplicateIndex();
  const seen = new Set<string>();
  const lines: string[] = [];
  const started = process.hrtime.bigint();
  for await (const item of readArticles([unifiedFcClaimsDir()], { format: "unifiedfc" })) {
    if (item.kind !== "article" || seen.has(item.article.id)) continue;
    seen.add(item.article.id);
    const article = { ...item.article, published_at: dateFromUrl(item.article.url) };
    const match = duplicates.add(fingerprintArticle(article));
    const analysis = toAnalysisJson(analyzer.analyze(article));
    const input: LinkDocInput = {
      id: article.id,
      version: 1,
      text: article.text,
      outlet: article.source,
      published_at: article.published_at,
      title: null,
      copyOf: match.duplicateOf ?? match.nearDuplicateOf,
      analysis: analysisLayers(analysis),
    };
    lines.push(JSON.stringify(input));
    if (lines.length % 250 === 0) process.stderr.write(`  analysed ${lines.length}\n`);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(CACHE, `${lines.join("\n")}\n`);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`analysed ${lines.length} articles in ${seconds.toFixed(0)} s into ${CACHE}\n`);
}

interface ScaleResult {
  readonly scale: number;
  readonly docs: number;
  readonly mentions: number;
  readonly seconds: number;
  readonly quarterMs: readonly number[];
  /** Candidate stories and events scored per document, by quarter: the work, free of the machine's load. */
  readonly quarterCandidates: readonly number[];
  readonly stories: number;
  readonly events: number;
  readonly changeMb: number;
  readonly peakRssMb: number;
}

function measure(scale: number): ScaleResult {
  const base = readFileSync(CACHE, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as LinkDocInput);
  const total = base.length * scale;
  const linker = new Linker();
  const quarters = [0, 0, 0, 0];
  const candidates = [0, 0, 0, 0];
  const scored = () => linker.stories.scored + linker.events.scored;
  let done = 0;
  let mentions = 0;
  let changeBytes = 0;
  const started = process.hrtime.bigint();
  for (let world = 0; world < scale; world++) {
    for (const doc of base) {
      const input = copyOfWorld(doc, world);
      const quarter = Math.min(3, Math.floor((done * 4) / total));
      const before = scored();
      const t0 = process.hrtime.bigint();
      linker.link(input);
      quarters[quarter]! += Number(process.hrtime.bigint() - t0) / 1e6;
      candidates[quarter]! += scored() - before;
      mentions += input.analysis.events.length;
      if (++done % SAVE_EVERY === 0) changeBytes += JSON.stringify(linker.takeChanges()).length;
    }
  }
  changeBytes += JSON.stringify(linker.takeChanges()).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    scale,
    docs: total,
    mentions,
    seconds,
    quarterMs: quarters.map((ms) => ms / (total / 4)),
    quarterCandidates: candidates.map((n) => n / (total / 4)),
    stories: linker.stories.stories.size,
    events: linker.events.events.size,
    changeMb: changeBytes / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

interface FullRunResult {
  readonly exitCode: number;
  readonly docs: number;
  readonly seconds: number;
  readonly peakRssMb: number;
}

/** `marsad run` over the UnifiedFC folder into a fresh store, in this process (the parent gives it its own). */
async function measureFullRun(): Promise<FullRunResult> {
  const { main: cli } = await import("../src/cli/program.js");
  const { openStore } = await import("../src/store/open-store.js");
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-full-"));
  const db = join(dir, "store.db");
  try {
    const started = process.hrtime.bigint();
    const args = ["run", unifiedFcClaimsDir(), "--format", "unifiedfc", "--out", join(dir, "out")];
    const exitCode = await cli([...args, "--db", db, "--quiet"]);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const store = await openStore(db);
    const docs = (await store.stats()).articles;
    await store.close();
    return { exitCode, docs, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function inChild(args: readonly string[]): string {
  return execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
}

function format(r: ScaleResult): string {
  const perDoc = (r.seconds * 1000) / r.docs;
  return (
    `${r.scale}×: ${r.docs} documents, ${r.mentions} event mentions → ${r.stories} stories, ${r.events} events; ` +
    `${(r.docs / r.seconds).toFixed(0)} documents/s, ${perDoc.toFixed(2)} ms/document ` +
    `(by quarter: ${r.quarterMs.map((ms) => ms.toFixed(2)).join(", ")}); candidates scored per document ` +
    `by quarter: ${r.quarterCandidates.map((n) => n.toFixed(0)).join(", ")}; ` +
    `store changes ${r.changeMb.toFixed(0)} MB of JSON; peak RSS ${r.peakRssMb.toFixed(0)} MB`
  );
}

async function main(): Promise<void> {
  const scaleIndex = process.argv.indexOf("--scale");
  if (scaleIndex >= 0) {
    limitHeapGrowth(); // as `marsad run` does (its full-run child gets it from the CLI's main)
    process.stdout.write(JSON.stringify(measure(Number(process.argv[scaleIndex + 1]))));
    return;
  }
  if (process.argv.includes("--full-run")) {
    process.stdout.write(JSON.stringify(await measureFullRun()));
    return;
  }
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`machine: ${cpu}, ${cpus().length} cores, Node ${process.version}\n`);
  if (!process.argv.includes("--link-only")) {
    const r = JSON.parse(inChild(["--full-run"])) as FullRunResult;
    console.log(
      `marsad run (SQLite store, ingest + analysis + linking + exports): ${r.docs} documents in ` +
        `${r.seconds.toFixed(1)} s, ${(r.docs / r.seconds).toFixed(1)} documents/s, ` +
        `peak RSS ${r.peakRssMb.toFixed(0)} MB (exit code ${r.exitCode})\n`,
    );
  }
  if (process.argv.includes("--refresh") || !existsSync(CACHE)) await buildCache();
  console.log("linking only (in memory, cached analyses):");
  for (const scale of SCALES)
    console.log(format(JSON.parse(inChild(["--scale", String(scale)])) as ScaleResult));
}

await main();
