import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Analysis, analyses, type RawCodeAt } from "./clitics.js";
import { segmentWord } from "./segment.js";
import type { StemLexicon } from "./stem-lexicon.js";

/** A toy lexicon: a few stems and priors, so both known and unknown stems occur. */
const lexicon: StemLexicon = {
  stems: new Map([
    ["كتاب", 40],
    ["قلم", 12],
    ["بيت", 9],
    ["بيته", 3],
    ["ولد", 5],
    ["لعب", 2],
  ]),
  prefixes: new Map([
    ["و", 0.3],
    ["ب", 0.2],
    ["و+ب", 0.05],
    ["ال", 0.5],
    ["و+ال", 0.1],
    ["ل+ال", 0.05],
    ["س", 0.01],
  ]),
  suffixes: new Map([
    ["ه", 0.2],
    ["هم", 0.1],
    ["نا", 0.05],
  ]),
};

/** The rule segmentWord implements, written the plain way: score every analysis, keep the first best. */
function reference(word: string, rawAt: RawCodeAt): Analysis | null {
  const score = (a: Analysis) =>
    (lexicon.prefixes.get(a.prefixKey) ?? 1e-6) *
    (lexicon.suffixes.get(a.suffixKey) ?? 1e-6) *
    (lexicon.stems.get(a.stem) ?? 0.1);
  const options = analyses(word, rawAt);
  const known = options.some((a) => lexicon.stems.has(a.stem));
  const candidates = known ? options : options.filter((a) => a.suffix === 0 && a.prefixKey.endsWith("ال"));
  let best: Analysis | undefined;
  for (const a of candidates) if (!best || score(a) > score(best)) best = a;
  return !best || (best.prefixes.length === 0 && best.suffix === 0) ? null : best;
}

const LETTERS = [..."وفبكلسالهمنيتةكتابقلمبيتولدلعب"];

describe("segmentWord", () => {
  it("picks what scoring every analysis picks, on any word over clitic-heavy letters", () => {
    const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 9 }).map((a) => a.join(""));
    // The raw text may spell an alef with hamza or a ta marbuta where the normalised word has ا or ه.
    const rawForm = fc.array(fc.boolean(), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(word, rawForm, (w, marked) => {
        const rawAt = (k: number) => {
          const code = w.charCodeAt(k);
          if (!marked[k]) return code;
          return code === 0x0627 ? 0x0623 : code === 0x0647 ? 0x0629 : code;
        };
        expect(segmentWord(w, rawAt, lexicon)).toEqual(reference(w, rawAt));
      }),
      { numRuns: 3000 },
    );
  });

  it("splits known clitics and leaves unknown words whole unless they carry the article", () => {
    const plain: RawCodeAt = () => 0;
    const at = (w: string) => (k: number) => w.charCodeAt(k);
    expect(segmentWord("وبكتابهم", at("وبكتابهم"), lexicon)).toMatchObject({
      prefixKey: "و+ب",
      suffixKey: "هم",
      stem: "كتاب",
    });
    expect(segmentWord("والمدرسه", at("والمدرسه"), lexicon)).toMatchObject({
      prefixKey: "و+ال",
      stem: "مدرسه",
    });
    expect(segmentWord("مدرسه", plain, lexicon)).toBeNull();
  });
});
