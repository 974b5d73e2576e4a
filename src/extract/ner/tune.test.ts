import { describe, expect, it } from "vitest";
import { NUM_LABELS } from "./labels.js";
import { meanAbs, penaliseO, tuneOPenalty } from "./tune.js";

const L = NUM_LABELS;

describe("O-penalty", () => {
  it("takes the penalty off every move into O and nothing else", () => {
    const t = new Float32Array((L + 1) * L).fill(1);
    const p = penaliseO(t, 0.5);
    for (let prev = 0; prev <= L; prev++) {
      for (let y = 0; y < L; y++) expect(p[prev * L + y]).toBe(y === 0 ? 0.5 : 1);
    }
    expect(t[0]).toBe(1); // the input is left alone
  });

  it("picks the penalty that lets a weak entity through when that raises F1", () => {
    const t = new Float32Array((L + 1) * L).fill(1);
    const gold = [["B-LOC", "O"]];
    // A stand-in decoder: the first word becomes B-LOC once O is penalised enough.
    const decode = (tr: Float32Array) => [Uint8Array.of(tr[0]! < 0.9 ? 3 : 0, 0)];
    const best = tuneOPenalty(t, gold, decode);
    expect(best.f1).toBe(1);
    expect(best.penalty).toBeGreaterThan(0);
    expect(best.penalty).toBeLessThanOrEqual(0.2 * meanAbs(t));
  });
});
