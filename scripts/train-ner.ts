/**
 * Trains the NER tagger on ANERcorp (CAMeL Lab train split, last 10% of sentences held out as dev) and
 * writes data/models/ner-anercorp.bin, plus the normalised ANERGazet copy it uses as features.
 *
 *   npx tsx scripts/train-ner.ts [--epochs 16] [--bits 19] [--dropout 0.5] [--no-gazetteer] [--no-clusters]
 *                                [--clusters] [--no-tune] [--out path]
 *
 * Two rounds. Tuning: train on the first 90% of the training sentences and, after every epoch, pick the
 * O-penalty that maximises F1 on the last 10% of TRAIN; the best (epoch, penalty) wins. Final: train on all
 * training sentences for that many epochs and apply that penalty. Dev is scored once, at the end, and
 * never steers a choice. --clusters rebuilds data/lexicons/ner-clusters.tsv first (slow).
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { dataPath } from "../src/core/paths.js";
import { evaluate, formatEvaluation } from "../src/extract/ner/chunks.js";
import { CLUSTERS_FILE, loadWordClusters } from "../src/extract/ner/clusters.js";
import { buildWordClusters } from "../src/extract/ner/clusters-build.js";
import {
  buildAnergazetTsv,
  loadAnercorpSplit,
  splitTrainDev,
  toTrainSentence,
} from "../src/extract/ner/dataset.js";
import { type FeatureResources, LEXICAL_TEMPLATES } from "../src/extract/ner/features.js";
import { GAZETTEER_FILE, PLACES_FILE, parseGazetteer } from "../src/extract/ner/gazetteer.js";
import { LABELS } from "../src/extract/ner/labels.js";
import { blocksOf, MEMORY_BLOCK, memoryCodes } from "../src/extract/ner/memory.js";
import {
  MODEL_FILE,
  modelFromParams,
  type NerModel,
  serializeModel,
  tagDocument,
  tagSentence,
  tagWords,
} from "../src/extract/ner/model.js";
import { buildPlacesTsv } from "../src/extract/ner/places-lexicon.js";
import { type TrainedParams, type TrainSentence, trainPerceptron } from "../src/extract/ner/train.js";
import { meanAbs, penaliseO, tuneOPenalty } from "../src/extract/ner/tune.js";

const { values: args } = parseArgs({
  options: {
    epochs: { type: "string", default: "16" },
    bits: { type: "string", default: "19" },
    dropout: { type: "string", default: "0.5" },
    "no-gazetteer": { type: "boolean", default: false },
    "no-clusters": { type: "boolean", default: false },
    "no-tune": { type: "boolean", default: false },
    "no-memory": { type: "boolean", default: false },
    folds: { type: "string", default: "3" },
    "memory-dropout": { type: "string", default: "0.3" },
    clusters: { type: "boolean", default: false },
    out: { type: "string", default: dataPath(MODEL_FILE) },
  },
});

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)}s`;
const split = loadAnercorpSplit();
const gazetteerText = buildAnergazetTsv();
const placesText = buildPlacesTsv(split.train);
writeFileSync(dataPath(GAZETTEER_FILE), gazetteerText);
writeFileSync(dataPath(PLACES_FILE), placesText);
if (args.clusters || !existsSync(dataPath(CLUSTERS_FILE))) {
  if (!args["no-clusters"]) writeFileSync(dataPath(CLUSTERS_FILE), buildWordClusters());
}

const resources: FeatureResources = {
  gazetteer: args["no-gazetteer"] ? null : parseGazetteer(`${gazetteerText}\n${placesText}`),
  clusters: args["no-clusters"] ? null : loadWordClusters(),
  bits: Number(args.bits),
};
const useMemory = !args["no-memory"];
const baseTrain = split.train.map(toTrainSentence);
console.log(
  `train ${baseTrain.length} sentences / ${baseTrain.reduce((n, s) => n + s.words.length, 0)} tokens; ` +
    `dev ${split.dev.length} sentences; gazetteer ${resources.gazetteer?.size ?? 0}; clusters ${resources.clusters?.size ?? 0}`,
);

function toModel(params: TrainedParams, notes: Record<string, unknown> = {}): NerModel {
  return modelFromParams(params, resources, {
    trainedAt: new Date().toISOString().slice(0, 10),
    notes: { data: "ANERcorp CAMeL Lab train split, first 90% of sentences", ...notes },
  });
}

const dropout = { rate: Number(args.dropout), templates: LEXICAL_TEMPLATES };
const memoryDropout = useMemory ? Number(args["memory-dropout"]) : 0;
const trainOn = (
  sentences: readonly TrainSentence[],
  epochs: number,
  onEpoch?: (e: number, p: TrainedParams) => void,
) =>
  trainPerceptron(sentences, {
    epochs,
    resources,
    dropout,
    memoryDropout,
    ...(onEpoch ? { onEpoch: (e: number, p: TrainedParams) => onEpoch(e, p) } : {}),
  });

/** Tags sentences as the shipped tagger does: in blocks, two passes when the model has memory. */
function decode(model: NerModel, sentences: readonly (readonly string[])[]): Uint8Array[] {
  if (!useMemory) return sentences.map((words) => tagWords(model, words));
  return blocksOf(sentences).flatMap((block) => tagDocument(model, block));
}

/**
 * Memory codes for the training sentences from first-pass labels that the sentences' own training did
 * not produce: each of `folds` contiguous parts is tagged by a memory-free model trained on the others.
 */
function jackknifeMemory(
  sentences: readonly TrainSentence[],
  folds: number,
  epochs: number,
): TrainSentence[] {
  const labels: Uint8Array[] = new Array(sentences.length);
  for (let f = 0; f < folds; f++) {
    const from = Math.floor((f * sentences.length) / folds);
    const to = Math.floor(((f + 1) * sentences.length) / folds);
    const rest = [...sentences.slice(0, from), ...sentences.slice(to)];
    const params = trainPerceptron(rest, { epochs, resources, dropout });
    const model = toModel(params);
    for (let s = from; s < to; s++) labels[s] = tagWords(model, sentences[s]!.words);
    console.log(`jackknife fold ${f + 1}/${folds} (${elapsed()})`);
  }
  const out: TrainSentence[] = [];
  for (let b = 0; b < sentences.length; b += MEMORY_BLOCK) {
    const block = sentences.slice(b, b + MEMORY_BLOCK);
    const codes = memoryCodes(
      block.map((s) => s.words),
      labels.slice(b, b + MEMORY_BLOCK),
    );
    block.forEach((s, k) => {
      out.push({ ...s, memory: codes[k]! });
    });
  }
  return out;
}

const train = useMemory ? jackknifeMemory(baseTrain, Number(args.folds), 10) : baseTrain;

/** Round 1: epochs and O-penalty chosen on the last 10% of TRAIN. */
function tune(): { epochs: number; step: number } {
  const cut = splitTrainDev(split.train).train.length;
  const held = split.train.slice(cut);
  const heldWords = held.map((s) => toTrainSentence(s).words);
  const gold = held.map((s) => s.tags);
  let best = { epochs: Number(args.epochs), step: 0, f1: -1 };
  trainOn(train.slice(0, cut), Number(args.epochs), (epoch, params) => {
    const model = toModel(params);
    const { step, f1 } = tuneOPenalty(params.transitions, gold, (transitions) =>
      decode({ ...model, transitions }, heldWords),
    );
    console.log(
      `tune epoch ${epoch}: held-out-train F1 ${(100 * f1).toFixed(2)} at O-penalty ${step} (${elapsed()})`,
    );
    if (f1 > best.f1) best = { epochs: epoch, step, f1 };
  });
  return best;
}

const chosen = args["no-tune"] ? { epochs: Number(args.epochs), step: 0 } : tune();
console.log(`chosen: ${chosen.epochs} epochs, O-penalty ${chosen.step} × mean |transition|`);
const params = trainOn(train, chosen.epochs);
const penalty = chosen.step * meanAbs(params.transitions);
const model = toModel(
  { weights: params.weights, transitions: penaliseO(params.transitions, penalty) },
  { epochs: chosen.epochs, oPenalty: chosen.step, dropout: dropout.rate, memory: useMemory },
);
const data = serializeModel(model);
writeFileSync(args.out, data);

const devWords = split.dev.map((s) => toTrainSentence(s).words);
const devScore = (m: NerModel) =>
  evaluate(
    split.dev.map((s) => s.tags),
    decode(m, devWords).map((ids) => Array.from(ids, (id) => LABELS[id]!)),
  );
console.log(`dev without O-penalty: F1 ${(100 * devScore(toModel(params)).overall.f1).toFixed(2)}`);
console.log(
  `dev sentence by sentence (no memory): F1 ${(
    100 *
      evaluate(
        split.dev.map((s) => s.tags),
        devWords.map((w) => tagSentence(model, w)),
      ).overall.f1
  ).toFixed(2)}`,
);
console.log(formatEvaluation(devScore(model)));
console.log(`wrote ${args.out}: ${(data.length / 1e6).toFixed(2)} MB in ${elapsed()}`);
