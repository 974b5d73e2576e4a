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
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = ALLOWED[y] ? trans[y]! + emit[y]! : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const row = (p + 1) * L + y;
        if (!ALLOWED[row]) continue;
        const s = score[prevBase + p]! + trans[row]!;
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
