import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunksOf, evaluate, labelChunks } from "./chunks.js";
import { LABELS, NUM_LABELS } from "./labels.js";

describe("chunksOf (conlleval rules)", () => {
  it("reads B-/I- runs as typed spans", () => {
    expect(chunksOf(["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC"])).toEqual([
      { start: 0, end: 2, type: "PERS" },
      { start: 3, end: 4, type: "LOC" },
      { start: 4, end: 6, type: "LOC" },
    ]);
  });

  it("starts a chunk at an I- after O or after another type, as conlleval does", () => {
    expect(chunksOf(["O", "I-ORG", "I-LOC"])).toEqual([
      { start: 1, end: 2, type: "ORG" },
      { start: 2, end: 3, type: "LOC" },
    ]);
  });
});

describe("labelChunks", () => {
  it("reads label ids exactly as chunksOf reads their tags, valid IOB2 or not", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: NUM_LABELS - 1 }), { maxLength: 12 }), (ids) => {
        const tags = ids.map((id) => LABELS[id]!);
        expect(labelChunks(Uint8Array.from(ids))).toEqual(chunksOf(tags));
      }),
      { numRuns: 500 },
    );
  });
});

describe("evaluate", () => {
  it("counts exact spans only", () => {
    const gold = [["B-PERS", "I-PERS", "O", "B-LOC"]];
    const pred = [["B-PERS", "O", "O", "B-LOC"]];
    const ev = evaluate(gold, pred);
    expect(ev.byType.LOC).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(ev.byType.PERS).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(ev.overall.precision).toBe(0.5);
    expect(ev.overall.recall).toBe(0.5);
    expect(ev.tokenAccuracy).toBe(0.75);
  });
});
