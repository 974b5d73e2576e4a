import { describe, expect, it } from "vitest";
import type { Token } from "../core/layers.js";
import { normalizeText } from "./normalize.js";
import { defaultStemLexicon } from "./stem-lexicon.js";
import { forgetAnalysedWords, tokenize } from "./tokenize.js";

function tokens(raw: string): Token[] {
  return tokenize(raw, normalizeText(raw));
}

function texts(raw: string): string[] {
  return tokens(raw).map((t) => raw.slice(t.start, t.end));
}

/** «و+ال+[حجر]»: the raw pieces of a token as proclitics, [stem] and suffixes. */
function pieces(raw: string, token: Token): string {
  if (!token.stem) return raw.slice(token.start, token.end);
  const slice = (s: { start: number; end: number }) => raw.slice(s.start, s.end);
  return [
    ...(token.prefixes ?? []).map(slice),
    `[${slice(token.stem)}]`,
    ...(token.suffixes ?? []).map(slice),
  ].join("+");
}

function split(word: string): string {
  const found = tokens(word);
  expect(found).toHaveLength(1);
  return pieces(word, found[0]!);
}

describe("tokenize: kinds and spans", () => {
  it("splits Arabic, Latin, numbers, punctuation and symbols", () => {
    const raw = "قصفت طائرات Su-24 بلدة كفرنبل، أمس؟ #سوريا";
    const found = tokens(raw);
    expect(found.map((t) => [raw.slice(t.start, t.end), t.kind])).toEqual([
      ["قصفت", "arabic"],
      ["طائرات", "arabic"],
      ["Su", "latin"],
      ["-", "punct"],
      ["24", "number"],
      ["بلدة", "arabic"],
      ["كفرنبل", "arabic"],
      ["،", "punct"],
      ["أمس", "arabic"],
      ["؟", "punct"],
      ["#", "symbol"],
      ["سوريا", "arabic"],
    ]);
  });

  it("keeps numbers whole: thousands, decimals, Arabic-Indic digits, percentages", () => {
    expect(texts("قتل 1,000 وأصيب ١٢٣ بنسبة 3.5 أو ٣٫٥ أي 70% و١٥٪")).toEqual([
      "قتل",
      "1,000",
      "وأصيب",
      "١٢٣",
      "بنسبة",
      "3.5",
      "أو",
      "٣٫٥",
      "أي",
      "70%",
      "و",
      "١٥٪",
    ]);
    expect(tokens("١٬٢٥٠")[0]).toMatchObject({ kind: "number", norm: "1,250" });
    expect(tokens("٣٫٥")[0]).toMatchObject({ kind: "number", norm: "3.5" });
  });

  it("does not take a sentence period or a list comma into a number", () => {
    expect(texts("عام 2018.")).toEqual(["عام", "2018", "."]);
    expect(texts("1,2,3")).toEqual(["1", ",", "2", ",", "3"]);
    expect(texts("12,5000")).toEqual(["12", ",", "5000"]);
  });

  it("keeps diacritics and tatweel inside the word and the span", () => {
    const raw = "مُسَلَّحُو الـــتنظيم";
    expect(texts(raw)).toEqual(["مُسَلَّحُو", "الـــتنظيم"]);
    expect(tokens(raw)[0]!.norm).toBe("مسلحو");
  });

  it("never starts a token on a bidi or zero-width mark", () => {
    const raw = "\u200fحمص \u202bدرعا\u202c";
    const found = tokens(raw);
    expect(found.map((t) => raw.slice(t.start, t.end))).toEqual(["حمص", "درعا"]);
    expect(found.map((t) => t.norm)).toEqual(["حمص", "درعا"]);
  });

  it("gives each token its normalised form", () => {
    const found = tokens("«إدلب» – ٢٠١٨ ISIS");
    expect(found.map((t) => t.norm)).toEqual(['"', "ادلب", '"', "-", "2018", "isis"]);
  });

  it("keeps presentation forms, ligatures and emoji as single tokens", () => {
    expect(texts("ﻻ ﷺ 😀!")).toEqual(["ﻻ", "ﷺ", "😀", "!"]);
    expect(tokens("ﷺ")[0]!.kind).toBe("arabic");
  });

  it("makes one token of a run of sentence-final marks", () => {
    expect(texts("ساعة.. ماذا؟! انتهى...")).toEqual(["ساعة", "..", "ماذا", "؟!", "انتهى", "..."]);
  });

  it("keeps an apostrophe inside a Latin word", () => {
    expect(texts("al-Qa'ida's")).toEqual(["al", "-", "Qa'ida's"]);
  });
});

describe("tokenize: clitics", () => {
  it.each([
    ["بمخيم", "ب+[مخيم]"],
    ["والحجر", "و+ال+[حجر]"],
    ["لحي", "ل+[حي]"],
    ["للتنظيم", "ل+ل+[تنظيم]"],
    ["وبالمخيم", "و+ب+ال+[مخيم]"],
    ["فالاشتباكات", "ف+ال+[اشتباكات]"],
    ["كالمعتاد", "ك+ال+[معتاد]"],
    ["وسيقتل", "و+س+[يقتل]"],
    ["بحلب", "ب+[حلب]"],
    ["لإدلب", "ل+[إدلب]"],
    ["والرقة", "و+ال+[رقة]"],
    ["وبريف", "و+ب+[ريف]"],
    ["للفصائل", "ل+ل+[فصائل]"],
    ["ببلدة", "ب+[بلدة]"],
    ["لقوات", "ل+[قوات]"],
  ])("splits %s as %s", (word, expected) => {
    expect(split(word)).toBe(expected);
  });

  it.each([
    "بيروت",
    "والي",
    "كتب",
    "سوريا",
    "لبنان",
    "فرنسا",
    "كان",
    "كما",
    "وزير",
    "بغداد",
    "ألمانيا",
    "الذي",
    "ذلك",
  ])("leaves %s whole", (word) => {
    const token = tokens(word)[0]!;
    expect(token.stem).toBeUndefined();
    expect(token.prefixes).toBeUndefined();
    expect(token.stemNorm).toBe(token.norm);
  });

  it("splits pronoun suffixes, but never a ta marbuta", () => {
    expect(split("عملياتنا")).toBe("[عمليات]+نا");
    expect(split("ممتلكاتهم")).toBe("[ممتلكات]+هم");
    expect(split("لرحيلهم")).toBe("ل+[رحيل]+هم");
    expect(tokens("مدينة")[0]!.suffixes).toBeUndefined();
  });

  it("gives the stem's normalised form, restoring ta marbuta before a suffix", () => {
    expect(tokens("والمعارضة")[0]!.stemNorm).toBe("معارضه");
    expect(tokens("سيارته")[0]!.stemNorm).toBe("سياره");
  });

  it("splits an unknown word only at the article («ال» with a plain alef)", () => {
    expect(split("والزمهريرات")).toBe("و+ال+[زمهريرات]");
    expect(split("بالكرنفلات")).toBe("ب+ال+[كرنفلات]");
    expect(split("وزمهريرات")).toBe("وزمهريرات");
    expect(split("ألزمهريرات")).toBe("ألزمهريرات");
  });

  it("covers diacritics and tatweel in the clitic spans", () => {
    const raw = "وَبِالمُخَيَّمِ";
    const token = tokens(raw)[0]!;
    expect(pieces(raw, token)).toBe("وَ+بِ+ال+[مُخَيَّمِ]");
    expect(token.stemNorm).toBe("مخيم");
  });

  it("keeps clitic spans contiguous, ordered and inside the token", () => {
    for (const raw of ["وللأمم", "وبالقرب", "لرحيلهم", "فسيطرت"]) {
      const token = tokens(raw)[0]!;
      const parts = [
        ...(token.prefixes ?? []),
        ...(token.stem ? [token.stem] : []),
        ...(token.suffixes ?? []),
      ];
      let at = token.start;
      for (const part of parts) {
        expect(part.start).toBe(at);
        expect(part.end).toBeGreaterThan(part.start);
        at = part.end;
      }
      if (parts.length > 0) expect(at).toBe(token.end);
    }
  });

  it("finds clitics inside running text from the seeds (seed-004)", () => {
    const raw = "عن توصل قوات\nالنظام وتنظيم الدولة بجنوب\nدمشق";
    const found = tokens(raw);
    expect(found.map((t) => pieces(raw, t))).toEqual([
      "عن",
      "توصل",
      "قوات",
      "ال+[نظام]",
      "و+[تنظيم]",
      "ال+[دولة]",
      "ب+[جنوب]",
      "دمشق",
    ]);
  });
});

describe("tokenize: analyses remembered per raw spelling", () => {
  /** Each word analysed on an empty cache: what any later sighting of the same spelling must get. */
  function alone(word: string): string {
    forgetAnalysedWords(defaultStemLexicon());
    return split(word);
  }

  it("never lends one spelling's analysis to another that normalises the same", () => {
    // ة/ه, أ/ا and ى/ي meet in normalisation, but the analysis reads the raw letter.
    const pairs = [
      ["بلدته", "بلدتة"],
      ["كتابه", "كتابة"],
      ["المانيا", "ألمانيا"],
      ["والاعتقال", "والإعتقال"],
      ["مبناه", "مبناة"],
    ];
    for (const pair of pairs) {
      const expected = pair.map(alone);
      forgetAnalysedWords(defaultStemLexicon());
      const raw = `${pair[0]} ${pair[1]} ${pair[1]} ${pair[0]}`;
      const both = tokens(raw).map((token) => pieces(raw, token));
      expect(both).toEqual([expected[0], expected[1], expected[1], expected[0]]);
    }
  });

  it("analyses a word with diacritics as its plain spelling", () => {
    forgetAnalysedWords(defaultStemLexicon());
    const raw = "بالمخيم بِالمُخَيَّمِ بالمخيم";
    expect(tokens(raw).map((t) => pieces(raw, t))).toEqual(["ب+ال+[مخيم]", "بِ+ال+[مُخَيَّمِ]", "ب+ال+[مخيم]"]);
  });

  it("keeps words that share one raw character apart (ﷺ expands to four words)", () => {
    const raw = "ﷺ صلى الله عليه وسلم";
    const found = tokens(raw);
    expect(found.map((t) => t.norm)).toEqual(["صلي الله عليه وسلم", "صلي", "الله", "عليه", "وسلم"]);
    expect(found[0]).toMatchObject({ start: 0, end: 1 });
  });
});
