import { DENSE_FEATURES, type PairFeatures, pairFeatures } from "../../src/link/stance/features.js";
import { countDocFreq, type DocFreq } from "../../src/link/stance/idf.js";
import { logits, type StanceModel } from "../../src/link/stance/model.js";
import { articleLines, type LineWords, lineWords } from "../../src/link/stance/text.js";
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions, trainModel } from "../../src/link/stance/train.js";
import { type StancePair, textKey } from "./stance-data.js";

/** Word analysis of each distinct article and claim, done once however many pairs and settings use it. */
export class WordCache {
  private readonly articles = new Map<string, LineWords[]>();
  private readonly claims = new Map<string, LineWords>();

  lines(article: string): LineWords[] {
    const key = textKey(article);
    let lines = this.articles.get(key);
    if (!lines) {
      lines = articleLines(article);
      this.articles.set(key, lines);
    }
    return lines;
  }

  claim(text: string): LineWords {
    let words = this.claims.get(text);
    if (!words) {
      words = lineWords(text);
      this.claims.set(text, words);
    }
    return words;
  }
}

/** Document frequencies over the distinct training articles only. */
export function trainingDocFreq(pairs: readonly StancePair[], cache: WordCache): DocFreq {
  const distinct = new Map(pairs.map((p) => [textKey(p.article), p.article]));
  return countDocFreq([...distinct.values()].map((a) => cache.lines(a).flatMap((l) => l.content)));
}

export function featuresOf(
  pairs: readonly StancePair[],
  freq: DocFreq,
  hashBits: number,
  cache: WordCache,
): PairFeatures[] {
  return pairs.map((p) => pairFeatures(cache.claim(p.claim), cache.lines(p.article), freq, hashBits));
}

/** Trains on already computed features of `pairs`. */
export function fitModel(
  pairs: readonly StancePair[],
  features: readonly PairFeatures[],
  freq: DocFreq,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): StanceModel {
  const examples = features.map((x, i) => ({ x, label: pairs[i]!.label }));
  return trainModel(examples, DENSE_FEATURES, freq, options);
}

export function logitRows(model: StanceModel, features: readonly PairFeatures[]): Float64Array[] {
  return features.map((x) => logits(model, x));
}
