import { describe, expect, it } from "vitest";
import { readGold, scoreGold } from "./score-gold.js";

describe("dates and numbers gold file", () => {
  it("holds at least 250 expressions, each with expected fields", () => {
    const records = readGold();
    expect(records.length).toBeGreaterThanOrEqual(250);
    for (const r of records) {
      expect(Object.keys(r.expected).length).toBeGreaterThan(0);
      // UnifiedFC text is referenced, never stored: a short quote of the expression at most.
      if (r.source === "unifiedfc") {
        expect(r.sentence).toBeUndefined();
        expect(r.ref?.quote.length ?? 0).toBeLessThanOrEqual(40);
      }
    }
  });
  it("gets at least 95% of the expected values exactly", () => {
    const { accuracy, scored } = scoreGold();
    expect(scored).toBeGreaterThan(0);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
