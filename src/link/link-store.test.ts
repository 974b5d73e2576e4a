import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { makeArticleInput } from "../store/test-article.js";
import { assessEvent } from "./assess.js";
import { linkStore } from "./link-store.js";
import { makeDoc } from "./test-helpers.js";
import type { LinkDocInput } from "./types.js";

async function store(
  docs: readonly LinkDocInput[],
  into: Store = openSqliteStore(":memory:"),
): Promise<Store> {
  await into.putArticles(
    docs.map((d) => makeArticleInput(d.id, d.text, { source: d.outlet, published_at: d.published_at })),
  );
  for (const d of docs) await into.putAnalysis(d.id, d.version, d.analysis);
  return into;
}

const event = { trigger: "غارات", place: "تل الورد", actor1: "الطيران الحكومي" } as const;
const first = makeDoc({
  id: "s1",
  outlet: "مرصد الوادي",
  text: "قتل 7 مدنيين في غارات شنها الطيران الحكومي على تل الورد.",
  events: [{ ...event, fatalities: "7 مدنيين" }],
});
const second = makeDoc({
  id: "s2",
  outlet: "شبكة النهر الإخبارية",
  text: "ارتفع عدد ضحايا غارات الطيران الحكومي على تل الورد إلى 9 قتلى بحسب ناشطين.",
  events: [{ ...event, fatalities: "9 قتلى" }],
});

describe("linking over the store", () => {
  it("links analysed articles, saves the state, and a later run adds to it without relinking", async () => {
    const db = await store([first]);
    const run1 = await linkStore(db);
    expect(run1.linked).toBe(1);
    expect(await db.listUnlinked()).toEqual([]);

    await store([second], db);
    const run2 = await linkStore(db);
    expect(run2.linked).toBe(1);
    const events = [...run2.linker.events.events.values()];
    expect(events).toHaveLength(1);
    expect(events[0]!.mentions.map((m) => m.doc)).toEqual(["s1", "s2"]);
    expect(assessEvent(events[0]!).contradictions.map((c) => c.field)).toEqual(["fatalities"]);
    expect(run2.linker.docs.get("s2")!.story).toBe(run2.linker.docs.get("s1")!.story);

    // Nothing left to do: the state reloads as saved.
    const run3 = await linkStore(db);
    expect(run3.linked).toBe(0);
    expect([...run3.linker.events.events.keys()]).toEqual(["ev1"]);
    expect(run3.linker.counters).toEqual({ story: 1, event: 1 });
    const state = await db.getLinkState();
    expect(state.mentions.map((m) => [m.doc, m.event])).toEqual([
      ["s1", "ev1"],
      ["s2", "ev1"],
    ]);
    await db.close();
  });

  it("relinks a new version of an article and can start over with relink", async () => {
    const db = await store([first, second]);
    await linkStore(db);
    const changed = makeDoc({
      id: "s2",
      version: 2,
      outlet: "شبكة النهر الإخبارية",
      text: "تظاهر العشرات في وادي الريم ضد غلاء الأسعار.",
      events: [{ trigger: "تظاهر", type: "Protests", sub: "Peaceful protest", place: "وادي الريم" }],
    });
    await store([changed], db);
    const run = await linkStore(db);
    expect(run.linked).toBe(1);
    const byDoc = (await db.getLinkState()).mentions.map((m) => [m.doc, m.event]);
    expect(byDoc).toEqual([
      ["s1", "ev1"],
      ["s2", "ev2"],
    ]);
    const again = await linkStore(db, { relink: true });
    expect(again.linked).toBe(2);
    expect([...again.linker.events.events.keys()]).toEqual(["ev1", "ev2"]);
    await db.close();
  });

  it("links an article whose stored analysis is malformed as one without annotations, and says so", async () => {
    const db = openSqliteStore(":memory:");
    await db.putArticles([makeArticleInput("bad", "نص ما")]);
    await db.putAnalysis("bad", 1, { events: "not a list" });
    const errors: string[] = [];
    const run = await linkStore(db, { onError: (id, message) => errors.push(`${id}: ${message}`) });
    expect(run.linked).toBe(1);
    expect(errors).toEqual(['bad: the analysis layer "events" is not an array']);
    await db.close();
  });
});
