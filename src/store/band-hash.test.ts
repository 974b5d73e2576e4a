import { describe, expect, it } from "vitest";
import { bandHash } from "./band-hash.js";

describe("bandHash", () => {
  it("is a deterministic safe integer", () => {
    for (const band of ["", "0:1.2.3.4", "b15:ffffffff.00000000", "مفتاح"]) {
      const h = bandHash(band);
      expect(Number.isSafeInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(bandHash(band)).toBe(h);
    }
  });

  it("does not collide on 100,000 similar keys", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(bandHash(`${i % 16}:${i}.${i * 7}.${i * 13}`));
    expect(seen.size).toBe(100_000);
  });
});
