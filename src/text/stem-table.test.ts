import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StemLexicon } from "./stem-lexicon.js";
import { StemTable, TAIL_SPAN, tailHashes } from "./stem-table.js";
import { HASH_SEED, hashStep, WordCache } from "./word-cache.js";

const TEH = 0x062a;
const HEH = 0x0647;

function lexiconOf(stems: Iterable<readonly [string, number]>): StemLexicon {
  return { stems: new Map(stems), prefixes: new Map([["و", 0.3]]), suffixes: new Map([["ها", 0.2]]) };
}

/** The weight the table gives `word[start, end)` (its last unit read as ه when `restored`), or undefined. */
function lookup(table: StemTable, word: string, start: number, end: number, restored = false) {
  const last = restored ? HEH : word.charCodeAt(end - 1);
  let h = HASH_SEED;
  for (let i = start; i < end - 1; i++) h = hashStep(h, word.charCodeAt(i));
  const row = table.find(WordCache.finish(hashStep(h, last)), word, start, end, last);
  return row < 0 ? undefined : table.weight(row);
}

describe("StemTable", () => {
  it("finds exactly the lexicon's stems inside a longer word, of odd, even and very long lengths", () => {
    const long = "استراتيجيات".repeat(3); // longer than one 16-int row holds
    const table = new StemTable(
      lexiconOf([
        ["مدينه", 3.5],
        ["قريه", 1.5],
        ["حلب", 2],
        ["قصف", 7],
        [long, 0.5],
      ]),
    );
    expect(lookup(table, "وحلب", 1, 4)).toBe(2);
    expect(lookup(table, "بالقصف", 3, 6)).toBe(7);
    expect(lookup(table, `و${long}ها`, 1, long.length + 1)).toBe(0.5);
    expect(lookup(table, "مدينتها", 0, 5, true)).toBe(3.5);
    expect(lookup(table, "مدينتها", 0, 5)).toBeUndefined();
    expect(lookup(table, "بقريتها", 1, 5, true)).toBe(1.5);
    expect(lookup(table, "بقريتها", 1, 5)).toBeUndefined();
    expect(lookup(table, "حلبا", 0, 4)).toBeUndefined();
    expect(lookup(table, "وحلب", 1, 3)).toBeUndefined();
    expect(table.chainPriors.length).toBeGreaterThan(0);
  });

  it("agrees with a Map on any stems and any looked-up runs", () => {
    const letters = fc.constantFrom(..."وفبكلسالهمنيتة");
    const stem = fc.array(letters, { minLength: 1, maxLength: 30 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(stem, { maxLength: 60 }), stem, fc.nat(), fc.nat(), (stems, word, a, b) => {
        const lexicon = lexiconOf(stems.map((s, i) => [s, i + 0.5] as const));
        const table = new StemTable(lexicon);
        const start = a % word.length;
        const end = start + 1 + (b % (word.length - start));
        expect(lookup(table, word, start, end)).toBe(lexicon.stems.get(word.slice(start, end)));
        for (const s of stems) expect(lookup(table, `و${s}`, 1, s.length + 1)).toBe(lexicon.stems.get(s));
        if (word.charCodeAt(end - 1) === TEH) {
          const restored = `${word.slice(start, end - 1)}ه`;
          expect(lookup(table, word, start, end, true)).toBe(lexicon.stems.get(restored));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("hashes the runs from one start to each of the last units as WordCache does", () => {
    const word = "وبمدينتهم";
    const tails = new Int32Array(TAIL_SPAN + 1);
    tailHashes(word, 1, tails);
    for (let d = 0; d <= TAIL_SPAN; d++) {
      expect(WordCache.finish(tails[d]!)).toBe(WordCache.hash(word, 1, word.length - d));
    }
  });
});
