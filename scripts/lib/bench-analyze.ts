import { articleMeta, toAnalysisJson } from "../../src/analyze/analysis-json.js";
import { type Analyzer, createAnalyzer } from "../../src/analyze/analyzer.js";
import type { Article } from "../../src/core/article.js";
import { createDoc, type Doc } from "../../src/core/document.js";
import { applyStage } from "../../src/core/pipeline.js";
import { unifiedFcTexts } from "./unifiedfc.js";

const WARM_UP = 50;

/** What the analyze benchmark reports: throughput, where the time goes, and the process's peak RSS. */
export interface AnalyzeMeasurement {
  readonly name: string;
  readonly articles: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  /** Milliseconds per article of each stage, in pipeline order, then "serialize" (analysis JSON to a line). */
  readonly stageMs: Readonly<Record<string, number>>;
  readonly note: string;
}

/** The CLI's path for one article, each stage timed on its own: stages, then the JSON line. */
function analyzeTimed(analyzer: Analyzer, article: Article, totals: Float64Array): number {
  let doc: Doc = createDoc(article.id, article.text, articleMeta(article));
  const stages = analyzer.pipeline.stages;
  for (let s = 0; s < stages.length; s++) {
    const started = performance.now();
    doc = applyStage(doc, stages[s]!, analyzer.context);
    totals[s]! += performance.now() - started;
  }
  const started = performance.now();
  const line = JSON.stringify(toAnalysisJson(doc));
  totals[stages.length]! += performance.now() - started;
  return line.length;
}

function toArticle(text: string, i: number): Article {
  return { id: `ufc-${i}`, text, source: null, url: null, published_at: null };
}

/**
 * Every UnifiedFC article (about 2,400, duplicates across claims included) through the whole analyzer, read
 * one claim file at a time as the CLI streams its input; only the analysis itself is timed.
 */
export function benchAnalyze(): AnalyzeMeasurement {
  const started = performance.now();
  const analyzer = createAnalyzer();
  const loadSeconds = (performance.now() - started) / 1000;
  const names = [...analyzer.pipeline.stages.map((s) => s.name), "serialize"];
  const warm = new Float64Array(names.length);
  let i = 0;
  for (const text of unifiedFcTexts()) {
    if (i++ === WARM_UP) break;
    analyzeTimed(analyzer, toArticle(text, i), warm); // let the JIT settle
  }
  const totals = new Float64Array(names.length);
  let articles = 0;
  let bytes = 0;
  for (const text of unifiedFcTexts()) {
    analyzeTimed(analyzer, toArticle(text, articles++), totals);
    bytes += Buffer.byteLength(text, "utf8");
  }
  const stageMs: Record<string, number> = {};
  names.forEach((name, s) => {
    stageMs[name] = totals[s]! / articles;
  });
  return {
    name: "analyze (all default stages + analysis JSON)",
    articles,
    bytes,
    seconds: totals.reduce((sum, ms) => sum + ms, 0) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    stageMs,
    note: `resources load in ${loadSeconds.toFixed(2)} s`,
  };
}

/** One line of `stage ms/article` pairs, slowest first. */
export function formatStageMs(stageMs: Readonly<Record<string, number>>): string {
  return Object.entries(stageMs)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
    .join(", ");
}
