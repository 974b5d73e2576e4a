import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../text/normalize.js";
import { labelId } from "./labels.js";
import { blocksOf, memoryCodes, NO_MEMORY } from "./memory.js";
import { tagDocument, tagWords } from "./model.js";
import { trainToyModel } from "./toy.test-helpers.js";

const words = (sentence: string) => sentence.split(" ").map((w) => normalizeArabic(w));
const labels = (...tags: string[]) => Uint8Array.from(tags, labelId);

describe("memoryCodes", () => {
  // Sentences of our own: a club named twice, once found by the first pass, once not.
  const group = [words("فاز نادي الكرامة على ضيفه"), words("وقال مدرب الكرامة إن الفريق جاهز")];
  const first = [labels("O", "B-ORG", "I-ORG", "O", "O"), labels("O", "O", "O", "O", "O", "O")];
  const codes = memoryCodes(group, first);

  it("tells a word how the same stem was tagged elsewhere in the group", () => {
    // «الكرامة» in sentence 2 was tagged ORG in sentence 1: ORG (type 2), most occurrences agree.
    expect(codes[1]![2]).toBe(2 + 2 * 2 + 1);
    // ...and the ORG mention in sentence 1 learns that its other occurrence was left out.
    expect(codes[0]![2]).toBe(1);
  });

  it("gives no memory to words seen once or too short to key", () => {
    expect(codes[0]![0]).toBe(NO_MEMORY); // «فاز» occurs once
    expect(codes[1]![3]).toBe(NO_MEMORY); // «إن» is two letters
  });

  it("matches clitic-bearing forms through their stem", () => {
    const c = memoryCodes(
      [words("زار وفد حلب"), words("وصل الوفد الى بحلب")],
      [labels("O", "O", "B-LOC"), labels("O", "O", "O", "O")],
    );
    expect(c[1]![1]).toBe(1); // «الوفد» ~ «وفد», never an entity
  });
});

describe("blocksOf", () => {
  it("cuts consecutive blocks, the last one shorter", () => {
    expect(blocksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe("tagDocument", () => {
  const model = trainToyModel();
  const doc = [words("قال سالم الوردي في زهران إن منظمة النور تعمل ."), words("قال سالم في تل الصفا .")];

  it("scores the second pass as a full re-extraction with the memory codes would", () => {
    const first = doc.map((w) => tagWords(model, w));
    const codes = memoryCodes(doc, first);
    const expected = doc.map((w, s) => Array.from(tagWords(model, w, codes[s])));
    expect(tagDocument(model, doc).map((ids) => Array.from(ids))).toEqual(expected);
  });

  it("handles empty sentences and documents", () => {
    expect(tagDocument(model, [])).toEqual([]);
    expect(tagDocument(model, [[], words("قال ريم .")]).map((x) => x.length)).toEqual([0, 3]);
  });
});
