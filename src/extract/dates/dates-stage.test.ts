import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createContext } from "../../core/context.js";
import { createDoc } from "../../core/document.js";
import { sharedDataPath } from "../../core/paths.js";
import { applyStage, createPipeline } from "../../core/pipeline.js";
import { normalizeArabic, normalizeText } from "../../text/normalize.js";
import { numbersStage } from "../numbers/numbers-stage.js";
import { monthEntries, WEEKDAYS } from "./date-lexicon.js";
import { datesStage } from "./dates-stage.js";
import { months, weekdays } from "./tables.js";

function analyse(text: string, publishedAt: string | null) {
  const doc = {
    ...createDoc("t", text, { source: null, url: null, publishedAt }),
    layers: { normalized: normalizeText(text) },
  };
  const ctx = createContext();
  return applyStage(applyStage(doc, datesStage, ctx), numbersStage, ctx);
}

describe("datesStage and numbersStage", () => {
  it("need only the normalised layer", () => {
    expect(() => createPipeline([datesStage, numbersStage], ["normalized"])).not.toThrow();
  });
  it("report raw spans, diagnostics and no numbers inside dates", () => {
    const text = "قُتِلَ ١٢ مدنياً يومَ الثلاثاء ١٩ أيّار ٢٠١٨ في ريف حلب، وأصيب نحو عشرين آخرين";
    const doc = analyse(text, "2018-05-25");
    const date = doc.layers.dates![0]!;
    expect(date).toMatchObject({ value: "2018-05-19", text: "يومَ الثلاثاء ١٩ أيّار ٢٠١٨" });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(["weekday_mismatch"]);
    expect(doc.layers.numbers!.map((n) => [n.text, n.value, n.counts])).toEqual([
      ["١٢ مدنياً", 12, "civilians"],
      ["نحو عشرين", 20, null],
    ]);
  });
  it("gets the reference reports right", () => {
    const path = sharedDataPath("seeds", "seeds.jsonl");
    if (!existsSync(path)) return;
    const seeds = readFileSync(path, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; text: string; published_at: string | null });
    const s0 = seeds.find((s) => s.id === "seed-000")!;
    const d0 = analyse(s0.text, s0.published_at);
    expect(d0.layers.dates!.map((d) => d.value)).toContain("2018-05-21");
    expect(
      d0.layers.numbers!.some((n) => n.text === "أقل من 70%" && n.value === 70 && n.counts === null),
    ).toBe(true);
    expect(d0.layers.dates!.some((d) => d.text.includes("70"))).toBe(false);
    const s4 = seeds.find((s) => s.id === "seed-004")!;
    const d4 = analyse(s4.text, s4.published_at ?? null);
    const thursday = d4.layers.dates!.filter((d) => d.text === "الخميس");
    expect(thursday.length).toBeGreaterThan(0);
    for (const d of thursday) expect(d).toMatchObject({ resolved: false, value: null });
    expect(d4.diagnostics.some((d) => d.code === "date_unanchored")).toBe(true);
  });
});

describe("lexicons", () => {
  it("are normalised on load, so every spelling of a name matches", () => {
    for (const [name] of monthEntries()) {
      const words = normalizeArabic(name)
        .split(" ")
        .map((t, k) => ({ s: k, e: k + 1, t, k: "ar" as const }));
      expect(months.match(words, 0), name).not.toBeNull();
    }
    for (const [name] of WEEKDAYS) expect(weekdays.has(normalizeArabic(name)), name).toBe(true);
    expect(weekdays.has("الأحد")).toBe(false); // the raw spelling is not a key: only the normalised one is
  });
});
