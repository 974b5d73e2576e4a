import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createContext } from "../../core/context.js";
import { createDoc } from "../../core/document.js";
import { applyStage } from "../../core/pipeline.js";
import { normalizeText } from "../../text/normalize.js";
import { numbersStage } from "../numbers/numbers-stage.js";
import { datesStage } from "./dates-stage.js";

/** Arabic-looking strings: date and number words, digits, marks and punctuation in any order. */
const pieces = [
  "أمس",
  "السبت",
  "الـ",
  "19",
  "من",
  "أيار",
  "/",
  "مايو",
  "الجاري",
  "منذ",
  "36",
  "ساعة",
  "قرابة",
  "1,000",
  "عنصر",
  "عشرات",
  "الحافلات",
  "بين",
  "و",
  "٣٫٥",
  "%",
  "(",
  ")",
  "هـ",
  "1439",
  "ليل",
  "–",
  "الأحد",
  "ً",
  "ـ",
  "\u200f",
  "عام",
  "2018م",
  "ثلاثة",
  "آلاف",
  "وخمسمائة",
  "،",
  "\n",
  "بتاريخ",
  "12/5/2018",
  "رقم",
];
const arabicish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...pieces),
      fc.string({ maxLength: 4 }),
      fc.string({ unit: "grapheme", maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(" "));

function run(text: string, publishedAt: string | null) {
  const doc = createDoc("p", text, { source: null, url: null, publishedAt });
  const ctx = createContext();
  const withNorm = { ...doc, layers: { normalized: normalizeText(text) } };
  return applyStage(applyStage(withNorm, datesStage, ctx), numbersStage, ctx);
}

describe("dates and numbers on any input", () => {
  it("return spans inside the text whose text is the slice, and never throw", () => {
    fc.assert(
      fc.property(arabicish, fc.constantFrom(null, "2018-05-20", "2020-02-29T10:00:00Z"), (text, pub) => {
        const doc = run(text, pub);
        for (const span of [...(doc.layers.dates ?? []), ...(doc.layers.numbers ?? [])]) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
          expect(span.text).toBe(text.slice(span.start, span.end));
        }
      }),
      { numRuns: 300 },
    );
  });
  it("survives arbitrary unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const doc = run(text, "2018-05-20");
        for (const span of doc.layers.dates ?? []) expect(span.text).toBe(text.slice(span.start, span.end));
      }),
      { numRuns: 300 },
    );
  });
});
