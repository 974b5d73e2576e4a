import { describe, expect, it } from "vitest";
import { assessEvent } from "./assess.js";
import { Linker } from "./linker.js";
import { type EventSpec, makeDoc } from "./test-helpers.js";

/** Two independent outlets' reports of one event; the event they merge into, assessed. */
function twoReports(
  first: { text: string; event: EventSpec; published_at?: string },
  second: { text: string; event: EventSpec; published_at?: string },
) {
  const linker = new Linker();
  linker.link(makeDoc({ id: "one", outlet: "مرصد الوادي", ...first, events: [first.event] }));
  linker.link(makeDoc({ id: "two", outlet: "شبكة النهر الإخبارية", ...second, events: [second.event] }));
  const events = [...linker.events.events.values()];
  expect(events).toHaveLength(1);
  return assessEvent(events[0]!);
}

const base = { trigger: "غارات", place: "تل الورد", actor1: "الطيران الحكومي" } as const;

describe("contradictions, field by field", () => {
  it("fatalities beyond the tolerance, each value with its span", () => {
    const event = twoReports(
      {
        text: "قتل 7 مدنيين في غارات شنها الطيران الحكومي على تل الورد.",
        event: { ...base, fatalities: "7 مدنيين" },
      },
      {
        text: "ارتفع عدد ضحايا غارات الطيران الحكومي على تل الورد إلى 9 قتلى.",
        event: { ...base, fatalities: "9 قتلى" },
      },
    );
    expect(event.contradictions).toEqual([
      {
        field: "fatalities",
        values: [
          { value: 7, doc: "one", source: "مرصد الوادي", start: 4, end: 12, text: "7 مدنيين" },
          { value: 9, doc: "two", source: "شبكة النهر الإخبارية", start: 55, end: 61, text: "9 قتلى" },
        ],
      },
    ]);
    expect(event.corroboration).toBe("contested");
    expect(event.fields.fatalities).toBe(7);
  });

  it("no contradiction for counts within the tolerance or for «about» and vague counts that fit", () => {
    const close = twoReports(
      {
        text: "قتل 10 أشخاص في غارات الطيران الحكومي على تل الورد.",
        event: { ...base, fatalities: "10 أشخاص" },
      },
      {
        text: "قتل 12 شخصاً في غارات الطيران الحكومي على تل الورد.",
        event: { ...base, fatalities: "12 شخصاً" },
      },
    );
    expect(close.contradictions).toEqual([]);
    expect(close.corroboration).toBe("confirmed");
    const about = twoReports(
      {
        text: "قتل نحو 40 مدنياً في غارات الطيران الحكومي على تل الورد.",
        event: { ...base, fatalities: "40 مدنياً", qualifier: "about" },
      },
      {
        text: "قتل 47 مدنياً في غارات الطيران الحكومي على تل الورد.",
        event: { ...base, fatalities: "47 مدنياً" },
      },
    );
    expect(about.contradictions).toEqual([]);
  });

  it("counts of the same thing (people moved, buses) beyond the tolerance", () => {
    const evacuation = {
      ...base,
      trigger: "حافلة",
      type: "Strategic developments",
      sub: "Agreement",
    } as const;
    const event = twoReports(
      {
        text: "خرجت 10 حافلة من تل الورد بموجب اتفاق مع الطيران الحكومي.",
        event: { ...evacuation, quantities: [{ text: "10 حافلة", counts: "buses" }] },
      },
      {
        text: "غادرت 25 حافلة تل الورد برعاية الطيران الحكومي.",
        event: { ...evacuation, quantities: [{ text: "25 حافلة", counts: "buses" }] },
      },
    );
    expect(event.contradictions).toMatchObject([
      {
        field: "count",
        detail: "buses",
        values: [
          { value: 10, doc: "one" },
          { value: 25, doc: "two" },
        ],
      },
    ]);
  });

  it("dates a day apart (Saturday against Sunday)", () => {
    const event = twoReports(
      {
        text: "غارات شنها الطيران الحكومي على تل الورد يوم السبت.",
        published_at: "2022-03-07",
        event: { ...base, date: "2022-03-05", dateText: "يوم السبت" },
      },
      {
        text: "أفاد ناشطون بأن بلدة تل الورد تعرضت يوم الأحد إلى غارات متتالية نفذها الطيران الحكومي.",
        published_at: "2022-03-07",
        event: { ...base, date: "2022-03-06", dateText: "يوم الأحد" },
      },
    );
    expect(event.contradictions).toMatchObject([
      {
        field: "date",
        values: [
          { value: "2022-03-05", doc: "one", text: "يوم السبت" },
          { value: "2022-03-06", doc: "two", text: "يوم الأحد" },
        ],
      },
    ]);
  });

  it("two precise places a few kilometres apart", () => {
    const event = twoReports(
      { text: "غارات شنها الطيران الحكومي على تل الورد.", event: base },
      { text: "غارات شنها الطيران الحكومي على عين السمك.", event: { ...base, place: "عين السمك" } },
    );
    expect(event.contradictions).toMatchObject([
      {
        field: "place",
        values: [
          { value: "Tell al-Ward", doc: "one", text: "تل الورد" },
          { value: "Ain al-Samak", doc: "two", text: "عين السمك" },
        ],
      },
    ]);
  });

  it("two destinations of one evacuation", () => {
    const evacuation = {
      trigger: "خروج",
      type: "Strategic developments",
      sub: "Agreement",
      place: "تل الورد",
      actor2: "جبهة الفجر",
    } as const;
    const event = twoReports(
      {
        text: "بدأ خروج مقاتلي جبهة الفجر من تل الورد نحو مدينة الرمان.",
        event: { ...evacuation, destination: "مدينة الرمان" },
      },
      {
        text: "بدأ خروج مقاتلي جبهة الفجر من تل الورد باتجاه جبل الشمس.",
        event: { ...evacuation, destination: "جبل الشمس" },
      },
    );
    expect(event.contradictions).toMatchObject([
      {
        field: "destination",
        values: [
          { value: "Madinat al-Rumman", doc: "one", text: "مدينة الرمان" },
          { value: "Jabal al-Shams", doc: "two", text: "جبل الشمس" },
        ],
      },
    ]);
  });

  it("different perpetrators of one strike", () => {
    const event = twoReports(
      {
        text: "قتل 3 مدنيين في غارات شنها الطيران الحكومي على تل الورد.",
        event: { ...base, fatalities: "3 مدنيين" },
      },
      {
        text: "قتل 3 مدنيين في غارات شنتها طائرات أجنبية على تل الورد.",
        event: { ...base, actor1: "طائرات أجنبية", fatalities: "3 مدنيين" },
      },
    );
    expect(event.contradictions).toMatchObject([
      {
        field: "actor",
        detail: "actor1",
        values: [
          { value: "Military Forces of Xland", doc: "one", text: "الطيران الحكومي" },
          { value: "Military Forces of Yland", doc: "two", text: "طائرات أجنبية" },
        ],
      },
    ]);
  });

  it("ignores differences within one source", () => {
    const linker = new Linker();
    for (const [id, toll] of [
      ["x1", "4 قتلى"],
      ["x2", "8 قتلى"],
    ] as const) {
      linker.link(
        makeDoc({
          id,
          outlet: "مرصد الوادي",
          text: `حصيلة غارات الطيران الحكومي على تل الورد ${toll}.`,
          events: [{ ...base, fatalities: toll }],
        }),
      );
    }
    const event = assessEvent([...linker.events.events.values()][0]!);
    expect(event.contradictions).toEqual([]);
  });
});
