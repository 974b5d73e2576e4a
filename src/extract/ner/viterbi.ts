import { allowedTransition, NUM_LABELS } from "./labels.js";

const L = NUM_LABELS;

/** `ALLOWED[(prev + 1) * L + next]`, with row 0 for the start of a sentence. */
const ALLOWED: Uint8Array = (() => {
  const table = new Uint8Array((L + 1) * L);
  for (let prev = -1; prev < L; prev++) {
    for (let next = 0; next < L; next++) table[(prev + 1) * L + next] = allowedTransition(prev, next) ? 1 : 0;
  }
  return table;
})();

/**
 * For each label y, the labels that may precede it (IOB2), flattened: `PRED[PRED_START[y] … PRED_START[y + 1])`,
 * in ascending order, so the inner loop skips no-go moves for free and breaks ties as a full scan would.
 */
const PRED_LISTS = Array.from({ length: L }, (_, y) =>
  Array.from({ length: L }, (_, p) => p).filter((p) => ALLOWED[(p + 1) * L + y]),
);
const PRED = Int32Array.from(PRED_LISTS.flat());
const PRED_START = Int32Array.from({ length: L + 1 }, (_, y) =>
  PRED_LISTS.slice(0, y).reduce((n, list) => n + list.length, 0),
);

/** The transition scores in PRED order (`moves[q]` = trans[(PRED[q] + 1) * L + y]), refilled per call: training changes them in place. */
const moves = new Float64Array(PRED.length);

function packMoves(trans: Float32Array): void {
  for (let y = 0; y < L; y++) {
    for (let q = PRED_START[y]!; q < PRED_START[y + 1]!; q++) moves[q] = trans[(PRED[q]! + 1) * L + y]!;
  }
}

/** Score and back-pointer tables, reused across calls (tagging is single-threaded and not re-entrant). */
let scoreBuffer = new Float64Array(64 * L);
let backBuffer = new Uint8Array(64 * L);

function scratch(n: number): { score: Float64Array; back: Uint8Array } {
  if (scoreBuffer.length < n * L) {
    scoreBuffer = new Float64Array(2 * n * L);
    backBuffer = new Uint8Array(2 * n * L);
  }
  return { score: scoreBuffer, back: backBuffer };
}

/**
 * Best label sequence under emission scores `emit[i * L + y]` and transition scores `trans[(prev + 1) * L + y]`
 * (row 0 = sentence start). Moves that break IOB2 are never considered, whatever their scores.
 */
export function viterbi(
  emit: Float32Array,
  trans: Float32Array,
  n: number,
  out = new Uint8Array(n),
): Uint8Array {
  if (n === 0) return out;
  const { score, back } = scratch(n);
  packMoves(trans);
  for (let y = 0; y < L; y++) score[y] = ALLOWED[y] ? trans[y]! + emit[y]! : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      const to = PRED_START[y + 1]!;
      for (let q = PRED_START[y]!; q < to; q++) {
        const p = PRED[q]!;
        const s = score[prevBase + p]! + moves[q]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + y] = best + emit[base + y]!;
      back[base + y] = arg;
    }
  }
  let last = 0;
  const lastBase = (n - 1) * L;
  for (let y = 1; y < L; y++) if (score[lastBase + y]! > score[lastBase + last]!) last = y;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * L + last]!;
  }
  return out;
}
