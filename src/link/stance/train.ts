import type { DocFreq } from "./idf.js";
import { type FeatureVector, STANCES, type StanceModel, softmax } from "./model.js";

export interface TrainingExample {
  readonly x: FeatureVector;
  /** Index into STANCES. */
  readonly label: number;
}

export interface TrainOptions {
  readonly hashBits: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2Dense: number;
  readonly l2Sparse: number;
  /** Class weight = (N / (K · n_class)) ^ power: 0 ignores imbalance, 1 balances it fully. */
  readonly classWeightPower: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  hashBits: 16,
  epochs: 300,
  learningRate: 0.05,
  l2Dense: 1e-3,
  l2Sparse: 3e-3,
  classWeightPower: 0.75,
};

/** Mean and spread of each dense feature over the training pairs (a constant feature keeps scale 1). */
function standardisation(
  examples: readonly TrainingExample[],
  d: number,
): { mean: Float64Array; scale: Float64Array } {
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (const { x } of examples) for (let j = 0; j < d; j++) mean[j]! += x.dense[j]! / examples.length;
  for (const { x } of examples)
    for (let j = 0; j < d; j++) scale[j]! += (x.dense[j]! - mean[j]!) ** 2 / examples.length;
  for (let j = 0; j < d; j++) scale[j] = scale[j]! > 1e-12 ? Math.sqrt(scale[j]!) : 1;
  return { mean, scale };
}

function classWeights(examples: readonly TrainingExample[], power: number): Float64Array {
  const counts = new Float64Array(STANCES.length);
  for (const e of examples) counts[e.label]!++;
  return counts.map((n) => (n === 0 ? 0 : (examples.length / (STANCES.length * n)) ** power));
}

/** Adam over one flat parameter block; state is kept per block. */
class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private t = 0;
  constructor(
    size: number,
    private readonly rate: number,
  ) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }
  step(params: Float64Array | Float32Array, grad: Float64Array): void {
    this.t++;
    const c1 = 1 - 0.9 ** this.t;
    const c2 = 1 - 0.999 ** this.t;
    for (let i = 0; i < params.length; i++) {
      const g = grad[i]!;
      if (g === 0 && this.m[i] === 0) continue;
      this.m[i] = 0.9 * this.m[i]! + 0.1 * g;
      this.v[i] = 0.999 * this.v[i]! + 0.001 * g * g;
      params[i]! -= (this.rate * (this.m[i]! / c1)) / (Math.sqrt(this.v[i]! / c2) + 1e-8);
    }
  }
}

/**
 * Fits the weights by full-batch Adam on class-weighted cross-entropy with L2. Full batches from zero
 * weights make training deterministic: the same pairs give the same model, with no seed to carry.
 */
export function trainModel(
  examples: readonly TrainingExample[],
  denseNames: readonly string[],
  freq: DocFreq,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): StanceModel {
  const k = STANCES.length;
  const d = denseNames.length;
  const h = 1 << options.hashBits;
  const { mean, scale } = standardisation(examples, d);
  const model: StanceModel = {
    hashBits: options.hashBits,
    denseNames,
    mean,
    scale,
    dense: new Float64Array(k * d),
    sparse: new Float32Array(k * h),
    bias: new Float64Array(k),
    offsets: new Float64Array(k),
    rationaleCoverage: 0.5,
    freq,
    meta: {},
  };
  const weights = classWeights(examples, options.classWeightPower);
  const standardised = examples.map(({ x }) =>
    Float64Array.from(x.dense, (v, j) => (v - mean[j]!) / scale[j]!),
  );
  const total = examples.reduce((s, e) => s + weights[e.label]!, 0);
  const optimisers = [
    new Adam(k * d, options.learningRate),
    new Adam(k * h, options.learningRate),
    new Adam(k, options.learningRate),
  ];
  const gDense = new Float64Array(k * d);
  const gSparse = new Float64Array(k * h);
  const gBias = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gDense.fill(0);
    gSparse.fill(0);
    gBias.fill(0);
    examples.forEach((example, i) => {
      const xs = standardised[i]!;
      const z = new Float64Array(k);
      for (let c = 0; c < k; c++) {
        let s = model.bias[c]!;
        for (let j = 0; j < d; j++) s += model.dense[c * d + j]! * xs[j]!;
        for (const b of example.x.sparse) s += model.sparse[c * h + b]!;
        z[c] = s;
      }
      const p = softmax(z);
      for (let c = 0; c < k; c++) {
        const g = (weights[example.label]! * (p[c]! - (c === example.label ? 1 : 0))) / total;
        gBias[c]! += g;
        for (let j = 0; j < d; j++) gDense[c * d + j]! += g * xs[j]!;
        for (const b of example.x.sparse) gSparse[c * h + b]! += g;
      }
    });
    for (let i = 0; i < gDense.length; i++) gDense[i]! += options.l2Dense * model.dense[i]!;
    for (let i = 0; i < gSparse.length; i++)
      if (model.sparse[i] !== 0 || gSparse[i] !== 0) gSparse[i]! += options.l2Sparse * model.sparse[i]!;
    optimisers[0]!.step(model.dense, gDense);
    optimisers[1]!.step(model.sparse, gSparse);
    optimisers[2]!.step(model.bias, gBias);
  }
  return model;
}
