import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeText } from "../../text/normalize.js";
import { tokenize } from "../../text/tokenize.js";
import { type WordForms, wordFormsOf } from "../../text/word-forms.js";
import { extractFeatures } from "./features.js";
import { NUM_LABELS } from "./labels.js";
import { emissions, loadNerModel, type NerModel, tagDocument, tagWords } from "./model.js";
import { firstPassScores, paddedIds, secondPassScores } from "./sentence-scores.js";
import { trainToyModel } from "./toy.test-helpers.js";
import { WordScores } from "./word-scores.js";

const words = (sentence: string) => sentence.split(" ").map((w) => normalizeArabic(w));

// Sentences of our own, with fictional people and real places, clitics and a gazetteer phrase.
const SENTENCES = [
  "قال سالم الوردي في زهران إن منظمة النور تعمل .",
  "وأعلنت وزارة الدفاع في دمشق أن قواتها سيطرت على بلدة تل الصفا قرب حلب .",
  "التقى الوزير كريم الحلبي بنظيره في أنقرة لبحث ملف اللاجئين والمعابر مع تركيا",
  "بغداد",
  "أفادت مصادر محلية بمقتل 12 مدنيا في قصف على ريف إدلب الجنوبي يوم الثلاثاء .",
].map(words);

/** The scores the tagger used to compute: every template hashed and looked up one by one. */
function reference(model: NerModel, sentence: readonly string[], codes?: Uint8Array): Float32Array {
  return emissions(model, extractFeatures(sentence, model.resources, codes), sentence.length);
}

function fastScores(table: WordScores, model: NerModel, sentence: readonly string[], codes?: Uint8Array) {
  const n = sentence.length;
  const ids = paddedIds(table, sentence);
  const base = new Int32Array(n * NUM_LABELS);
  const emit = new Float32Array(n * NUM_LABELS);
  const gaz = model.resources.gazetteer?.matchSentence(sentence) ?? null;
  firstPassScores(table, model, ids, gaz, base, emit, 0);
  if (codes) secondPassScores(table, model, ids, codes, base, emit, 0);
  return emit;
}

const memoryCode = fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

describe.each([
  ["a toy model", () => trainToyModel()],
  ["the shipped model", () => loadNerModel()],
])("word-table scores with %s", (_, load) => {
  const model = load();

  it("equal the template-by-template emissions bit for bit, without memory", () => {
    const table = new WordScores(model);
    for (const sentence of SENTENCES) {
      expect(fastScores(table, model, sentence)).toEqual(reference(model, sentence));
    }
  });

  it("equal them with any document-memory codes", () => {
    const table = new WordScores(model);
    fc.assert(
      fc.property(
        fc
          .constantFrom(...SENTENCES)
          .chain((s) =>
            fc.tuple(fc.constant(s), fc.array(memoryCode, { minLength: s.length, maxLength: s.length })),
          ),
        ([sentence, codes]) => {
          const memory = Uint8Array.from(codes);
          expect(fastScores(table, model, sentence, memory)).toEqual(reference(model, sentence, memory));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("stay the same when a full table is emptied between documents", () => {
    const tiny = new WordScores(model, 8);
    for (const sentence of [...SENTENCES, ...SENTENCES]) {
      tiny.beginDocument();
      expect(fastScores(tiny, model, sentence)).toEqual(reference(model, sentence));
    }
    expect(tiny.size).toBeLessThan(8 + 40);
  });

  it("keep the last document's words, under new ids, when a full table is thinned", () => {
    const [first, second, third] = SENTENCES as [string[], string[], string[]];
    // Three quarters of the limit hold the last document's words, and no more.
    const limit = Math.ceil((4 * new Set(third).size) / 3);
    const small = new WordScores(model, limit);
    small.beginDocument();
    fastScores(small, model, first);
    small.beginDocument();
    fastScores(small, model, third);
    const before = small.size;
    small.beginDocument();
    expect(before).toBeGreaterThanOrEqual(limit);
    expect(small.size).toBe(1 + new Set(third).size);
    const kept = paddedIds(small, third);
    expect(small.size).toBe(1 + new Set(third).size); // nothing computed again
    expect(Math.max(...kept)).toBeLessThan(small.size);
    for (const sentence of [third, second, first]) {
      expect(fastScores(small, model, sentence, new Uint8Array(sentence.length).fill(3))).toEqual(
        reference(model, sentence, new Uint8Array(sentence.length).fill(3)),
      );
    }
  });
});

describe("tagDocument with the tokeniser's word forms", () => {
  const model = loadNerModel();
  const text = SENTENCES.map((s) => s.join(" ")).join("\n");
  const tokens = tokenize(text, normalizeText(text));
  const words = tokens.map((t) => t.norm);
  const forms = wordFormsOf(tokens)!;

  it("tags as it does from the words alone", () => {
    const halves = [words.slice(0, 20), words.slice(20)];
    expect(tagDocument(model, halves, forms)).toEqual(tagDocument(model, halves));
  });

  it("is not misled by form ids of another cache generation", () => {
    const table = new WordScores(model);
    const plain = paddedIds(table, words);
    expect(paddedIds(table, words, forms.ids, table.formMap(forms))).toEqual(plain);
    // After the tokeniser's cache started over, ids stand for other words: here each word takes the id
    // its neighbouring form had, which a map kept from the last generation would read wrongly.
    const shifted = Int32Array.from(forms.ids, (id) => (id < 0 ? id : (id + 1) % forms.capacity));
    const other: WordForms = { ...forms, generation: forms.generation + 1, ids: shifted };
    expect(paddedIds(table, words, other.ids, table.formMap(other))).toEqual(plain);
  });

  it("falls back to the words when the forms do not line up with them", () => {
    expect(tagDocument(model, [words.slice(1)], forms)).toEqual(tagDocument(model, [words.slice(1)]));
  });
});

describe("tagDocument and tagWords on the word table", () => {
  const model = loadNerModel();

  it("tag a document as tagging each sentence with the same memory codes does", () => {
    const labels = tagDocument(model, SENTENCES);
    expect(labels.map((l) => l.length)).toEqual(SENTENCES.map((s) => s.length));
    // A sentence tagged alone (no memory) equals its first pass; the document's places are found.
    expect(tagWords(model, SENTENCES[3]!)).toEqual(tagDocument(model, [SENTENCES[3]!])[0]);
    const damascus = SENTENCES[1]!.indexOf(normalizeArabic("دمشق"));
    expect(labels[1]![damascus]).not.toBe(0);
  });
});
