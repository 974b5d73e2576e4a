/**
 * Span P/R/F1 (conlleval rules) of the shipped NER model on the ANERcorp dev split (the last 10% of the
 * CAMeL Lab train sentences, never trained on).
 *
 *   npx tsx scripts/eval-ner.ts [--model path] [--errors 40]
 */
import { parseArgs } from "node:util";
import { dataPath } from "../src/core/paths.js";
import { chunksOf, evaluate, formatEvaluation } from "../src/extract/ner/chunks.js";
import { loadAnercorpSplit, toTrainSentence } from "../src/extract/ner/dataset.js";
import { loadNerModel, MODEL_FILE, tagSentence } from "../src/extract/ner/model.js";

const { values: args } = parseArgs({
  options: {
    model: { type: "string", default: dataPath(MODEL_FILE) },
    errors: { type: "string", default: "0" },
  },
});

const model = loadNerModel(args.model);
const { dev } = loadAnercorpSplit();
const gold = dev.map((s) => s.tags);
const pred = dev.map((s) => tagSentence(model, toTrainSentence(s).words));
console.log(`ANERcorp dev (last 10% of CAMeL Lab train): ${dev.length} sentences`);
console.log(formatEvaluation(evaluate(gold, pred)));

// Optional: list missed and spurious spans, to see what the tagger gets wrong.
let shown = 0;
const limit = Number(args.errors);
for (let s = 0; s < dev.length && shown < limit; s++) {
  const tokens = dev[s]!.tokens;
  const key = (c: { start: number; end: number; type: string }) => `${c.start}:${c.end}:${c.type}`;
  const g = new Map(chunksOf(gold[s]!).map((c) => [key(c), c]));
  const p = new Map(chunksOf(pred[s]!).map((c) => [key(c), c]));
  for (const [k, c] of g) {
    if (!p.has(k) && shown++ < limit)
      console.log(`missed   ${c.type} ${tokens.slice(c.start, c.end).join(" ")}`);
  }
  for (const [k, c] of p) {
    if (!g.has(k) && shown++ < limit)
      console.log(`spurious ${c.type} ${tokens.slice(c.start, c.end).join(" ")}`);
  }
}
