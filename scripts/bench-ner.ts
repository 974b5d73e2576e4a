/**
 * Tagging speed of the shipped NER model on one core: the ANERcorp dev sentences (already tokenised and
 * normalised, so this measures features + scoring + Viterbi), repeated until a few seconds have passed.
 *
 *   npx tsx scripts/bench-ner.ts [--seconds 3]
 */
import { parseArgs } from "node:util";
import { loadAnercorpSplit, toTrainSentence } from "../src/extract/ner/dataset.js";
import { loadNerModel, tagWords } from "../src/extract/ner/model.js";

const { values: args } = parseArgs({ options: { seconds: { type: "string", default: "3" } } });

let t = performance.now();
const model = loadNerModel();
console.log(`model load ${(performance.now() - t).toFixed(0)} ms`);
const sentences = loadAnercorpSplit().dev.map((s) => toTrainSentence(s).words);
const perPass = sentences.reduce((n, s) => n + s.length, 0);

for (const words of sentences) tagWords(model, words); // warm-up: let the JIT compile the hot loops
let tokens = 0;
t = performance.now();
const budget = Number(args.seconds) * 1000;
while (performance.now() - t < budget) {
  for (const words of sentences) tagWords(model, words);
  tokens += perPass;
}
const seconds = (performance.now() - t) / 1000;
console.log(
  `${tokens} tokens in ${seconds.toFixed(2)} s: ${Math.round(tokens / seconds)} tokens/s (one core)`,
);
console.log(`peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
