import { STANCES } from "./model.js";

export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface StanceScores {
  /** confusion[gold][predicted], indices into STANCES. */
  readonly confusion: readonly (readonly number[])[];
  readonly perClass: readonly ClassScores[];
  readonly macroF1: number;
  readonly accuracy: number;
}

/** Per-class precision, recall and F1, their macro average, accuracy and the confusion matrix. */
export function scoreStances(gold: readonly number[], predicted: readonly number[]): StanceScores {
  const k = STANCES.length;
  const confusion = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  gold.forEach((g, i) => {
    confusion[g]![predicted[i]!]!++;
  });
  const perClass = STANCES.map((_, c) => {
    const tp = confusion[c]![c]!;
    const support = confusion[c]!.reduce((s, n) => s + n, 0);
    const predictedAs = confusion.reduce((s, row) => s + row[c]!, 0);
    const precision = predictedAs === 0 ? 0 : tp / predictedAs;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, support };
  });
  const correct = confusion.reduce((s, row, c) => s + row[c]!, 0);
  return {
    confusion,
    perClass,
    macroF1: perClass.reduce((s, c) => s + c.f1, 0) / k,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
  };
}

/** Index of the best offset-adjusted logit. */
export function argmaxWithOffsets(z: ArrayLike<number>, offsets: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < z.length; c++) if (z[c]! + offsets[c]! > z[best]! + offsets[best]!) best = c;
  return best;
}

const OFFSET_GRID = Array.from({ length: 41 }, (_, i) => -4 + i * 0.2);

/**
 * Per-class logit offsets that maximise macro-F1 on a tuning set: coordinate ascent over a grid, the
 * "unrelated" offset fixed at 0 (only differences matter). Ties keep the smaller change.
 */
export function tuneOffsets(
  logitRows: readonly Float64Array[],
  gold: readonly number[],
  rounds = 3,
): Float64Array {
  const offsets = new Float64Array(STANCES.length);
  const macro = () =>
    scoreStances(
      gold,
      logitRows.map((z) => argmaxWithOffsets(z, offsets)),
    ).macroF1;
  let best = macro();
  for (let round = 0; round < rounds; round++) {
    for (let c = 0; c < STANCES.length - 1; c++) {
      let bestValue = offsets[c]!;
      for (const value of OFFSET_GRID) {
        offsets[c] = value;
        const score = macro();
        if (
          score > best + 1e-12 ||
          (Math.abs(score - best) <= 1e-12 && Math.abs(value) < Math.abs(bestValue))
        ) {
          best = score;
          bestValue = value;
        }
      }
      offsets[c] = bestValue;
    }
  }
  return offsets;
}
