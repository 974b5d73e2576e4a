import { describe, expect, it } from "vitest";
import { verdictOf } from "./verdict.js";

describe("verdictOf", () => {
  it("stays unverified when no article takes a side", () => {
    expect(verdictOf([])).toBe("unverified");
    expect(verdictOf([{ stance: "discuss", confidence: 0.9 }])).toBe("unverified");
  });

  it("follows the side that outweighs the other clearly", () => {
    expect(
      verdictOf([
        { stance: "agree", confidence: 0.8 },
        { stance: "discuss", confidence: 0.9 },
      ]),
    ).toBe("supported");
    expect(
      verdictOf([
        { stance: "disagree", confidence: 0.9 },
        { stance: "disagree", confidence: 0.7 },
        { stance: "agree", confidence: 0.4 },
      ]),
    ).toBe("refuted");
  });

  it("calls a claim disputed when both sides carry weight", () => {
    expect(
      verdictOf([
        { stance: "agree", confidence: 0.6 },
        { stance: "disagree", confidence: 0.5 },
      ]),
    ).toBe("disputed");
  });
});
