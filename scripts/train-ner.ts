/**
 * Trains the NER tagger on ANERcorp (CAMeL Lab train split, last 10% of sentences held out as dev) and
 * writes data/models/ner-anercorp.bin, plus the normalised ANERGazet copy it uses as features.
 *
 *   npx tsx scripts/train-ner.ts [--epochs 12] [--bits 20] [--no-gazetteer] [--no-clusters] [--clusters]
 *
 * --clusters rebuilds data/lexicons/ner-clusters.tsv from unlabelled text first (slow; see clusters-build.ts).
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { dataPath } from "../src/core/paths.js";
import { evaluate, formatEvaluation } from "../src/extract/ner/chunks.js";
import { CLUSTERS_FILE, loadWordClusters } from "../src/extract/ner/clusters.js";
import { buildWordClusters } from "../src/extract/ner/clusters-build.js";
import { buildAnergazetTsv, loadAnercorpSplit, toTrainSentence } from "../src/extract/ner/dataset.js";
import { FEATURES_PER_TOKEN, type FeatureResources } from "../src/extract/ner/features.js";
import { GAZETTEER_FILE, PLACES_FILE, parseGazetteer } from "../src/extract/ner/gazetteer.js";
import { LABELS } from "../src/extract/ner/labels.js";
import {
  MODEL_FILE,
  MODEL_FORMAT,
  type NerModel,
  quantizeWeights,
  serializeModel,
  tagSentence,
} from "../src/extract/ner/model.js";
import { buildPlacesTsv } from "../src/extract/ner/places-lexicon.js";
import { type TrainedParams, trainPerceptron } from "../src/extract/ner/train.js";

const { values: args } = parseArgs({
  options: {
    epochs: { type: "string", default: "12" },
    bits: { type: "string", default: "20" },
    "no-gazetteer": { type: "boolean", default: false },
    "no-clusters": { type: "boolean", default: false },
    clusters: { type: "boolean", default: false },
    out: { type: "string", default: dataPath(MODEL_FILE) },
  },
});

const started = performance.now();
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
const train = split.train.map(toTrainSentence);
const devWords = split.dev.map((s) => toTrainSentence(s).words);
const devGold = split.dev.map((s) => s.tags);
console.log(
  `train ${train.length} sentences / ${train.reduce((n, s) => n + s.words.length, 0)} tokens; ` +
    `dev ${devWords.length} sentences; gazetteer ${resources.gazetteer?.size ?? 0}; clusters ${resources.clusters?.size ?? 0}`,
);

function toModel(params: TrainedParams): NerModel {
  const { weights, scale } = quantizeWeights(params.weights);
  return {
    info: {
      format: MODEL_FORMAT,
      bits: resources.bits,
      featuresPerToken: FEATURES_PER_TOKEN,
      labels: [...LABELS],
      gazetteerEntries: resources.gazetteer?.size ?? 0,
      clusterWords: resources.clusters?.size ?? 0,
      trainedAt: new Date().toISOString().slice(0, 10),
      notes: { data: "ANERcorp CAMeL Lab train split, first 90% of sentences", epochs: Number(args.epochs) },
    },
    weights,
    scale,
    transitions: params.transitions,
    resources,
  };
}

const devF1 = (model: NerModel) =>
  evaluate(
    devGold,
    devWords.map((words) => tagSentence(model, words)),
  );

const params = trainPerceptron(train, {
  epochs: Number(args.epochs),
  resources,
  onEpoch: (epoch, averaged, mistakes) => {
    const f1 = devF1(toModel(averaged)).overall.f1;
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`epoch ${epoch}: ${mistakes} sentences wrong, dev F1 ${(100 * f1).toFixed(2)} (${seconds}s)`);
  },
});
const model = toModel(params);
const data = serializeModel(model);
writeFileSync(args.out, data);
console.log(formatEvaluation(devF1(model)));
console.log(
  `wrote ${args.out}: ${(data.length / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(0)}s`,
);
