import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createContext } from "../../core/context.js";
import { createDoc } from "../../core/document.js";
import { sharedDataPath } from "../../core/paths.js";
import { createPipeline } from "../../core/pipeline.js";
import { normalizeStage } from "../../text/stages.js";
import { loadPlaceGazetteer, placesStage } from "../places/index.js";
import { actorsStage } from "./actors-stage.js";
import { loadActors } from "./dictionary.js";

/** Both reference reports, end to end through normalize → places → actors. */
const seeds = readFileSync(sharedDataPath("seeds", "seeds.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; text: string });
const ctx = createContext({ gazetteer: loadPlaceGazetteer(), actors: loadActors() });
const pipeline = createPipeline([normalizeStage, placesStage, actorsStage]);

function analyse(id: string) {
  const seed = seeds.find((s) => s.id === id);
  if (!seed) throw new Error(`no seed ${id}`);
  const doc = pipeline.run(createDoc(seed.id, seed.text), ctx);
  const places = doc.layers.places ?? [];
  const actors = doc.layers.actors ?? [];
  for (const span of [...places, ...actors]) expect(seed.text.slice(span.start, span.end)).toBe(span.text);
  return { places, actors, diagnostics: doc.diagnostics };
}

const located = (places: ReturnType<typeof analyse>["places"]) =>
  new Set(places.filter((p) => p.lat !== null && p.lon !== null).map((p) => p.pcode ?? p.name_en));

describe("seed-000 (SOHR, southern Damascus evacuation)", () => {
  const { places, actors, diagnostics } = analyse("seed-000");

  it("finds and locates every place", () => {
    const found = located(places);
    for (const id of ["C1002", "C2502", "C1001", "Tadamon", "Southern Damascus", "Syrian Desert (Badia)"]) {
      expect(found).toContain(id);
    }
    expect(places.map((p) => p.text)).not.toContain("سورية");
    expect(diagnostics.filter((d) => d.code === "place_ambiguous")).toEqual([]);
  });

  it("resolves every armed group", () => {
    const resolved = new Set(actors.map((a) => a.actor_id));
    for (const id of ["is", "sy-gov-forces", "sy-gov", "sy-progov-militia", "sohr"])
      expect(resolved).toContain(id);
    expect(actors.every((a) => a.actor_id !== null)).toBe(true);
  });
});

describe("seed-004 (opposition outlet, earlier evacuation plan)", () => {
  const { places, actors } = analyse("seed-004");

  it("finds and locates every place, across line breaks", () => {
    const found = located(places);
    for (const id of [
      "C1002",
      "C2502",
      "C1001",
      "C5710",
      "C10011068",
      "Tadamon",
      "Al-Assali",
      "Zuleikha",
      "Daaboul street",
      "Qadam police station",
      "Southern Damascus",
    ]) {
      expect(found).toContain(id);
    }
    expect(places.find((p) => p.text === "جنوب\nدمشق")?.name_en).toBe("Southern Damascus");
    expect(places.map((p) => p.text)).not.toContain("دمشق الآن");
  });

  it("resolves every armed group and the outlets it quotes", () => {
    const resolved = new Set(actors.map((a) => a.actor_id));
    for (const id of [
      "sy-gov-forces",
      "is",
      "jaysh-al-ababil",
      "fsa",
      "izz-bin-abd-al-salam",
      "ansar-al-islam-front",
      "sarc",
      "damascus-now",
      "rabi-al-thawra",
    ]) {
      expect(resolved).toContain(id);
    }
    expect(actors.find((a) => a.text.includes("داعش"))?.partisan).toBe(true);
    expect(actors.find((a) => a.text === "قوات الأسد")?.partisan).toBe(true);
  });
});
