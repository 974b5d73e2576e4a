import { describe, expect, it } from "vitest";
import { extractFeatures, FEATURES_PER_TOKEN } from "./features.js";
import { parseGazetteer } from "./gazetteer.js";
import { lightStem } from "./stem.js";

const resources = { gazetteer: null, clusters: null, bits: 20 } as const;

describe("lightStem", () => {
  it("strips conjunction, preposition + article and pronoun suffixes", () => {
    expect(lightStem("والعراق").stem).toBe("عراق");
    expect(lightStem("بالموصل")).toMatchObject({ stem: "موصل", proclitic: "بال" });
    expect(lightStem("للامم").stem).toBe("امم");
    expect(lightStem("قادتها").stem).toBe("قادت");
  });

  it("leaves short words and bare names alone", () => {
    expect(lightStem("في").stem).toBe("في");
    expect(lightStem("بغداد").stem).toBe("بغداد");
    expect(lightStem("ولي").stem).toBe("ولي");
  });

  it("offers the bare-preposition reading separately", () => {
    expect(lightStem("بحمص").bare).toBe("حمص");
    expect(lightStem("بحمص").stem).toBe("بحمص");
  });
});

describe("extractFeatures", () => {
  const words = ["قال", "سالم", "الوردي", "في", "حمص"];

  it("fills every template slot for every word, inside the bucket range", () => {
    const feats = extractFeatures(words, resources);
    expect(feats.length).toBe(words.length * FEATURES_PER_TOKEN);
    for (const bucket of feats) expect(bucket >= 0 && bucket < 1 << 20).toBe(true);
  });

  it("is deterministic and depends on the neighbours", () => {
    const a = extractFeatures(words, resources);
    expect(extractFeatures(words, resources)).toEqual(a);
    const b = extractFeatures(["قال", "سالم", "الوردي", "في", "ادلب"], resources);
    const third = (f: Int32Array) => Array.from(f.subarray(2 * FEATURES_PER_TOKEN, 3 * FEATURES_PER_TOKEN));
    // The third word is the same, its right-hand context is not: some features differ, most do not.
    const differing = third(a).filter((x, k) => x !== third(b)[k]).length;
    expect(differing).toBeGreaterThan(0);
    expect(differing).toBeLessThan(FEATURES_PER_TOKEN / 2);
  });

  it("gives a word in the gazetteer different features from the same word without it", () => {
    const gazetteer = parseGazetteer("type\tname\nLOC\tحمص\n");
    const withGaz = extractFeatures(words, { ...resources, gazetteer });
    expect(withGaz).not.toEqual(extractFeatures(words, resources));
  });
});

describe("NER gazetteer", () => {
  it("normalises entries on load, so raw spellings match normalised words", () => {
    // Entries written with hamza, ta marbuta and alef maqsura, as the source lists do.
    const g = parseGazetteer("# source\ntype\tname\nLOC\tأنقرة\nORG\tالأمم المتحدة\nPERS\tمصطفى\n");
    expect(g.wordMask("انقره")).toBe(2);
    expect(g.wordMask("مصطفي")).toBe(1);
    expect(g.wordMask("وانقره")).toBe(2);
  });

  it("finds the longest listed phrase, with clitics on its first word", () => {
    const g = parseGazetteer("type\tname\nORG\tالأمم المتحدة\nLOC\tدير الزور\nLOC\tدير\n");
    const codes = g.matchSentence(["قالت", "للامم", "المتحده", "في", "دير", "الزور"]);
    expect(Array.from(codes)).toEqual([0, 5, 6, 0, 3, 4]);
  });

  it("grows a match through unlisted middle runs and falls back to a shorter phrase where a longer one breaks off", () => {
    // «جبهة تحرير وادي النيل» is listed, «جبهة تحرير» and «جبهة تحرير وادي» are not; «جبهة» alone is.
    const g = parseGazetteer("type\tname\nORG\tجبهة تحرير وادي النيل\nORG\tجبهة\nLOC\tوادي النيل\n");
    const full = g.matchSentence(["بيان", "جبهه", "تحرير", "وادي", "النيل", "امس"]);
    expect(Array.from(full)).toEqual([0, 5, 6, 6, 6, 0]);
    const broken = g.matchSentence(["جبهه", "تحرير", "وادي", "عربه", "في", "وادي", "النيل"]);
    expect(Array.from(broken)).toEqual([5, 0, 0, 0, 0, 3, 4]);
  });
});
