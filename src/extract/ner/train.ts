import { extractFeatures, FEATURES_PER_TOKEN, type FeatureResources } from "./features.js";
import { NUM_LABELS } from "./labels.js";
import { viterbi } from "./viterbi.js";

const L = NUM_LABELS;

export interface TrainSentence {
  /** Normalised words (normalizeArabic). */
  readonly words: readonly string[];
  readonly labels: Uint8Array;
  /** Document-memory codes from a first pass (memory.ts), when training the second stage. */
  readonly memory?: Uint8Array;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly resources: FeatureResources;
  readonly seed?: number;
  /**
   * Feature dropout: in training only, each listed template of each token is left out with this
   * probability, so the model cannot lean on word identity alone and learns the contexts that carry
   * over to names it has never seen.
   */
  readonly dropout?: { readonly rate: number; readonly templates: readonly number[] };
  /**
   * Share of sentences that see no memory codes in an epoch, so the model also tags well without them
   * (the first pass of tagDocument, and tagWords on a lone sentence).
   */
  readonly memoryDropout?: number;
  /** Called after each epoch with the averaged parameters so far (for progress on dev). */
  readonly onEpoch?: (epoch: number, params: TrainedParams, mistakes: number) => void;
}

export interface TrainedParams {
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

/** Float emissions for training (the shipped model uses quantised weights, see model.ts). */
function floatEmissions(w: Float32Array, feats: Int32Array, n: number, out: Float32Array): Float32Array {
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const fo = i * FEATURES_PER_TOKEN;
    const eo = i * L;
    for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
      const bucket = feats[fo + k]!;
      if (bucket < 0) continue; // dropped out
      const row = bucket * L;
      for (let y = 0; y < L; y++) out[eo + y]! += w[row + y]!;
    }
  }
  return out;
}

/** A small deterministic generator so that two training runs give the same model. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Parameters and their running sums for the averaged perceptron (Daumé's lazy averaging trick). */
class Params {
  readonly w: Float32Array;
  readonly wSum: Float32Array;
  readonly t = new Float32Array((L + 1) * L);
  readonly tSum = new Float32Array((L + 1) * L);
  step = 1;

  constructor(bits: number) {
    this.w = new Float32Array((1 << bits) * L);
    this.wSum = new Float32Array((1 << bits) * L);
  }

  /** Moves the weights towards `gold` and away from `pred` wherever they differ. */
  update(feats: Int32Array, gold: Uint8Array, pred: Uint8Array): void {
    const tau = 1;
    const c = this.step;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        const fo = i * FEATURES_PER_TOKEN;
        for (let k = 0; k < FEATURES_PER_TOKEN; k++) {
          const bucket = feats[fo + k]!;
          if (bucket < 0) continue;
          const row = bucket * L;
          this.w[row + g]! += tau;
          this.wSum[row + g]! += c;
          this.w[row + p]! -= tau;
          this.wSum[row + p]! -= c;
        }
      }
      const gPrev = i === 0 ? 0 : gold[i - 1]! + 1;
      const pPrev = i === 0 ? 0 : pred[i - 1]! + 1;
      if (g !== p || gPrev !== pPrev) {
        this.t[gPrev * L + g]! += tau;
        this.tSum[gPrev * L + g]! += c;
        this.t[pPrev * L + p]! -= tau;
        this.tSum[pPrev * L + p]! -= c;
      }
    }
  }

  averaged(): TrainedParams {
    const c = this.step;
    const weights = new Float32Array(this.w.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.w[i]! - this.wSum[i]! / c;
    const transitions = new Float32Array(this.t.length);
    for (let i = 0; i < transitions.length; i++) transitions[i] = this.t[i]! - this.tSum[i]! / c;
    return { weights, transitions };
  }
}

/** A copy of a sentence's buckets with some templates set to -1 (skipped), or the buckets themselves. */
function dropOut(feats: Int32Array, dropout: TrainOptions["dropout"], random: () => number): Int32Array {
  if (!dropout || dropout.rate <= 0) return feats;
  const out = feats.slice();
  for (let o = 0; o < out.length; o += FEATURES_PER_TOKEN) {
    for (const k of dropout.templates) if (random() < dropout.rate) out[o + k] = -1;
  }
  return out;
}

/** Averaged structured perceptron (Collins 2002) over hashed features with IOB2-constrained Viterbi. */
export function trainPerceptron(sentences: readonly TrainSentence[], options: TrainOptions): TrainedParams {
  const params = new Params(options.resources.bits);
  const feats = sentences.map((s) => extractFeatures(s.words, options.resources, s.memory));
  const bare = sentences.map((s, i) => (s.memory ? extractFeatures(s.words, options.resources) : feats[i]!));
  const memoryDropout = options.memoryDropout ?? 0;
  const maxLength = Math.max(1, ...sentences.map((s) => s.words.length));
  const emit = new Float32Array(maxLength * L);
  const random = mulberry32(options.seed ?? 1);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const index of order) {
      const sentence = sentences[index]!;
      const n = sentence.words.length;
      const source = memoryDropout > 0 && random() < memoryDropout ? bare : feats;
      const f = dropOut(source[index]!, options.dropout, random);
      const pred = viterbi(floatEmissions(params.w, f, n, emit), params.t, n);
      if (pred.some((y, i) => y !== sentence.labels[i])) {
        mistakes++;
        params.update(f, sentence.labels, pred);
      }
      params.step++;
    }
    options.onEpoch?.(epoch, params.averaged(), mistakes);
  }
  return params.averaged();
}
