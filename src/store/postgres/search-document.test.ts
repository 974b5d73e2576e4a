import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../text/normalize.js";
import { searchDocument, searchQuery, TsvectorSize } from "./search-document.js";

const n = normalizeArabic;

describe("searchDocument", () => {
  it("indexes normalised words cut as FTS5 cuts them, and their clitic variants", () => {
    const doc = searchDocument("قصفٌ، على غارة-جوية وبالحسكة (12 قتيلاً)");
    expect(doc.words).toBe(n("قصف على غارة جوية وبالحسكة 12 قتيلا"));
    expect(doc.variants).toBe(n("بالحسكة الحسكة حسكة"));
  });

  it("keeps words and variants within the tsvector budget, cut at a word", () => {
    const text = Array.from({ length: 50 }, (_, i) => `وبالمدينة${i}`).join(" ");
    const doc = searchDocument(text, 300);
    // Each distinct word costs its 19 or 20 bytes + 3 + 2 for its one position: 12 words fit in 300.
    expect(doc.words.split(" ")).toEqual(Array.from({ length: 12 }, (_, i) => n(`وبالمدينة${i}`)));
    expect(doc.variants).toBe("");
    expect(searchDocument(text).words.split(" ").length).toBe(50);
  });
});

describe("TsvectorSize", () => {
  it("charges a repeated word its position only, and stops at the first word that does not fit", () => {
    const size = new TsvectorSize(20);
    expect(size.takeWhileFits(["ab", "ab", "ab"])).toEqual(["ab", "ab", "ab"]); // 7 + 2 + 2
    expect(size.takeWhileFits(["cd", "efghijkl", "ab"])).toEqual(["cd"]); // 11 + 7 = 18; 13 more would not fit
    expect(size.takeWhileFits(["ab"])).toEqual(["ab"]); // 20
    expect(size.takeWhileFits(["ab"])).toEqual([]);
  });
});

describe("searchQuery", () => {
  it("keeps operators and quotes as plain words for plainto_tsquery", () => {
    expect(searchQuery(`"مسئول" & !الأسد | <-> 'x'`)).toEqual({
      terms: [n("مسؤول"), n("الاسد"), "x"],
      text: `${n("مسؤول")} ${n("الاسد")} x`,
    });
    expect(searchQuery(" :* () ")).toEqual({ terms: [], text: "" });
  });
});
