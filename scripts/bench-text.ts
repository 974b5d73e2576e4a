/**
 * Throughput of the text layer (normalise + tokenise + sentences) on the UnifiedFC articles, read in place
 * from ../shared/data (never copied). Prints MB/s (UTF-8 bytes of input), articles/s, tokens/s, peak RSS.
 *
 * Run: npx tsx scripts/bench-text.ts [--rounds N]
 */
import { readdirSync, readFileSync } from "node:fs";
import { sharedDataPath } from "../src/core/paths.js";
import { normalizeText } from "../src/text/normalize.js";
import { splitSentences } from "../src/text/sentences.js";
import { defaultStemLexicon } from "../src/text/stem-lexicon.js";
import { tokenize } from "../src/text/tokenize.js";

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
}

function runOnce(articles: readonly string[]): Totals {
  const totals: Totals = { tokens: 0, sentences: 0 };
  for (const raw of articles) {
    const norm = normalizeText(raw);
    const tokens = tokenize(raw, norm);
    totals.tokens += tokens.length;
    totals.sentences += splitSentences(raw, tokens).length;
  }
  return totals;
}

function stageTimes(articles: readonly string[]): string {
  const t0 = performance.now();
  const norms = articles.map((raw) => normalizeText(raw));
  const t1 = performance.now();
  const tokens = articles.map((raw, i) => tokenize(raw, norms[i]!));
  const t2 = performance.now();
  articles.forEach((raw, i) => splitSentences(raw, tokens[i]!));
  const t3 = performance.now();
  return `normalize ${(t1 - t0).toFixed(0)} ms, tokenize ${(t2 - t1).toFixed(0)} ms, sentences ${(t3 - t2).toFixed(0)} ms`;
}

function main(): void {
  const roundsArg = process.argv.indexOf("--rounds");
  const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
  const articles = loadArticles();
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a, "utf8"), 0);
  defaultStemLexicon();
  runOnce(articles); // warm-up: JIT and the analysis cache
  let best = Number.POSITIVE_INFINITY;
  let totals: Totals = { tokens: 0, sentences: 0 };
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    totals = runOnce(articles);
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  const mb = bytes / 1e6;
  console.log(`${articles.length} articles, ${mb.toFixed(1)} MB UTF-8, ${totals.tokens} tokens, ${totals.sentences} sentences`);
  console.log(`best of ${rounds}: ${best.toFixed(3)} s`);
  console.log(`${(mb / best).toFixed(1)} MB/s, ${(articles.length / best).toFixed(0)} articles/s, ${(totals.tokens / best / 1e6).toFixed(2)} M tokens/s`);
  console.log(`per stage (one pass): ${stageTimes(articles)}`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main();
