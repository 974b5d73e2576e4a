/**
 * Throughput of the text layer (normalise + tokenise + sentences) on the UnifiedFC articles, read in place
 * from ../shared/data (never copied). Prints MB/s (UTF-8 bytes of input), articles/s, tokens/s, peak RSS.
 *
 * Run: npm run bench:text -- [--rounds N]
 */
import { readdirSync, readFileSync } from "node:fs";
import { sharedDataPath } from "../src/core/paths.js";
import { normalizeText } from "../src/text/normalize.js";
import { splitSentences } from "../src/text/sentences.js";
import { defaultStemLexicon } from "../src/text/stem-lexicon.js";
import { forgetAnalysedWords, tokenize } from "../src/text/tokenize.js";

function loadArticles(): string[] {
  const dir = sharedDataPath("unifiedfc", "claims");
  const articles: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const claim = JSON.parse(readFileSync(`${dir}/${name}`, "utf8")) as { article?: unknown };
    if (!Array.isArray(claim.article)) continue;
    for (const article of claim.article) if (typeof article === "string") articles.push(article);
  }
  return articles;
}

interface Totals {
  tokens: number;
  sentences: number;
  /** Milliseconds per stage, summed over articles. */
  normalize: number;
  tokenize: number;
  split: number;
}

/** One round over the articles, starting with no word analysed (see scripts/bench.ts). */
function runOnce(articles: readonly string[]): Totals {
  forgetAnalysedWords();
  const totals: Totals = { tokens: 0, sentences: 0, normalize: 0, tokenize: 0, split: 0 };
  for (const raw of articles) {
    const t0 = performance.now();
    const norm = normalizeText(raw);
    const t1 = performance.now();
    const tokens = tokenize(raw, norm);
    const t2 = performance.now();
    totals.sentences += splitSentences(raw, tokens).length;
    const t3 = performance.now();
    totals.tokens += tokens.length;
    totals.normalize += t1 - t0;
    totals.tokenize += t2 - t1;
    totals.split += t3 - t2;
  }
  return totals;
}

function main(): void {
  const roundsArg = process.argv.indexOf("--rounds");
  const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
  const articles = loadArticles();
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a, "utf8"), 0);
  defaultStemLexicon();
  runOnce(articles); // warm-up: JIT
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let totals = runOnce([]);
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const round = runOnce(articles);
    bestCpu = Math.min(bestCpu, process.cpuUsage(cpu).user / 1e6);
    const seconds = (performance.now() - start) / 1000;
    if (seconds < best) [best, totals] = [seconds, round];
  }
  const mb = bytes / 1e6;
  console.log(
    `${articles.length} articles, ${mb.toFixed(1)} MB UTF-8, ${totals.tokens} tokens, ${totals.sentences} sentences`,
  );
  console.log(`best of ${rounds}: ${best.toFixed(3)} s`);
  console.log(
    `${(mb / best).toFixed(1)} MB/s, ${(articles.length / best).toFixed(0)} articles/s, ${(totals.tokens / best / 1e6).toFixed(2)} M tokens/s`,
  );
  console.log(
    `process CPU (all threads, incl. GC) best round: ${bestCpu.toFixed(3)} s = ${(mb / bestCpu).toFixed(1)} MB/s`,
  );
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(
    `per stage (best round): normalize ${ms(totals.normalize)}, tokenize ${ms(totals.tokenize)}, sentences ${ms(totals.split)}`,
  );
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
