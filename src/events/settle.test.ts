import { describe, expect, it } from "vitest";
import { eventOf, eventsOf } from "./test-helpers.js";

// Sentences written for these tests (real places, invented incidents): the sub-type a trigger takes from its
// weapon, its victims and the other events of its sentence and report (weapons.ts, settle.ts, merge.ts).

const subTypes = (text: string, publishedAt?: string | null) =>
  eventsOf(text, publishedAt).map((e) => e.sub_event_type);

describe("strikes and weapons", () => {
  it("reads an air force named with «قصف» as aircraft («قصف روسي»)", () => {
    expect(subTypes("قتل خمسة مدنيين في قصف روسي على بلدة التمانعة.")).toEqual(["Air/drone strike"]);
  });

  it("keeps «القصف والغارات» apart as shelling and air strikes", () => {
    expect(subTypes("تعرضت بلدة التمانعة للقصف والغارات طوال الليل.").sort()).toEqual([
      "Air/drone strike",
      "Shelling/artillery/missile attack",
    ]);
  });

  it("codes shelling exchanged between two sides as a clash", () => {
    expect(subTypes("وتخلل المعارك قصف متبادل بين قوات النظام والفصائل في ريف حماة.")).toEqual([
      "Armed clash",
    ]);
  });

  it("codes a strike with a poison gas as one chemical attack", () => {
    expect(subTypes("قصفت طائرات حربية بلدة اللطامنة بصواريخ تحمل غاز الكلور.")).toEqual(["Chemical weapon"]);
  });

  it("counts a bare «قصف» in a report of air strikes that names no artillery as one of them", () => {
    const text = "شنت طائرات حربية غارات على مدينة أريحا فجر اليوم. وكان قصف مساء أمس استهدف قرية أرمناز.";
    expect(subTypes(text)).toEqual(["Air/drone strike", "Air/drone strike"]);
  });

  it("codes shells counted or falling, not shells named", () => {
    expect(subTypes("سقطت قذائف هاون على حي الميدان في دمشق.")).toEqual([
      "Shelling/artillery/missile attack",
    ]);
    expect(subTypes("ضبطت الشرطة مستودعا للقذائف في مدينة الباب.")).toEqual([]);
  });

  it("codes a killing by aircraft as an air strike", () => {
    expect(subTypes("قتلت طائرات روسية خمسة مدنيين في بلدة سرمين.")).toEqual(["Air/drone strike"]);
  });

  it("codes an attack by its weapon as its subject or instrument, not as its target", () => {
    expect(subTypes("استهدفت فصائل المعارضة مربض المدفعية في قرية الصقيلبية.")).toEqual(["Armed clash"]);
    expect(subTypes("استهدفت الطائرات الحربية مقرات الفصائل في قرية الهبيط.")).toEqual(["Air/drone strike"]);
  });

  it("drops the interception's missile and the blast a strike caused", () => {
    expect(subTypes("اعترضت الدفاعات الجوية السورية صاروخين فوق مطار المزة.")).toEqual([
      "Disrupted weapons use",
    ]);
    const text = "استهدفت طائرات إسرائيلية مواقع في مدينة القنيطرة وأظهر مقطع مصور تفجير دبابتين.";
    expect(subTypes(text)).toEqual(["Air/drone strike"]);
  });
});

describe("captures and hand-overs", () => {
  it("codes a capture after a withdrawal, with no fighting, as a non-violent transfer", () => {
    const events = eventsOf("سيطرت قوات النظام على بلدة الصنمين بعد انسحاب الفصائل منها.");
    expect(events.map((e) => e.sub_event_type)).toEqual(["Non-violent transfer of territory"]);
  });

  it("keeps a capture under fire a capture, and the withdrawal part of it", () => {
    const text = "سيطرت قوات النظام على بلدة الصنمين بعد انسحاب الفصائل منها تحت غارات مكثفة.";
    expect(subTypes(text).sort()).toEqual(["Air/drone strike", "Government regains territory"]);
  });

  it("codes a capture said to be peaceful as a transfer", () => {
    expect(subTypes("دخل الجيش العراقي قضاء مخمور بشكل سلمي.")).toEqual([
      "Non-violent transfer of territory",
    ]);
  });

  it("gives a capture with no actor the reading of the capture it continues", () => {
    const text = "استعادت قوات النظام السيطرة على بلدة كفرنبل، عقب سيطرتها على قرية حاس.";
    const events = eventsOf(text);
    expect(events.map((e) => e.sub_event_type)).toEqual(["Government regains territory"]);
  });

  it("gives a clash whose clause names no doer the subject of its sentence", () => {
    const clash = eventOf(
      "استعادت هيئة تحرير الشام السيطرة على قرية الحاضر، بعد معارك مع قوات النظام.",
      "Armed clash",
    );
    expect(clash.actor1).toBe("Hayat Tahrir al-Sham");
    expect(clash.actor2).toMatch(/^Military Forces of Syria/);
  });

  it("codes a siege broken by state forces as the government regaining territory", () => {
    const broken = eventOf(
      "الجيش السوري يكسر حصار تنظيم الدولة عن مطار دير الزور.",
      "Government regains territory",
    );
    expect(broken.actor2).toBe("Islamic State (Syria)");
  });
});

describe("one event per occurrence", () => {
  it("merges a strike on a town with the same strikes said to hit the country", () => {
    const text =
      "قصفت طائرات التحالف مدينة الرقة صباح اليوم. وقال ناشطون إن غارات التحالف على سوريا أوقعت قتلى.";
    expect(subTypes(text)).toEqual(["Air/drone strike"]);
  });

  it("keeps clashes in two named villages apart", () => {
    const text =
      "دارت اشتباكات بين قوات النظام والفصائل في قرية الزكاة. ودارت اشتباكات أخرى بين الطرفين في قرية الأربعين.";
    expect(subTypes(text)).toEqual(["Armed clash", "Armed clash"]);
  });

  it("does not locate an event in a wire's dateline", () => {
    const strike = eventOf("لندن ( رويترز ) - قصفت طائرات حربية مدينة إدلب اليوم.", "Air/drone strike");
    expect(strike.place?.text).toBe("إدلب");
  });

  it("does not date an event by a day after the report was published", () => {
    const text = "الأحد 21 كانون الثاني 2018 قتل خمسة مدنيين بغارات على مدينة الميادين.";
    expect(eventOf(text, "Air/drone strike", "2017-10-05").date).toBe("2017-10-05");
  });
});
