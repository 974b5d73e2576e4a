import { describe, expect, it } from "vitest";
import type { EventPlace } from "../core/layers.js";
import { sameActor } from "./actors.js";
import { contentWords, lightStem, parseStopWords } from "./content-words.js";
import { bucketsAround, dateWindow, dayRange, rangeGap } from "./dates.js";
import { typeMatch } from "./event-types.js";
import { countsConflict, exactNumber } from "./numbers.js";
import { placeRelation } from "./places.js";
import { nameKey, sameCredit } from "./sources.js";
import { TermStats } from "./term-vectors.js";

describe("counts and their tolerance", () => {
  const about = (value: number) => ({ value, approx: true, qualifier: "about" });
  it.each([
    [exactNumber(7), exactNumber(9), true],
    [exactNumber(10), exactNumber(12), false],
    [exactNumber(2), exactNumber(3), false],
    [exactNumber(2), exactNumber(5), true],
    [about(40), exactNumber(47), false],
    [about(40), exactNumber(65), true],
    [exactNumber(100), exactNumber(115), false],
  ])("%o against %o: conflict %s", (a, b, conflict) => {
    expect(countsConflict(a, b)).toBe(conflict);
  });

  it("reads vague plurals as a range of tens or hundreds", () => {
    const dozens = { value: 10, approx: true, qualifier: "vague" };
    expect(countsConflict(dozens, exactNumber(35))).toBe(false);
    expect(countsConflict(dozens, exactNumber(300))).toBe(true);
    expect(countsConflict({ value: 30, approx: true, qualifier: "more_than" }, exactNumber(80))).toBe(false);
    expect(countsConflict({ value: 10, approx: false, qualifier: "range", max: 15 }, exactNumber(14))).toBe(
      false,
    );
  });
});

describe("places", () => {
  const at = (
    name: string,
    level: EventPlace["level"],
    lat: number,
    lon: number,
    extra: Partial<EventPlace> = {},
  ) =>
    ({ text: name, pcode: null, name_en: name, level, lat, lon, geo_precision: 1, ...extra }) as EventPlace;
  const town = at("Tell", "town", 35.6, 36.7, { pcode: "T1", admin1: "Nahr" });
  it("tells same, nested, near and far places apart", () => {
    expect(placeRelation(town, at("Tell again", "town", 35.6, 36.7, { pcode: "T1" }))).toBe("same");
    expect(placeRelation(town, at("Nahr", "governorate", 35.9, 36.6, { geo_precision: 3 }))).toBe("contains");
    expect(placeRelation(at("Nahr", "governorate", 35.9, 36.6), town)).toBe("contains");
    expect(placeRelation(town, at("Ain", "town", 35.63, 36.72, { pcode: "T2" }))).toBe("near");
    expect(placeRelation(town, at("Far", "town", 36.2, 36.9, { pcode: "T3" }))).toBe("far");
    expect(placeRelation(town, null)).toBe("unknown");
  });
});

describe("dates", () => {
  it("reads days and ranges and widens windows with coarser precision", () => {
    expect(dayRange("2022-03-10")).toEqual({ first: 19061, last: 19061 });
    expect(dayRange("2022-03-01/2022-03-31")?.last).toBe(19082);
    expect(dayRange("2022-03")).toBeNull();
    expect([dateWindow(1, 1), dateWindow(1, 2), dateWindow(3, 1)]).toEqual([1, 7, 31]);
    expect(rangeGap({ first: 1, last: 5 }, { first: 3, last: 9 })).toBe(0);
    expect(rangeGap({ first: 1, last: 5 }, { first: 8, last: 9 })).toBe(3);
    expect(bucketsAround({ first: 70, last: 70 }, 1)).toEqual([9, 10]);
  });
});

describe("actors and event types", () => {
  it("treats a state's government and army as one party, other states and groups as others", () => {
    const actor = (id: string, inter: number) => ({ name: id, id, inter });
    expect(sameActor(actor("sy-gov", 1), actor("sy-gov-forces", 1))).toBe(true);
    expect(sameActor(actor("sy-gov-forces", 1), actor("sy-police", 1))).toBe(true);
    expect(sameActor(actor("sy-gov-forces", 1), actor("sy-ndf", 3))).toBe(false);
    expect(sameActor(actor("sy-gov-forces", 1), actor("ru-forces", 8))).toBe(false);
    expect(
      sameActor({ name: "جبهة الفجر", id: null, inter: null }, { name: "جبهه الفجر", id: null, inter: null }),
    ).toBe(true);
  });

  it("lets an air strike and an attack on civilians be one event, but not a strike and a protest", () => {
    const strike = { event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike" } as const;
    expect(typeMatch(strike, { event_type: "Violence against civilians", sub_event_type: "Attack" })).toBe(
      "compatible",
    );
    expect(typeMatch(strike, { event_type: "Protests", sub_event_type: "Peaceful protest" })).toBe("none");
    expect(typeMatch(strike, strike)).toBe("same");
  });
});

describe("source names", () => {
  it("matches a short name that begins a longer one, and clitic variants", () => {
    const credit = (name: string) => ({ key: nameKey(name), name, via: "quoted" as const });
    expect(sameCredit(credit("المرصد السوري"), credit("المرصد السوري لحقوق الإنسان"))).toBe(true);
    expect(sameCredit(credit("للمرصد السوري"), credit("المرصد السوري"))).toBe(true);
    expect(sameCredit(credit("وكالة"), credit("وكالة الأنباء الرسمية"))).toBe(false);
    expect(sameCredit(credit("وكالة الجنوب"), credit("وكالة الشمال"))).toBe(false);
  });
});

describe("content words", () => {
  it("normalises, drops function words and light-stems", () => {
    expect(lightStem("الغارات")).toBe("غار");
    expect(lightStem("وقصف")).toBe("قصف");
    expect(lightStem("ولد")).toBe("ولد");
    const stop = parseStopWords("# header\nword\nفي\nعلى\n");
    expect(contentWords("شنّت الطائرات غارات على القرية في الصباح", stop)).toEqual([
      "شنت",
      "طاءر", // normalised hamza: ئ → ء
      "غار",
      "قر", // ة → ه, then light10 strips ه and ي: aggressive, but alike in every document
      "صباح",
    ]);
  });

  it("weighs rare words above common ones and keeps vectors at unit length", () => {
    const stats = new TermStats();
    stats.add(["قصف", "سوق"]);
    stats.add(["قصف", "مدرس"]);
    const vector = stats.vector(["قصف", "سوق", "سوق"]);
    expect(vector[0]![0]).toBe("سوق");
    expect(vector.reduce((s, [, w]) => s + w * w, 0)).toBeCloseTo(1);
  });
});
