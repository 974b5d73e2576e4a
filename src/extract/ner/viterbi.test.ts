import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedTransition, LABELS, labelId, NUM_LABELS } from "./labels.js";
import { viterbi } from "./viterbi.js";

const L = NUM_LABELS;

function isValidIob2(labels: Uint8Array): boolean {
  return labels.every((y, i) => allowedTransition(i === 0 ? -1 : labels[i - 1]!, y));
}

describe("viterbi", () => {
  it("never puts I- after O, even when the emissions ask for it", () => {
    const n = 3;
    const emit = new Float32Array(n * L);
    emit[0 * L + labelId("O")] = 50;
    emit[1 * L + labelId("B-PERS")] = 1;
    emit[1 * L + labelId("I-PERS")] = 10; // alone, this would be I-PERS after O
    emit[2 * L + labelId("I-PERS")] = 10;
    const out = viterbi(emit, new Float32Array((L + 1) * L), n);
    expect(isValidIob2(out)).toBe(true);
    // The best valid reading turns the run into B-PERS I-PERS.
    expect(Array.from(out, (y) => LABELS[y])).toEqual(["O", "B-PERS", "I-PERS"]);
  });

  it("never starts a sentence with I-", () => {
    const emit = new Float32Array(L);
    emit[labelId("I-LOC")] = 100;
    expect(LABELS[viterbi(emit, new Float32Array((L + 1) * L), 1)[0]!]).not.toMatch(/^I-/);
  });

  it("returns valid IOB2 for any scores", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: n * L, maxLength: n * L }),
            fc.array(fc.float({ min: -10, max: 10, noNaN: true }), {
              minLength: (L + 1) * L,
              maxLength: (L + 1) * L,
            }),
          ),
        ),
        ([n, emit, trans]) => isValidIob2(viterbi(Float32Array.from(emit), Float32Array.from(trans), n)),
      ),
      { numRuns: 200 },
    );
  });

  it("handles an empty sentence", () => {
    expect(viterbi(new Float32Array(0), new Float32Array((L + 1) * L), 0).length).toBe(0);
  });
});
