import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../text/normalize.js";
import { deserializeModel, serializeModel, tagSentence } from "./model.js";
import { toyCorpus, toyResources, trainToyModel } from "./toy.test-helpers.js";

const model = trainToyModel();
const words = (sentence: string) => sentence.split(" ").map((w) => normalizeArabic(w));

describe("perceptron training", () => {
  it("learns its toy training corpus", () => {
    for (const sentence of toyCorpus()) {
      expect(
        tagSentence(
          model,
          sentence.tokens.map((t) => normalizeArabic(t)),
        ),
      ).toEqual(sentence.tags);
    }
  });

  it("generalises the toy pattern to names it never saw", () => {
    const tags = tagSentence(model, words("قال هشام الوردي في زهران إن منظمة الفجر تعمل ."));
    expect(tags[1]).toBe("B-PERS");
    expect(tags[4]).toBe("B-LOC");
    expect(tags[6]).toBe("B-ORG");
  });
});

describe("model file", () => {
  it("round-trips: same weights, same transitions, same tags", () => {
    const { gazetteer, clusters } = toyResources();
    const loaded = deserializeModel(serializeModel(model), { gazetteer, clusters });
    expect(loaded.weights).toEqual(model.weights);
    expect(loaded.transitions).toEqual(model.transitions);
    expect(loaded.scale).toBe(model.scale);
    expect(loaded.info).toEqual(model.info);
    const sentence = words("قال ريم الحلبي في تل الصفا .");
    expect(tagSentence(loaded, sentence)).toEqual(tagSentence(model, sentence));
  });

  it("refuses a model trained with other resources", () => {
    const data = serializeModel(model);
    expect(() => deserializeModel(data, { gazetteer: null, clusters: null })).toThrow(/gazetteer changed/);
  });
});
