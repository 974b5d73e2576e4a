/**
 * Tagging speed of the shipped NER model on one core: the ANERcorp dev sentences (already tokenised and
 * normalised, so this measures features + scoring + Viterbi, both passes), repeated until a few seconds have passed.
 *
 *   npm run bench:ner -- [--seconds 3]
 */
import { parseArgs } from "node:util";
import { loadAnercorpSplit, toTrainSentence } from "../src/extract/ner/dataset.js";
import { blocksOf } from "../src/extract/ner/memory.js";
import { loadNerModel, tagDocument } from "../src/extract/ner/model.js";

const { values: args } = parseArgs({ options: { seconds: { type: "string", default: "3" } } });

let t = performance.now();
const model = loadNerModel();
console.log(`model load ${(performance.now() - t).toFixed(0)} ms`);
const sentences = loadAnercorpSplit().dev.map((s) => toTrainSentence(s).words);
const perPass = sentences.reduce((n, s) => n + s.length, 0);
// Tagged as eval and the CLI do: blocks as documents, two passes each (document memory).
const blocks = blocksOf(sentences);
const tagAll = () => {
  for (const block of blocks) tagDocument(model, block);
};

tagAll(); // warm-up: let the JIT compile the hot loops
let tokens = 0;
t = performance.now();
const budget = Number(args.seconds) * 1000;
while (performance.now() - t < budget) {
  tagAll();
  tokens += perPass;
}
const seconds = (performance.now() - t) / 1000;
console.log(
  `${tokens} tokens in ${seconds.toFixed(2)} s: ${Math.round(tokens / seconds)} tokens/s (one core)`,
);
console.log(`peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
