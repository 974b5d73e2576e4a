import { describe, expect, it } from "vitest";
import { collectSpans, spanViolations } from "./span-walker.js";

describe("span walker", () => {
  const text = "قوات النظام في حلب";

  it("finds spans at any depth and reports each kind of violation", () => {
    const spans = collectSpans({
      places: [{ start: 15, end: 18, text: "حلب" }],
      nested: { deep: [{ start: 0, end: 4, text: "قوات" }] },
      bad: [
        { start: 0, end: 4, text: "خطأ" },
        { start: 10, end: 99 },
        { start: 5, end: 2 },
      ],
    });
    expect(spans.map((s) => s.path)).toEqual([
      "$.places.0",
      "$.nested.deep.0",
      "$.bad.0",
      "$.bad.1",
      "$.bad.2",
    ]);
    const problems = spanViolations(text, spans);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain("$.bad.0");
  });
});
