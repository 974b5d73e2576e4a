import { describe, expect, it } from "vitest";
import { createContext } from "../../core/context.js";
import { createDoc } from "../../core/document.js";
import { createPipeline } from "../../core/pipeline.js";
import { textStages } from "../../text/stages.js";
import { loadNerModel } from "./model.js";
import { entitiesStage } from "./stage.js";

/** The shipped model through the real text stages, on sentences written for this test. */
describe("entitiesStage with the shipped model", () => {
  const pipeline = createPipeline([...textStages, entitiesStage]);
  const ctx = createContext({ nerModel: loadNerModel() });
  const run = (text: string) => pipeline.run(createDoc("t", text), ctx).layers.entities ?? [];

  it("finds persons, places and organisations, with spans into the raw text", () => {
    const text =
      "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش في نيويورك إن الوضع في سوريا والعراق خطير.\n" +
      "وأعلن وزير الخارجية الروسي سيرغي لافروف أن موسكو ستستضيف محادثات حول لبنان.";
    const entities = run(text);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    const found = entities.map((e) => `${e.type}:${e.text}`);
    expect(found).toContain("LOC:نيويورك");
    expect(found).toContain("LOC:موسكو");
    expect(found).toContain("PERS:سيرغي لافروف");
    expect(found.some((f) => f.startsWith("ORG:") && f.includes("المتحدة"))).toBe(true);
  });

  it("tags the places of a conflict report with clitics attached", () => {
    const entities = run("سيطرت القوات على مدينة حلب بعد معارك مع مسلحين قرب دمشق وحمص.");
    const places = entities.filter((e) => e.type === "LOC").map((e) => e.text);
    expect(places).toContain("حلب");
    expect(places).toContain("دمشق");
  });
});
