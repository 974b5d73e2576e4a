import { describe, expect, it } from "vitest";
import { createContext } from "../../core/context.js";
import { createDoc } from "../../core/document.js";
import type { Token } from "../../core/layers.js";
import { applyStage } from "../../core/pipeline.js";
import { normalizeArabic } from "../../text/normalize.js";
import { entitiesStage, tokensBySentence } from "./stage.js";
import { trainToyModel } from "./toy.test-helpers.js";

/** Hand-built tokens: whitespace-separated words with their raw offsets, as a tokeniser would give. */
function tokensOf(text: string): Token[] {
  return Array.from(text.matchAll(/\S+/g), (m) => {
    const norm = normalizeArabic(m[0]);
    return { start: m.index, end: m.index + m[0].length, kind: "arabic", norm, stemNorm: norm };
  });
}

const model = trainToyModel();

describe("entitiesStage", () => {
  // Raw text with diacritics and a doubled space: spans must still cut the raw text exactly.
  const text = "قال نادِر  الخياط في تل الصفا إن منظمة الغد تعمل . قال ريم في زهران إن منظمة النور تعمل .";
  const tokens = tokensOf(text);
  const cut = text.indexOf(" . ") + 2;
  const sentences = [
    { start: 0, end: cut },
    { start: cut + 1, end: text.length },
  ];
  const doc = createDoc("d1", text, { source: null, url: null, publishedAt: null });
  const withLayers = { ...doc, layers: { tokens, sentences } };
  const out = applyStage(withLayers, entitiesStage, createContext({ nerModel: model }));

  it("adds entity spans that cut the raw text exactly", () => {
    const entities = out.layers.entities ?? [];
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(entities.map((e) => [e.text, e.type])).toEqual([
      ["نادِر  الخياط", "PERS"],
      ["تل الصفا", "LOC"],
      ["منظمة الغد", "ORG"],
      ["ريم", "PERS"],
      ["زهران", "LOC"],
      ["منظمة النور", "ORG"],
    ]);
  });

  it("groups tokens by sentence", () => {
    const groups = tokensBySentence(tokens, sentences);
    expect(groups.map((g) => g.length)).toEqual([11, 9]);
  });

  it("gives no entities for a document without tokens", () => {
    const empty = { ...doc, text: "", layers: { tokens: [], sentences: [] } };
    expect(applyStage(empty, entitiesStage, createContext({ nerModel: model })).layers.entities).toEqual([]);
  });
});
