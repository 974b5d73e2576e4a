import { describe, expect, it } from "vitest";
import { type AssessedEvent, assessEvent } from "./assess.js";
import { Linker } from "./linker.js";
import { makeDoc } from "./test-helpers.js";
import type { LinkDocInput } from "./types.js";

/** Links the documents in order and assesses every canonical event. */
function linkAll(docs: readonly LinkDocInput[]): { linker: Linker; events: AssessedEvent[] } {
  const linker = new Linker({ clock: () => new Date("2024-01-01T00:00:00Z") });
  for (const doc of docs) linker.link(doc);
  return { linker, events: [...linker.events.events.values()].map(assessEvent) };
}

const strikeA = makeDoc({
  id: "a",
  outlet: "مرصد الوادي",
  published_at: "2022-03-10",
  text: "قتل 7 مدنيين في غارات جوية نفذها الطيران الحكومي على بلدة تل الورد صباح اليوم.",
  events: [{ trigger: "غارات جوية", place: "تل الورد", actor1: "الطيران الحكومي", fatalities: "7 مدنيين" }],
});
const strikeB = makeDoc({
  id: "b",
  outlet: "شبكة النهر الإخبارية",
  published_at: "2022-03-10",
  text: "استهدفت غارة نفذها الطيران الحكومي سوقاً شعبياً في تل الورد وأوقعت 7 قتلى من المدنيين.",
  events: [{ trigger: "غارة", place: "تل الورد", actor1: "الطيران الحكومي", fatalities: "7 قتلى" }],
});

describe("merging reports of one event", () => {
  it("merges two outlets' reports of one strike and counts them as two confirming sources", () => {
    const { events } = linkAll([strikeA, strikeB]);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event!.event.mentions.map((m) => m.doc)).toEqual(["a", "b"]);
    expect(event!.sources.independent).toBe(2);
    expect(event!.corroboration).toBe("confirmed");
    expect(event!.contradictions).toEqual([]);
    expect(event!.fields).toMatchObject({
      sub_event_type: "Air/drone strike",
      date: "2022-03-10",
      fatalities: 7,
    });
  });

  it("merges a report that names the town with one that names only the countryside around it", () => {
    const region = makeDoc({
      id: "r",
      outlet: "وكالة الجنوب",
      text: "قصف الطيران الحكومي مناطق في ريف النهر الجنوبي اليوم.",
      events: [{ trigger: "قصف", place: "ريف النهر الجنوبي", actor1: "الطيران الحكومي" }],
    });
    const { events } = linkAll([strikeA, region]);
    expect(events).toHaveLength(1);
    expect(events[0]!.contradictions).toEqual([]);
    expect(events[0]!.fields.place?.name_en).toBe("Tell al-Ward");
  });
});

describe("keeping different events apart", () => {
  it("does not merge the same place and actors ten days apart", () => {
    const later = makeDoc({
      id: "later",
      outlet: "شبكة النهر الإخبارية",
      published_at: "2022-03-20",
      text: "غارات جديدة شنها الطيران الحكومي على تل الورد.",
      events: [{ trigger: "غارات", place: "تل الورد", actor1: "الطيران الحكومي" }],
    });
    expect(linkAll([strikeA, later]).events).toHaveLength(2);
  });

  it("does not merge a strike and a protest in one town on one day", () => {
    const protest = makeDoc({
      id: "p",
      text: "خرج أهالي تل الورد في مظاهرة ضد قوات الحكومة.",
      events: [
        {
          trigger: "مظاهرة",
          type: "Protests",
          sub: "Peaceful protest",
          place: "تل الورد",
          actor2: "قوات الحكومة",
        },
      ],
    });
    expect(linkAll([strikeA, protest]).events).toHaveLength(2);
  });

  it("keeps an undated evacuation apart from a dated one with the same place and parties (the seed case)", () => {
    const dated = makeDoc({
      id: "evac-2018",
      published_at: "2018-05-20",
      text: "تستمر عملية خروج عناصر جبهة الفجر من تل الورد نحو جبل الشمس بموجب اتفاق مع قوات الحكومة.",
      events: [
        {
          trigger: "خروج",
          type: "Strategic developments",
          sub: "Agreement",
          place: "تل الورد",
          destination: "جبل الشمس",
          actor1: "قوات الحكومة",
          actor2: "جبهة الفجر",
        },
      ],
    });
    const undated = makeDoc({
      id: "evac-undated",
      published_at: null,
      outlet: null,
      text: "كشفت صفحات عن اتفاق بين قوات الحكومة وجبهة الفجر يقضي بخروج مقاتليها من تل الورد إلى مدينة الرمان.",
      events: [
        {
          trigger: "اتفاق",
          type: "Strategic developments",
          sub: "Agreement",
          date: null,
          place: "تل الورد",
          destination: "مدينة الرمان",
          actor1: "قوات الحكومة",
          actor2: "جبهة الفجر",
        },
      ],
    });
    const { events } = linkAll([dated, undated]);
    expect(events).toHaveLength(2);
    // Separate events, so their destinations are no contradiction.
    expect(events.flatMap((e) => e.contradictions)).toEqual([]);
  });

  it("keeps two strikes on towns 60 km apart apart", () => {
    const far = makeDoc({
      id: "far",
      text: "غارات شنها الطيران الحكومي على وادي الريم.",
      events: [{ trigger: "غارات", place: "وادي الريم", actor1: "الطيران الحكومي" }],
    });
    expect(linkAll([strikeA, far]).events).toHaveLength(2);
  });
});

describe("stories", () => {
  it("puts two reports of one strike in one story and an unrelated report in another", () => {
    const unrelated = makeDoc({
      id: "u",
      published_at: "2022-03-11",
      text: "افتتحت مديرية التربية مدرسة جديدة للبنات في مدينة الرمان بعد ترميمها بالكامل.",
    });
    const { linker } = linkAll([strikeA, strikeB, unrelated]);
    expect(linker.docs.get("a")!.story).toBe(linker.docs.get("b")!.story);
    expect(linker.docs.get("u")!.story).not.toBe(linker.docs.get("a")!.story);
    expect(linker.stories.stories.size).toBe(2);
  });

  it("puts a copy in its original's story", () => {
    const copy = makeDoc({ ...strikeADoc(), id: "copy", outlet: "موقع ناقل", copyOf: "a" });
    const { linker } = linkAll([strikeA, copy]);
    expect(linker.docs.get("copy")).toMatchObject({ story: linker.docs.get("a")!.story, copyRoot: "a" });
  });
});

function strikeADoc() {
  return {
    id: "a",
    text: strikeA.text,
    events: [
      { trigger: "غارات جوية", place: "تل الورد", actor1: "الطيران الحكومي", fatalities: "7 مدنيين" },
    ] as const,
  };
}

describe("relinking a changed article", () => {
  it("takes the old version out of its event before linking the new one", () => {
    const linker = new Linker();
    linker.link(strikeA);
    linker.link(strikeB);
    const changed = makeDoc({
      id: "b",
      version: 2,
      outlet: "شبكة النهر الإخبارية",
      published_at: "2022-03-10",
      text: "تظاهر العشرات في وادي الريم.",
      events: [{ trigger: "تظاهر", type: "Protests", sub: "Peaceful protest", place: "وادي الريم" }],
    });
    linker.link(changed);
    const events = [...linker.events.events.values()];
    expect(events.map((e) => e.mentions.map((m) => `${m.doc}:${m.version}`))).toEqual([["a:1"], ["b:2"]]);
    const changes = linker.takeChanges();
    expect(changes.removedMentions).toEqual([{ doc: "b", mention: "e1" }]);
    expect(changes.mentions?.map((m) => [m.doc, m.event])).toEqual([
      ["a", "ev1"],
      ["b", "ev2"],
    ]);
  });
});
