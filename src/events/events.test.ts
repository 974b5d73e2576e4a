import { describe, expect, it } from "vitest";
import { eventOf, eventsOf } from "./test-helpers.js";

// Sentences written for these tests: real places, invented incidents and figures. Published 2020-03-10
// (a Tuesday) unless a test says otherwise.

describe("triggers → ACLED types", () => {
  it.each([
    ["انفجار عبوة ناسفة في مدينة الباب.", "Explosions/Remote violence", "Remote explosive/landmine/IED"],
    ["فجر انتحاري نفسه بحزام ناسف في سوق مدينة أعزاز.", "Explosions/Remote violence", "Suicide bomb"],
    ["ألقى مجهولون قنبلة يدوية على منزل في مدينة درعا.", "Explosions/Remote violence", "Grenade"],
    [
      "اتهمت المعارضة قوات النظام بشن هجوم كيماوي بغاز الكلور على بلدة اللطامنة.",
      "Explosions/Remote violence",
      "Chemical weapon",
    ],
    [
      "اختطف مسلحون مجهولون ناشطاً في مدينة السويداء.",
      "Violence against civilians",
      "Abduction/forced disappearance",
    ],
    ["اغتصب عناصر من الميليشيا امرأة في ريف حلب.", "Violence against civilians", "Sexual violence"],
    ["أعدم تنظيم الدولة ثلاثة مدنيين في ريف دير الزور الشرقي.", "Violence against civilians", "Attack"],
    ["خرج العشرات في مظاهرة في السويداء.", "Protests", "Peaceful protest"],
    ["أحرق المحتجون مبنى المحافظة في السويداء.", "Riots", "Violent demonstration"],
    [
      "أنشأت القوات التركية نقطة مراقبة جديدة قرب بلدة مورك.",
      "Strategic developments",
      "Headquarters or base established",
    ],
    ["أعلنت حركة أحرار الشام اندماجها مع جبهة النصرة.", "Strategic developments", "Change to group/activity"],
    ["فرض تنظيم الدولة حظر تجول في مدينة الميادين.", "Strategic developments", "Other"],
    [
      "نهب عناصر الميليشيات منازل المدنيين في بلدة خان شيخون.",
      "Strategic developments",
      "Looting/property destruction",
    ],
    ["توصلت روسيا وتركيا إلى اتفاق لوقف إطلاق النار في إدلب.", "Strategic developments", "Agreement"],
  ])("%s → %s / %s", (text, type, sub) => {
    expect(eventOf(text, sub).event_type).toBe(type);
  });

  it("codes «قصف» by aircraft as an air strike, by guns as shelling", () => {
    expect(eventOf("قصفت المروحيات بالبراميل المتفجرة مدينة داريا.", "Air/drone strike").trigger.text).toBe(
      "قصفت",
    );
    expect(
      eventOf("قصفت قوات النظام بالمدفعية الثقيلة بلدة الهبيط.", "Shelling/artillery/missile attack").actor1,
    ).toMatch(/^Military Forces of Syria/);
  });

  it("reads a foreign air force as aircraft only when no ground weapon is named", () => {
    expect(eventOf("قصف روسي استهدف بلدة كنصفرة في جبل الزاوية.", "Air/drone strike").trigger.text).toBe(
      "قصف",
    );
    expect(
      eventOf("قصفت القوات الروسية بالصواريخ قرية البارة.", "Shelling/artillery/missile attack").actor1,
    ).toMatch(/Russia/);
    expect(eventsOf("قصفت القوات التركية بالمدفعية قرية تل رفعت.").map((e) => e.sub_event_type)).toEqual([
      "Shelling/artillery/missile attack",
    ]);
  });

  it("codes a generic attack by the weapon named, else by its target", () => {
    expect(
      eventOf("استهدفت قوات النظام بقذائف الهاون بلدة تلبيسة.", "Shelling/artillery/missile attack").place
        ?.name_en,
    ).toBe("Talbiseh");
    const clash = eventOf("شن جيش العزة هجوماً على مواقع قوات النظام في قرية معركبة.", "Armed clash");
    expect([clash.actor1, clash.actor2]).toEqual([
      "Jaysh al-Izza",
      expect.stringMatching(/^Military Forces of Syria/),
    ]);
    expect(eventOf("اعتدى عناصر من قوات النظام على المدنيين في مدينة التل.", "Attack").actor2).toBe(
      "Civilians (Syria)",
    );
  });

  it("codes an advance by state forces as the government regaining territory, by a rebel group as overtaking it", () => {
    expect(
      eventOf("استعادت قوات النظام السيطرة على بلدة كفرنبل.", "Government regains territory").actor1,
    ).toMatch(/^Military Forces of Syria/);
    const capture = eventOf(
      "سيطرت هيئة تحرير الشام على قرية الحويز بعد اشتباكات مع قوات النظام.",
      "Non-state actor overtakes territory",
    );
    expect(capture.actor1).toBe("Hayat Tahrir al-Sham");
    // ACLED codes the fighting told with a capture («بعد اشتباكات») as an armed clash of its own.
    expect(
      eventsOf("سيطرت هيئة تحرير الشام على قرية الحويز بعد اشتباكات مع قوات النظام.").map(
        (e) => e.sub_event_type,
      ),
    ).toEqual(["Non-state actor overtakes territory", "Armed clash"]);
  });

  it("codes a withdrawal and a hand-over of an area as one non-violent transfer", () => {
    const events = eventsOf("انسحبت قوات سوريا الديمقراطية من مدينة منبج وسلمت المنطقة لقوات النظام.");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      sub_event_type: "Non-violent transfer of territory",
      actor1: "QSD: Syrian Democratic Forces",
    });
    expect(events[0]?.place?.name_en).toBe("Menbij");
  });

  it("codes arrests with the people detained as a quantity", () => {
    const arrests = eventOf(
      "شنت قوات سوريا الديمقراطية حملة دهم واعتقال في بلدة ذيبان واعتقلت 15 شاباً.",
      "Arrests",
    );
    expect(arrests.actor1).toBe("QSD: Syrian Democratic Forces");
    expect(arrests.quantities?.map((q) => q.value)).toEqual([15]);
    expect(eventOf("اعتقلت قوات الأمن 12 شاباً في حملة دهم في مدينة دوما.", "Arrests").place?.name_en).toBe(
      "Duma",
    );
  });

  it("codes a defused bomb as disrupted weapons use, not as an explosion", () => {
    const events = eventsOf("فككت فرق الهندسة عبوة ناسفة على طريق حلب.");
    expect(events.map((e) => e.sub_event_type)).toEqual(["Disrupted weapons use"]);
  });

  it("codes protests by what happened to them", () => {
    expect(
      eventOf(
        "خرجت مظاهرة في مدينة درعا وفرقتها قوات الأمن بالغاز المسيل للدموع.",
        "Protest with intervention",
      ).actor1,
    ).toBe("Protesters (Syria)");
    const fired = eventOf(
      "أطلقت قوات النظام النار على المتظاهرين في مدينة درعا ما أدى إلى مقتل 3 منهم.",
      "Excessive force against protesters",
    );
    expect([fired.actor2, fired.fatalities]).toEqual(["Protesters (Syria)", 3]);
    // «دون أن تتدخل … لتفريق» negates the intervention.
    expect(
      eventsOf("خرج المئات في مظاهرة في مدينة جاسم دون أن تتدخل قوات الأمن لتفريق المتظاهرين.").map(
        (e) => e.sub_event_type,
      ),
    ).toEqual(["Peaceful protest"]);
  });
});

describe("arguments", () => {
  it("reads «بين X و Y» as actor1 and actor2", () => {
    const clash = eventOf("دارت اشتباكات عنيفة بين قوات النظام وتنظيم الدولة في بادية حمص.", "Armed clash");
    expect(clash.actor1).toMatch(/^Military Forces of Syria/);
    expect(clash.actor2).toBe("Islamic State (Syria)");
    expect(clash.inter1).toBe(1);
    expect(clash.actor1_span?.text).toBe("قوات النظام");
  });

  it("takes the doer of «لـ» after a noun of violence, and the one named after «من قبل»", () => {
    const shelling = eventOf(
      "قتل 4 مدنيين بقصف مدفعي لقوات النظام على بلدة كفرنبل.",
      "Shelling/artillery/missile attack",
    );
    expect([shelling.actor1, shelling.actor2]).toEqual([
      expect.stringMatching(/^Military Forces of Syria/),
      "Civilians (Syria)",
    ]);
    expect(
      eventOf("تعرضت بلدة سرمين لقصف صاروخي من قبل قوات النظام.", "Shelling/artillery/missile attack").actor1,
    ).toMatch(/^Military Forces of Syria/);
  });

  it("gives the most specific place of the clause, with ACLED's precision", () => {
    const strike = eventOf(
      "شنت طائرات حربية غارات جوية على بلدة خان شيخون في ريف إدلب الجنوبي.",
      "Air/drone strike",
    );
    expect(strike.place).toMatchObject({ name_en: "Khan Shaykun", geo_precision: 1 });
    expect(
      eventOf("أنشأت القوات التركية نقطة مراقبة جديدة قرب بلدة مورك.", "Headquarters or base established")
        .place,
    ).toMatchObject({
      name_en: "Murak",
      geo_precision: 2,
    });
    expect(
      eventOf("أعدم تنظيم الدولة ثلاثة مدنيين في ريف دير الزور الشرقي.", "Attack").place?.geo_precision,
    ).toBe(2);
  });

  it("gives evacuations a destination and counts buses as a quantity", () => {
    const move = eventOf(
      "وصلت 20 حافلة إلى بلدة قلعة المضيق لنقل مقاتلي المعارضة إلى إدلب.",
      "Non-violent transfer of territory",
    );
    expect(move.destination?.name_en).toBe("Idleb");
    expect(move.place?.name_en).not.toBe("Idleb");
    expect(move.quantities).toEqual([expect.objectContaining({ value: 20, counts: "buses" })]);
  });

  it("dates an event by the date in its clause, else by publication with precision 2", () => {
    const dated = eventOf(
      "قصفت قوات النظام بلدة طفس فجر يوم الأحد الماضي.",
      "Shelling/artillery/missile attack",
    );
    expect([dated.date, dated.time_precision, dated.date_span?.text]).toEqual([
      "2020-03-08",
      1,
      "فجر يوم الأحد الماضي",
    ]);
    const undated = eventOf("انفجار عبوة ناسفة في مدينة الباب.", "Remote explosive/landmine/IED");
    expect([undated.date, undated.time_precision, undated.date_span]).toEqual(["2020-03-10", 2, undefined]);
    expect(
      eventOf("انفجار عبوة ناسفة في مدينة الباب.", "Remote explosive/landmine/IED", null).date,
    ).toBeNull();
  });
});

describe("fatalities", () => {
  it("counts the killed, never the wounded", () => {
    const strike = eventOf(
      "شنت طائرات حربية روسية غارات جوية على بلدة خان شيخون، ما أدى إلى مقتل 6 مدنيين وإصابة 10 آخرين.",
      "Air/drone strike",
    );
    expect(strike.fatalities).toBe(6);
    expect(strike.fatalities_span?.text).toBe("6 مدنيين");
    expect(strike.quantities).toEqual([expect.objectContaining({ value: 10, counts: "wounded" })]);
    const wounded = eventOf(
      "أصيب 5 مدنيين بجروح جراء سقوط قذائف على حي الميدان في دمشق.",
      "Shelling/artillery/missile attack",
    );
    expect(wounded.fatalities).toBeNull();
  });

  it("reads «سقوط قتلى», «استشهاد», and one victim named without a number", () => {
    expect(eventOf("سقط 9 قتلى في غارات على مدينة أريحا.", "Air/drone strike").fatalities).toBe(9);
    expect(
      eventOf("استشهد 3 أطفال بقصف صاروخي على بلدة معرة مصرين.", "Shelling/artillery/missile attack")
        .fatalities,
    ).toBe(3);
    expect(eventOf("قتل مدني برصاص قناص في مدينة درعا.", "Attack").fatalities).toBe(1);
  });

  it("does not add the children among the dead, nor count fighters or buses", () => {
    expect(
      eventOf("قتل 7 مدنيين بينهم طفلان جراء غارة على مدينة سراقب.", "Air/drone strike").fatalities,
    ).toBe(7);
    const move = eventOf("خرجت 30 حافلة تقل 1500 مقاتل من بلدة عربين.", "Non-violent transfer of territory");
    expect(move.fatalities).toBeNull();
    expect(move.quantities?.map((q) => q.counts)).toEqual(["buses", "fighters"]);
  });

  it("names the side that lost people as actor2", () => {
    const clash = eventOf(
      "قتل عنصران من قوات النظام وأصيب خمسة آخرون باستهداف لهيئة تحرير الشام على محور كبانة.",
      "Armed clash",
    );
    expect([clash.actor1, clash.fatalities]).toEqual(["Hayat Tahrir al-Sham", 2]);
    expect(clash.actor2).toMatch(/^Military Forces of Syria/);
  });
});

describe("status", () => {
  it.each([
    ["سيبدأ خروج الدفعة الثانية غداً.", "Non-violent transfer of territory", "expected"],
    ["ستقصف الطائرات الروسية مواقع الفصائل في جبل الزاوية.", "Air/drone strike", "expected"],
    [
      "من المتوقع أن تبدأ عملية خروج المقاتلين من بلدة الرستن مساء اليوم.",
      "Non-violent transfer of territory",
      "expected",
    ],
    ["لا تزال الاشتباكات مستمرة بين هيئة تحرير الشام وجيش العزة في ريف إدلب.", "Armed clash", "ongoing"],
    [
      "أفادت أنباء غير مؤكدة عن انسحاب قوات النظام من بلدة الهبيط.",
      "Non-violent transfer of territory",
      "rumoured",
    ],
    ["نفت وزارة الدفاع قصف المشفى.", "Shelling/artillery/missile attack", "denied"],
    ["قصفت قوات النظام بلدة كفرنبل.", "Shelling/artillery/missile attack", "happened"],
  ])("%s → %s", (text, sub, status) => {
    expect(eventOf(text, sub).status).toBe(status);
  });

  it("dates an expected event by the future date it gives", () => {
    expect(eventOf("سيبدأ خروج الدفعة الثانية غداً.", "Non-violent transfer of territory").date).toBe(
      "2020-03-11",
    );
  });

  it("does not make «تعرضت لقصف» an intention, but does «لإخراج»", () => {
    expect(
      eventOf("تعرضت بلدة سرمين لقصف صاروخي من قبل قوات النظام.", "Shelling/artillery/missile attack").status,
    ).toBe("happened");
    // The buses arrived; taking the fighters out is what they came for, still to happen.
    const events = eventsOf("وصلت حافلات إلى بلدة قلعة المضيق لإخراج دفعة من المقاتلين.");
    expect(events.map((e) => [e.trigger.text, e.status])).toEqual([
      ["وصلت", "happened"],
      ["إخراج", "expected"],
    ]);
  });
});

describe("aggregates", () => {
  it("summarises a period of strikes as one aggregate with a range date", () => {
    const campaign = eventOf("تتعرض مدينة إدلب لغارات جوية مكثفة منذ أسبوعين.", "Air/drone strike");
    expect(campaign).toMatchObject({ aggregate: true, date: "2020-02-25/2020-03-10", status: "ongoing" });
  });

  it("gives one aggregate per sub-type, ending on the day the period ended", () => {
    const text =
      "توقفت المعارك يوم السبت 7 آذار الجاري، عقب شهر كامل من المعارك بين قوات النظام وفصائل المعارضة، ترافقت مع مئات الضربات الجوية ومئات القذائف المدفعية والصواريخ.";
    const events = eventsOf(text).filter((e) => e.aggregate);
    expect(events.map((e) => e.sub_event_type).sort()).toEqual([
      "Air/drone strike",
      "Armed clash",
      "Shelling/artillery/missile attack",
    ]);
    for (const e of events) expect(e.date).toBe("2020-02-07/2020-03-07");
  });
});

describe("not events", () => {
  it.each([
    "تقدم الوفد بمقترح جديد خلال المحادثات.",
    "يعيش النازحون في مناطق سيطرة المعارضة بسبب فترة الحصار الطويلة.",
    "تجمع المئات أمام مبنى البلدية للمطالبة بالخبز.",
    "لم تقصف الطائرات البلدة منذ أسبوع.",
    "غادر الوفد فجراً إلى العاصمة.",
    // Troop movements and reinforcements are not coded (codebook).
    "استقدمت قوات النظام تعزيزات عسكرية إلى ريف حماة الشمالي.",
  ])("%s", (text) => {
    expect(eventsOf(text).filter((e) => e.event_type !== "Protests")).toEqual([]);
  });
});

describe("one event per occurrence", () => {
  it("merges repeated mentions of one strike, keeps the other triggers, and numbers events in text order", () => {
    const text =
      "شن الطيران الحربي الروسي غارات على سوق مدينة أريحا صباح اليوم. وأفاد ناشطون بأن الغارات استهدفت سوق الخضار. وفي سياق آخر اعتقلت قوات النظام 5 شبان في مدينة حماة.";
    const events = eventsOf(text);
    expect(events.map((e) => [e.id, e.sub_event_type])).toEqual([
      ["e1", "Air/drone strike"],
      ["e2", "Arrests"],
    ]);
    expect(events[0]?.mentions?.map((m) => m.text)).toContain("الغارات");
  });

  it("keeps an expected evacuation apart from one that happened", () => {
    const text =
      "خرجت الدفعة الأولى من مقاتلي المعارضة من بلدة عربين يوم الأحد. ومن المتوقع أن تبدأ عملية خروج الدفعة الثانية غداً.";
    const events = eventsOf(text);
    expect(events.map((e) => [e.status, e.date])).toEqual([
      ["happened", "2020-03-08"],
      ["expected", "2020-03-11"],
    ]);
  });
});
