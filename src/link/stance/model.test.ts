import { describe, expect, it } from "vitest";
import { countDocFreq } from "./idf.js";
import { modelFromJson, modelToJson, type StanceModel } from "./model.js";

function tinyModel(): StanceModel {
  const sparse = new Float32Array(4 << 3);
  sparse[5] = 0.25;
  sparse[30] = -1.5;
  return {
    hashBits: 3,
    denseNames: ["a", "b"],
    mean: Float64Array.from([0.5, 1]),
    scale: Float64Array.from([1, 2]),
    dense: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8]),
    sparse,
    bias: Float64Array.from([0.1, 0.2, 0.3, 0.4]),
    offsets: Float64Array.from([0, -0.4, 1.2, 0]),
    rationaleCoverage: 0.4,
    freq: countDocFreq([["غار", "قصف"], ["قصف"]], 1),
    meta: { note: "test" },
  };
}

describe("stance model file", () => {
  it("round-trips weights, offsets and document frequencies, storing only non-zero hashed weights", () => {
    const model = tinyModel();
    const text = modelToJson(model);
    expect(JSON.parse(text).sparseAt).toEqual([5, 30]);
    const back = modelFromJson(text);
    expect([...back.sparse]).toEqual([...model.sparse]);
    expect([...back.dense]).toEqual([...model.dense]);
    expect([...back.offsets]).toEqual([...model.offsets]);
    expect(back.freq.df.get("قصف")).toBe(2);
    expect(back.rationaleCoverage).toBe(0.4);
  });

  it("refuses a file whose hashed weights point outside the table", () => {
    const json = JSON.parse(modelToJson(tinyModel()));
    json.sparseAt[1] = 4 << 3;
    expect(() => modelFromJson(JSON.stringify(json))).toThrow(/out of range/);
  });
});
