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
import { LABELS } from "../src/extract/ner/labels.js";
import { blocksOf } from "../src/extract/ner/memory.js";
import { loadNerModel, MODEL_FILE, tagDocument, tagSentence } from "../src/extract/ner/model.js";

const { values: args } = parseArgs({
  options: {
    model: { type: "string", default: dataPath(MODEL_FILE) },
    errors: { type: "string", default: "0" },
  },
});

const model = loadNerModel(args.model);
const { dev } = loadAnercorpSplit();
const gold = dev.map((s) => s.tags);
// Dev is tagged as the CLI tags CoNLL: blocks of sentences as documents, two passes (document memory).
const words = dev.map((s) => toTrainSentence(s).words);
const pred = blocksOf(words)
  .flatMap((block) => tagDocument(model, block))
  .map((ids) => Array.from(ids, (id) => LABELS[id]!));
const alone = words.map((w) => tagSentence(model, w));
console.log(`ANERcorp dev (last 10% of CAMeL Lab train): ${dev.length} sentences`);
console.log(formatEvaluation(evaluate(gold, pred)));
console.log(
  `sentence by sentence, no document memory: F1 ${(100 * evaluate(gold, alone).overall.f1).toFixed(2)}`,
);

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
