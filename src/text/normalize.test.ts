import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeText, rawSpan } from "./normalize.js";

describe("normalizeArabic: character families", () => {
  it.each([
    ["أحمد", "احمد"],
    ["إدلب", "ادلب"],
    ["آمنة", "امنه"],
    ["ٱلرقة", "الرقه"],
    ["مسؤول", "مسءول"],
    ["مسئول", "مسءول"],
    ["مدينة", "مدينه"],
    ["مستشفى", "مستشفي"],
    ["حـــلب", "حلب"],
    ["مُسَلَّحِينَ", "مسلحين"],
    ["قصفٌ", "قصف"],
    ["ک", "ك"],
    ["ی", "ي"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeArabic(raw)).toBe(expected);
  });

  it("maps Arabic-Indic and Persian digits and the Arabic decimal and percent signs", () => {
    expect(normalizeArabic("١٢٣٤٥٦٧٨٩٠")).toBe("1234567890");
    expect(normalizeArabic("۱۲۳۴۵۶۷۸۹۰")).toBe("1234567890");
    expect(normalizeArabic("٣٫٥")).toBe("3.5");
    expect(normalizeArabic("١٬٠٠٠")).toBe("1,000");
    expect(normalizeArabic("٧٠٪")).toBe("70%");
  });

  it("expands presentation forms through NFKC", () => {
    expect(normalizeArabic("ﻻ")).toBe("لا");
    expect(normalizeArabic("ﺃ")).toBe("ا");
    expect(normalizeArabic("ﺣﻠﺐ")).toBe("حلب");
    expect(normalizeArabic("ﷲ")).toBe("الله");
  });

  it("drops zero-width and bidi marks", () => {
    expect(normalizeArabic("د\u200fمشق")).toBe("دمشق");
    expect(normalizeArabic("\u202bحمص\u202c")).toBe("حمص");
    expect(normalizeArabic("a\u200bb\u200cc\u200dd\u2066e\u2069f\ufeff\u061c")).toBe("abcdef");
  });

  it("unifies quotes and dashes", () => {
    expect(normalizeArabic("“الدولة”")).toBe('"الدوله"');
    expect(normalizeArabic("«جيش»")).toBe('"جيش"');
    expect(normalizeArabic("‘x’")).toBe("'x'");
    expect(normalizeArabic("السبت – الأحد — الاثنين")).toBe("السبت - الاحد - الاثنين");
  });

  it("lower-cases ASCII and turns unusual spaces into a plain space", () => {
    expect(normalizeArabic("ISIS\u00a0Raqqa")).toBe("isis raqqa");
  });

  it("keeps lone surrogates and astral characters as they are", () => {
    expect(normalizeArabic("حلب\ud800 \udc00إدلب 😀")).toBe("حلب\ud800 \udc00ادلب 😀");
  });
});

describe("normalizeText: offset map", () => {
  it("maps each normalised unit back to its raw character, marks included", () => {
    const raw = "قُتِلَ ٣";
    const norm = normalizeText(raw);
    expect(norm.text).toBe("قتل 3");
    // «قُ» is one normalised unit covering the letter and its damma.
    expect([norm.starts[0], norm.ends[0]]).toEqual([0, 2]);
    expect(rawSpan(norm, 0, 3)).toEqual({ start: 0, end: 6 });
    expect(rawSpan(norm, 4, 5)).toEqual({ start: 7, end: 8 });
  });

  it("lets tatweel and diacritics inside a word belong to the word's span", () => {
    const raw = "في حـــلَب اليوم";
    const norm = normalizeText(raw);
    const at = norm.text.indexOf("حلب");
    const span = rawSpan(norm, at, at + 3);
    expect(raw.slice(span.start, span.end)).toBe("حـــلَب");
  });

  it("maps every unit of an expanded ligature to the one raw character", () => {
    const raw = "ﻻ بد";
    const norm = normalizeText(raw);
    expect(norm.text).toBe("لا بد");
    expect(rawSpan(norm, 0, 1)).toEqual({ start: 0, end: 1 });
    expect(rawSpan(norm, 1, 2)).toEqual({ start: 0, end: 1 });
  });

  it("keeps every span when expansions outgrow the text, also after a longer text", () => {
    normalizeText("ب".repeat(100_000)); // leaves a long shared buffer behind
    const raw = `قال ${"ﷺ".repeat(300)} ثم`;
    const norm = normalizeText(raw);
    const expansion = "ﷺ".normalize("NFKC").length;
    expect(norm.text).toBe(`قال ${"صلي الله عليه وسلم".repeat(300)} ثم`);
    expect(norm.starts).toHaveLength(norm.text.length);
    const last = 4 + 300 * expansion - 1;
    expect([norm.starts[last], norm.ends[last]]).toEqual([4 + 299, 4 + 300]);
    expect([norm.starts[last + 2], norm.ends[last + 2]]).toEqual([raw.length - 2, raw.length - 1]);
  });

  it("skips dropped marks: a span never starts on a bidi control", () => {
    const raw = "\u200fدرعا";
    const norm = normalizeText(raw);
    expect(rawSpan(norm, 0, norm.text.length)).toEqual({ start: 1, end: 5 });
  });

  it("gives empty spans at the right place", () => {
    const norm = normalizeText("ab");
    expect(rawSpan(norm, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(rawSpan(norm, 2, 2)).toEqual({ start: 2, end: 2 });
    expect(rawSpan(normalizeText(""), 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

/** Strings mixing Arabic, marks, digits, presentation forms, bidi marks, quotes and arbitrary units. */
const arabicish = fc
  .array(
    fc.oneof(
      fc.constantFrom(..."أإآٱؤئةىـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲٫٬٪ﻻﺃﷲﷺ\u200f\u200b\u202b\u202c“”«»–—\u00a0 \n.،؟"),
      fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xfb50, max: 0xfeff }).map((c) => String.fromCharCode(c)),
      fc.string({ maxLength: 2, unit: "binary" }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("normalizeText: properties", () => {
  it("maps every normalised span to an ordered raw span inside the text", () => {
    fc.assert(
      fc.property(arabicish, fc.nat(), fc.nat(), (raw, a, b) => {
        const norm = normalizeText(raw);
        const n = norm.text.length;
        expect(norm.starts.length).toBe(n);
        expect(norm.ends.length).toBe(n);
        for (let i = 0; i < n; i++) {
          expect(norm.starts[i]!).toBeGreaterThanOrEqual(0);
          expect(norm.starts[i]!).toBeLessThan(norm.ends[i]!);
          expect(norm.ends[i]!).toBeLessThanOrEqual(raw.length);
          if (i > 0) expect(norm.starts[i]!).toBeGreaterThanOrEqual(norm.starts[i - 1]!);
        }
        const start = n === 0 ? 0 : a % (n + 1);
        const end = start + (n === 0 ? 0 : b % (n - start + 1));
        const span = rawSpan(norm, start, end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.end).toBeLessThanOrEqual(raw.length);
      }),
      { numRuns: 300 },
    );
  });

  it("normalizeArabic(s) === normalizeText(s).text for any string", () => {
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string({ unit: "binary" })), (raw) => {
        expect(normalizeArabic(raw)).toBe(normalizeText(raw).text);
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(arabicish, (raw) => {
        const once = normalizeArabic(raw);
        expect(normalizeArabic(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe("normalisation corner cases found in review", () => {
  it("keeps presentation-form characters that NFKC leaves unchanged", () => {
    expect(normalizeArabic("﴿قال﴾")).toBe("﴿قال﴾");
  });

  it("attaches a diacritic to its letter across an invisible bidi mark", () => {
    const raw = "ب\u200fَ ت";
    const norm = normalizeText(raw);
    expect(norm.text).toBe("ب ت");
    expect(raw.slice(norm.starts[0], norm.ends[0])).toBe("ب\u200fَ");
  });

  it("does not attach a mark across a space", () => {
    const norm = normalizeText("ب َت");
    expect(norm.text).toBe("ب ت");
    expect(norm.ends[0]).toBe(1);
  });
});
