import { evaluate } from "./chunks.js";
import { LABELS, NUM_LABELS } from "./labels.js";

const L = NUM_LABELS;

/**
 * The same transitions with `penalty` taken off every move into `O`: a constant handicap on `O` at each
 * word, i.e. a recall/precision knob that needs no change to the model format or the decoder.
 */
export function penaliseO(transitions: Float32Array, penalty: number): Float32Array {
  const out = transitions.slice();
  for (let prev = 0; prev <= L; prev++) out[prev * L]! -= penalty;
  return out;
}

/** Penalties tried, as fractions of the mean absolute transition weight (weights have no fixed unit). */
const GRID = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.2, 1.5];

/**
 * The O-penalty that maximises span F1 on held-out sentences (a slice of TRAIN, never dev).
 * `decode(transitions)` tags every held-out sentence with the given transitions.
 */
export function tuneOPenalty(
  transitions: Float32Array,
  gold: readonly (readonly string[])[],
  decode: (transitions: Float32Array) => readonly Uint8Array[],
): { step: number; penalty: number; f1: number } {
  const unit = meanAbs(transitions);
  let best = { step: 0, penalty: 0, f1: -1 };
  for (const step of GRID) {
    const pred = decode(penaliseO(transitions, step * unit)).map((ids) =>
      Array.from(ids, (id) => LABELS[id]!),
    );
    const f1 = evaluate(gold, pred).overall.f1;
    if (f1 > best.f1) best = { step, penalty: step * unit, f1 };
  }
  return best;
}

export function meanAbs(values: Float32Array): number {
  let sum = 0;
  for (const v of values) sum += Math.abs(v);
  return values.length > 0 ? sum / values.length : 0;
}
