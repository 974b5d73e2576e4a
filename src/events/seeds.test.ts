import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../core/article.js";
import type { Doc } from "../core/document.js";
import type { EventMention } from "../core/layers.js";
import { dataPath } from "../core/paths.js";
import { analyzeText } from "./test-helpers.js";

// The two reference reports in data/samples/articles.jsonl, through the whole default pipeline (claims
// included), checked against the events the issue names.

function sample(id: string): Article {
  const line = readFileSync(dataPath("samples", "articles.jsonl"), "utf8")
    .split("\n")
    .find((l) => l.includes(`"id": "${id}"`));
  if (!line) throw new Error(`no ${id} in the samples`);
  return JSON.parse(line) as Article;
}

function words(e: EventMention): string[] {
  return [e.trigger.text, ...(e.mentions ?? []).map((m) => m.text)];
}

function find(doc: Doc, sub: string, test: (e: EventMention) => boolean): EventMention {
  const hit = (doc.layers.events ?? []).find((e) => e.sub_event_type === sub && test(e));
  if (!hit) throw new Error(`${doc.id}: no ${sub} event that passes the test`);
  return hit;
}

function claim(doc: Doc, id: string) {
  return doc.layers.claims?.find((c) => c.id === id);
}

describe("seed-000 (SOHR, 20 May 2018)", () => {
  let doc: Doc;
  beforeAll(() => {
    const a = sample("seed-000");
    doc = analyzeText(a.text, a.published_at);
  });

  it("numbers its events e1, e2 … in text order", () => {
    const events = doc.layers.events ?? [];
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i + 1}`));
    const starts = events.map((e) => e.trigger.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("has the ceasefire since noon on 19 May as one Agreement in Southern Damascus", () => {
    const ceasefire = find(doc, "Agreement", (e) => words(e).some((w) => w.includes("إطلاق")));
    expect(ceasefire).toMatchObject({ date: "2018-05-19", time_precision: 1, time_of_day: "noon" });
    expect(ceasefire.place).toMatchObject({ name_en: "Southern Damascus", geo_precision: 2 });
    expect(words(ceasefire).filter((w) => w.includes("وقف إطلاق"))).toHaveLength(2);
  });

  it("has the second evacuation, expected after midnight into Monday, towards the Badia", () => {
    const second = find(doc, "Non-violent transfer of territory", (e) => e.status === "expected");
    expect(second).toMatchObject({ date: "2018-05-21", time_precision: 1, time_of_day: "after_midnight" });
    expect(second.destination?.name_en).toBe("Syrian Desert (Badia)");
    expect(second.actor1).toBe("Islamic State (Syria)");
  });

  it("has the first evacuation as happened on the 20th, reported by SOHR's confirmed claim", () => {
    const first = find(doc, "Non-violent transfer of territory", (e) => e.status === "happened");
    expect(first).toMatchObject({ date: "2018-05-20", time_precision: 1 });
    expect(first.destination?.name_en).toBe("Syrian Desert (Badia)");
    const sohr = first.claims
      .map((id) => claim(doc, id))
      .filter((c) => c?.source.text.includes("المرصد السوري"));
    expect(sohr.some((c) => c?.certainty === "confirmed")).toBe(true);
  });

  it("has IS burning its own headquarters as property destruction by IS", () => {
    const burning = find(doc, "Looting/property destruction", (e) => e.trigger.text === "حرق");
    expect(burning.actor1).toBe("Islamic State (Syria)");
    expect(burning.status).toBe("ongoing");
  });

  it("has the government's advance as the government regaining territory", () => {
    const advance = find(doc, "Government regains territory", () => true);
    expect(advance.actor1).toMatch(/^Military Forces of Syria/);
    expect(advance.inter1).toBe(1);
  });

  it("has a month of battles, air strikes and shelling as three aggregates ending on 19 May", () => {
    const aggregates = (doc.layers.events ?? []).filter((e) => e.aggregate);
    expect(aggregates.map((e) => e.sub_event_type).sort()).toEqual([
      "Air/drone strike",
      "Armed clash",
      "Shelling/artillery/missile attack",
    ]);
    for (const e of aggregates) expect(e.date).toBe("2018-04-19/2018-05-19");
    const battles = aggregates.find((e) => e.sub_event_type === "Armed clash")!;
    expect([battles.actor1, battles.actor2, battles.assoc_actor_1]).toEqual([
      expect.stringMatching(/^Military Forces of Syria/),
      "Islamic State (Syria)",
      "Pro-Government Militias (Syria)",
    ]);
  });

  it("takes no fatalities from a report that gives none", () => {
    expect((doc.layers.events ?? []).every((e) => e.fatalities === null)).toBe(true);
  });
});

describe("seed-004 (opposition outlet, no publication date)", () => {
  let doc: Doc;
  beforeAll(() => {
    const a = sample("seed-004");
    doc = analyzeText(a.text, a.published_at);
  });

  it("has the reported agreement between the regime and IS", () => {
    const deal = find(doc, "Agreement", (e) => e.trigger.text === "اتفاق");
    expect(deal.actor1).toMatch(/^Military Forces of Syria/);
    expect(deal.actor2).toBe("Islamic State (Syria)");
    expect(deal.claims.map((id) => claim(doc, id)?.certainty)).toContain("reported");
    expect(deal.date).toBeNull();
  });

  it("has 5,000 people to be moved to north and east Syria, expected", () => {
    const move = find(doc, "Non-violent transfer of territory", (e) =>
      (e.quantities ?? []).some((q) => q.value === 5000),
    );
    expect(move.status).toBe("expected");
    expect(move.quantities).toContainEqual(expect.objectContaining({ value: 5000, counts: "people" }));
    expect(move.destination?.name_en).toBe("North-east Syria");
  });

  it("has the buses gathering at Qadam as part of the evacuation, from a reported claim", () => {
    const buses = find(doc, "Non-violent transfer of territory", (e) => words(e).includes("تجمعت"));
    expect(buses.place?.name_en).toMatch(/Qadam/);
    const gathering = buses.claims
      .map((id) => claim(doc, id))
      .find((c) => c?.source.text.includes("مواقع الثورة"));
    expect(gathering?.certainty).toBe("reported");
    expect(buses.quantities).toContainEqual(expect.objectContaining({ value: 10, counts: "buses" }));
  });

  it("has the Jaysh al-Ababil attack at dawn on IS positions in Tadamon as an armed clash", () => {
    const attack = find(doc, "Armed clash", (e) => e.trigger.text.startsWith("هجوم"));
    expect([attack.actor1, attack.actor2, attack.assoc_actor_1]).toEqual([
      "Jaysh al-Ababil",
      "Islamic State (Syria)",
      "Free Syrian Army",
    ]);
    expect(["Tadamon", "Daaboul street"]).toContain(attack.place?.name_en);
    expect(attack.time_of_day).toBe("dawn");
  });

  it("has the rumours of withdrawal as rumoured", () => {
    const rumour = find(doc, "Non-violent transfer of territory", (e) => e.status === "rumoured");
    expect(words(rumour)).toContain("الانسحاب");
  });

  it("makes no event of background: the month of rumours, the long siege", () => {
    const last = doc.text.indexOf("يشار إلى أن");
    expect((doc.layers.events ?? []).filter((e) => e.trigger.start >= last)).toEqual([]);
    const rumoursSince = doc.text.indexOf("منذ قرابة الشهر");
    for (const e of doc.layers.events ?? []) expect(e.date_span?.start).not.toBe(rumoursSince);
  });
});
