import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataPath } from "../core/paths.js";
import { normalizeArabic } from "./normalize.js";
import { defaultStemLexicon, parseStemLexicon, STEM_LEXICON_FILE } from "./stem-lexicon.js";

describe("stem lexicon", () => {
  it("normalises forms on load and merges what normalisation unifies", () => {
    const lexicon = parseStemLexicon(
      "# test\nkind\tform\tweight\nstem\tمدينة\t2\nstem\tمدينه\t1.5\nstem\tإدلب\t3\nprefix\tو+ال\t0.4\nsuffix\t\t1\n",
    );
    expect(lexicon.stems.get("مدينه")).toBe(3.5);
    expect(lexicon.stems.get("ادلب")).toBe(3);
    expect(lexicon.stems.has("إدلب")).toBe(false);
    expect(lexicon.prefixes.get("و+ال")).toBe(0.4);
    expect(lexicon.suffixes.get("")).toBe(1);
  });

  it("refuses rows it cannot read", () => {
    expect(() => parseStemLexicon("stem\tحلب\tmany\n")).toThrow(/cannot read row/);
    expect(() => parseStemLexicon("lemma\tحلب\t1\n")).toThrow(/cannot read row/);
  });

  it("ships a lexicon whose header names its sources and licence, with normalised stems", () => {
    const file = readFileSync(dataPath("lexicons", STEM_LEXICON_FILE), "utf8");
    const header = file
      .split("\n")
      .filter((line) => line.startsWith("#"))
      .join("\n");
    expect(header).toMatch(/ANERcorp/);
    expect(header).toMatch(/Wojood/);
    expect(header).toMatch(/CC BY-SA 4\.0/);
    expect(header).not.toMatch(/UnifiedFC/i);
    const lexicon = defaultStemLexicon();
    expect(lexicon.stems.size).toBeGreaterThan(10_000);
    for (const stem of lexicon.stems.keys()) expect(normalizeArabic(stem)).toBe(stem);
    for (const chain of ["", "و", "ال", "و+ال", "ل+ال", "ب+ال"])
      expect(lexicon.prefixes.has(chain)).toBe(true);
  });
});
