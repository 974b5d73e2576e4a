import { articleMeta } from "../src/analyze/analysis-json.js";
import { createAnalyzer } from "../src/analyze/analyzer.js";
import { createDoc, type Doc } from "../src/core/document.js";
import { applyStage } from "../src/core/pipeline.js";
import { loadUnifiedFcTexts } from "./lib/unifiedfc.js";

/**
 * The events stage's cost per article over every UnifiedFC article: each article runs through the whole
 * default pipeline and only the events stage is timed, so its inputs are as fresh in memory as in `analyze`.
 * Usage: npm run bench:events -- [limit]
 */
const analyzer = createAnalyzer();
const texts = loadUnifiedFcTexts(Number(process.argv[2] ?? Number.POSITIVE_INFINITY));
const stages = analyzer.pipeline.stages;
const events = stages.findIndex((s) => s.name === "events");

function run(text: string, i: number): { ms: number; events: number; words: number } {
  const article = { id: `u${i}`, text, source: null, url: null, published_at: "2020-01-01" };
  let doc: Doc = createDoc(article.id, text, articleMeta(article));
  for (const stage of stages.slice(0, events)) doc = applyStage(doc, stage, analyzer.context);
  const started = performance.now();
  doc = applyStage(doc, stages[events]!, analyzer.context);
  const ms = performance.now() - started;
  return { ms, events: doc.layers.events?.length ?? 0, words: doc.layers.tokens?.length ?? 0 };
}

texts.slice(0, 100).forEach(run); // let the JIT and the word cache settle
let ms = 0;
let found = 0;
let tokens = 0;
texts.forEach((text, i) => {
  const r = run(text, i);
  ms += r.ms;
  found += r.events;
  tokens += r.words;
});
const n = texts.length;
console.log(
  `events stage: ${n} articles, ${(tokens / n).toFixed(0)} tokens each, ${(found / n).toFixed(1)} events each, ` +
    `${(ms / n).toFixed(3)} ms/article (${(n / (ms / 1000)).toFixed(0)} articles/s for this stage alone)`,
);
