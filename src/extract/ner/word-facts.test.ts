import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../text/normalize.js";
import { loadWordClusters } from "./clusters.js";
import { loadNerGazetteer, parseGazetteer } from "./gazetteer.js";
import { lightStem } from "./stem.js";
import { buildWordFacts, lookUpWord } from "./word-facts.js";

/** What the separate lookups give: the cluster value computeInfo uses, wordMask and openingForms. */
function separately(res: ReturnType<typeof resources>, word: string) {
  return {
    cluster: (res.clusters.get(word) ?? -1) + 2,
    gazMask: res.gazetteer.wordMask(word),
    forms: res.gazetteer.openingForms(word),
  };
}

function resources() {
  return { gazetteer: loadNerGazetteer(), clusters: loadWordClusters() };
}

describe("lookUpWord", () => {
  it("agrees with the cluster map and the gazetteer on a toy gazetteer", () => {
    const gazetteer = parseGazetteer(
      "type\tname\nLOC\tزهران\nLOC\tالوادي الاخضر\nPERS\tسالم\nORG\tالنور\nLOC\tالنور\n",
    );
    const res = { gazetteer, clusters: new Map([["زهران", 5]]) };
    const facts = buildWordFacts(res);
    for (const raw of [
      "زهران",
      "بزهران",
      "والوادي",
      "الوادي",
      "وادي",
      "سالم",
      "نور",
      "النور",
      "للنور",
      "قال",
    ]) {
      const word = normalizeArabic(raw);
      expect(lookUpWord(facts, word, lightStem(word).stem), raw).toEqual(separately(res, word));
    }
  });

  it("agrees with them on the shipped resources, for listed names with and without clitics", () => {
    const res = resources();
    const facts = buildWordFacts(res);
    const words = new Set<string>();
    res.gazetteer.forEachWord((word) => {
      for (const form of [word, `و${word}`, `ب${word}`, `ال${word}`, `لل${word.replace(/^ال/, "")}`])
        words.add(form);
    });
    let k = 0;
    for (const word of res.clusters.keys()) if (k++ % 7 === 0) words.add(word);
    for (const word of words) {
      expect(lookUpWord(facts, word, lightStem(word).stem)).toEqual(separately(res, word));
    }
    expect(words.size).toBeGreaterThan(10_000);
  });
});
