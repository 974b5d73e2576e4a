import { type DocFreq, type DocFreqJson, docFreqFromJson, docFreqToJson } from "./idf.js";

/** The four stances of the spec, in the order of the model's weight rows. */
export const STANCES = ["agree", "disagree", "discuss", "unrelated"] as const;
export type Stance = (typeof STANCES)[number];

/**
 * A multinomial logistic regression over standardised dense features and hashed binary features, with
 * per-class offsets that set the operating point, and the document frequencies its features need.
 */
export interface StanceModel {
  readonly hashBits: number;
  readonly denseNames: readonly string[];
  /** Standardisation of the dense features: (x − mean) / scale. */
  readonly mean: Float64Array;
  readonly scale: Float64Array;
  /** Weights, one row per stance: dense rows are `denseNames.length` long, sparse rows `2^hashBits`. */
  readonly dense: Float64Array;
  readonly sparse: Float32Array;
  readonly bias: Float64Array;
  /** Added to the logits at decision time (chosen on the tuning fold, not learnt). */
  readonly offsets: Float64Array;
  /** A line joins the rationale when it covers at least this share of the claim. */
  readonly rationaleCoverage: number;
  readonly freq: DocFreq;
  /** Free-form description kept with the weights: training data, date, scores. */
  readonly meta: Readonly<Record<string, unknown>>;
}

export interface FeatureVector {
  readonly dense: Float64Array;
  readonly sparse: Int32Array;
}

/** Raw class scores (logits) of one pair, without the offsets. */
export function logits(model: StanceModel, x: FeatureVector): Float64Array {
  const d = model.denseNames.length;
  const h = 1 << model.hashBits;
  const out = new Float64Array(STANCES.length);
  for (let k = 0; k < STANCES.length; k++) {
    let z = model.bias[k]!;
    for (let j = 0; j < d; j++)
      z += model.dense[k * d + j]! * ((x.dense[j]! - model.mean[j]!) / model.scale[j]!);
    for (const bucket of x.sparse) z += model.sparse[k * h + bucket]!;
    out[k] = z;
  }
  return out;
}

export function softmax(z: ArrayLike<number>): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]!);
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    out[i] = Math.exp(z[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

/** The decision: the class with the highest offset logit, and its (offset-free) probability. */
export function decide(
  model: StanceModel,
  x: FeatureVector,
): { stance: Stance; probabilities: Float64Array } {
  const z = logits(model, x);
  const probabilities = softmax(z);
  let best = 0;
  for (let k = 1; k < STANCES.length; k++) {
    if (z[k]! + model.offsets[k]! > z[best]! + model.offsets[best]!) best = k;
  }
  return { stance: STANCES[best]!, probabilities };
}

interface StanceModelJson {
  readonly format: "marsad-stance/2";
  readonly hashBits: number;
  readonly denseNames: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly dense: readonly number[];
  /**
   * The non-zero hashed weights only (few buckets are ever hit): positions into the flat k × 2^hashBits
   * array, ascending, and their values.
   */
  readonly sparseAt: readonly number[];
  readonly sparseWeights: readonly number[];
  readonly bias: readonly number[];
  readonly offsets: readonly number[];
  readonly rationaleCoverage: number;
  readonly freq: DocFreqJson;
  readonly meta: Readonly<Record<string, unknown>>;
}

const round = (values: ArrayLike<number>) => Array.from(values, (v) => Number(v.toPrecision(6)));

function nonZero(weights: Float32Array): { sparseAt: number[]; sparseWeights: number[] } {
  const sparseAt: number[] = [];
  const sparseWeights: number[] = [];
  weights.forEach((w, i) => {
    if (w === 0) return;
    sparseAt.push(i);
    sparseWeights.push(Number(w.toPrecision(6)));
  });
  return { sparseAt, sparseWeights };
}

export function modelToJson(model: StanceModel): string {
  const json: StanceModelJson = {
    format: "marsad-stance/2",
    hashBits: model.hashBits,
    denseNames: model.denseNames,
    mean: round(model.mean),
    scale: round(model.scale),
    dense: round(model.dense),
    ...nonZero(model.sparse),
    bias: round(model.bias),
    offsets: round(model.offsets),
    rationaleCoverage: model.rationaleCoverage,
    freq: docFreqToJson(model.freq),
    meta: model.meta,
  };
  return JSON.stringify(json);
}

export function modelFromJson(text: string): StanceModel {
  const json = JSON.parse(text) as StanceModelJson;
  if (json.format !== "marsad-stance/2") throw new Error(`stance model: unknown format "${json.format}"`);
  const sparse = new Float32Array(STANCES.length << json.hashBits);
  if (json.sparseAt.length !== json.sparseWeights.length)
    throw new Error("stance model: sparseAt and sparseWeights differ in length");
  json.sparseAt.forEach((at, i) => {
    if (!Number.isInteger(at) || at < 0 || at >= sparse.length)
      throw new Error(`stance model: sparse position ${at} out of range`);
    sparse[at] = json.sparseWeights[i]!;
  });
  return {
    hashBits: json.hashBits,
    denseNames: json.denseNames,
    mean: Float64Array.from(json.mean),
    scale: Float64Array.from(json.scale),
    dense: Float64Array.from(json.dense),
    sparse,
    bias: Float64Array.from(json.bias),
    offsets: Float64Array.from(json.offsets),
    rationaleCoverage: json.rationaleCoverage,
    freq: docFreqFromJson(json.freq),
    meta: json.meta,
  };
}
