import { describe, expect, it } from "vitest";
import { createContext } from "../core/context.js";
import { createDoc, layer } from "../core/document.js";
import { createPipeline } from "../core/pipeline.js";
import { normalizeStage, sentencesStage, textStages, tokenizeStage } from "./stages.js";
import { parseStemLexicon } from "./stem-lexicon.js";

describe("text stages", () => {
  const raw = "قصفت الطائرات بلدة كفرزيتا بريف حماة.\nوقال المرصد إن 12 شخصاً قتلوا.";

  it("run in order and add normalized, tokens and sentences", () => {
    const doc = createPipeline(textStages).run(createDoc("t1", raw), createContext());
    expect(layer(doc, "normalized").text).toContain("بلده");
    expect(layer(doc, "tokens").length).toBe(14);
    expect(layer(doc, "sentences").map((s) => raw.slice(s.start, s.end))).toEqual([
      "قصفت الطائرات بلدة كفرزيتا بريف حماة.",
      "وقال المرصد إن 12 شخصاً قتلوا.",
    ]);
    expect(doc.provenance.map((p) => p.stage)).toEqual(["normalize", "tokenize", "sentences"]);
    expect(doc.text).toBe(raw);
  });

  it("declare what they need, so a wrong order is refused", () => {
    expect(() => createPipeline([tokenizeStage, normalizeStage])).toThrow(/needs normalized/);
    expect(() => createPipeline([normalizeStage, sentencesStage])).toThrow(/needs tokens/);
  });

  it("take the stem lexicon from the context when one is given", () => {
    const empty = parseStemLexicon("kind\tform\tweight\nprefix\t\t1\nsuffix\t\t1\n");
    const doc = createPipeline(textStages).run(
      createDoc("t2", "بريف"),
      createContext({ stemLexicon: empty }),
    );
    expect(layer(doc, "tokens")[0]!.stem).toBeUndefined();
    const shipped = createPipeline(textStages).run(createDoc("t3", "بريف"), createContext());
    expect(layer(shipped, "tokens")[0]!.stemNorm).toBe("ريف");
  });
});
