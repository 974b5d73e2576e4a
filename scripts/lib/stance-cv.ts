import type { PairFeatures } from "../../src/link/stance/features.js";
import type { DocFreq } from "../../src/link/stance/idf.js";
import { argmaxWithOffsets, scoreStances, tuneOffsets } from "../../src/link/stance/metrics.js";
import { DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "../../src/link/stance/train.js";
import { type StancePair, splitFolds } from "./stance-data.js";
import { featuresOf, fitModel, logitRows, trainingDocFreq, type WordCache } from "./stance-fit.js";

/** What cross-validation inside the training folds chose, without looking at the tuning fold. */
export interface CrossValidation {
  readonly options: TrainOptions;
  readonly offsets: Float64Array;
  /** Macro-F1 of the out-of-fold predictions with those offsets (optimistic: the offsets were tuned on them). */
  readonly outOfFoldMacroF1: number;
}

interface HeldOutSplit {
  readonly train: readonly StancePair[];
  readonly test: readonly StancePair[];
  readonly freq: DocFreq;
  readonly trainFeatures: readonly PairFeatures[];
  readonly testFeatures: readonly PairFeatures[];
}

/**
 * Leave-one-fold-out over `folds`: each setting of `grid` is trained on all folds but one and predicts the
 * one left out; the per-class offsets are tuned on the pooled out-of-fold logits, and the setting with the
 * best out-of-fold macro-F1 wins. Gives the honest figure: settings and offsets that never saw the tuning fold.
 */
export function crossValidate(
  pairs: readonly StancePair[],
  folds: readonly number[],
  grid: readonly Partial<TrainOptions>[],
  cache: WordCache,
  hashBits: number,
  log: (message: string) => void,
): CrossValidation {
  const splits: HeldOutSplit[] = folds.map((held) => {
    const split = splitFolds(
      pairs,
      held,
      folds.filter((f) => f !== held),
    );
    const freq = trainingDocFreq(split.train, cache);
    return {
      train: split.train,
      test: split.test,
      freq,
      trainFeatures: featuresOf(split.train, freq, hashBits, cache),
      testFeatures: featuresOf(split.test, freq, hashBits, cache),
    };
  });
  let best: CrossValidation | undefined;
  for (const change of grid) {
    const options = { ...DEFAULT_TRAIN_OPTIONS, ...change };
    const rows: Float64Array[] = [];
    const gold: number[] = [];
    for (const split of splits) {
      const model = fitModel(split.train, split.trainFeatures, split.freq, options);
      rows.push(...logitRows(model, split.testFeatures));
      gold.push(...split.test.map((p) => p.label));
    }
    const offsets = tuneOffsets(rows, gold);
    const macro = scoreStances(
      gold,
      rows.map((z) => argmaxWithOffsets(z, offsets)),
    ).macroF1;
    log(`cv ${JSON.stringify(change)}: out-of-fold macro-F1 ${macro.toFixed(3)}`);
    if (!best || macro > best.outOfFoldMacroF1) best = { options, offsets, outOfFoldMacroF1: macro };
  }
  if (!best) throw new Error("crossValidate: empty grid");
  return best;
}
