import { describe, expect, it } from "vitest";
import { readClaims } from "./test-helpers.js";

/** Sentences written for these tests (real places and outlets, invented events and figures). */

describe("verb cues: source after the verb", () => {
  it("«قالت وكالة سانا إن …»: outlet, reported, content after إن", () => {
    const r = readClaims(
      "قالت وكالة سانا إن وحدات من الجيش العربي السوري دمرت مقرات للمسلحين في ريف حماة الشمالي.",
    );
    const c = r.claim("قالت");
    expect(c.source).toMatchObject({
      text: "وكالة سانا",
      kind: "outlet",
      actor_id: "sana",
      affiliation: null,
    });
    expect(r.content(c)).toBe("وحدات من الجيش العربي السوري دمرت مقرات للمسلحين في ريف حماة الشمالي");
    expect(c.certainty).toBe("reported");
  });

  it("«وأكد المرصد السوري …» (masc.) takes a direct object and is confirmed", () => {
    const r = readClaims("وأكد المرصد السوري لحقوق الإنسان مقتل 12 مدنياً في قصف على بلدة كفرنبل.");
    const c = r.claim("أكد");
    expect(c.source).toMatchObject({
      text: "المرصد السوري لحقوق الإنسان",
      kind: "monitor",
      actor_id: "sohr",
    });
    expect(r.content(c)).toBe("مقتل 12 مدنياً في قصف على بلدة كفرنبل");
    expect(c.certainty).toBe("confirmed");
  });

  it("«وأفادت الشبكة السورية …» (fem.) with «بأن»", () => {
    const r = readClaims("وأفادت الشبكة السورية لحقوق الإنسان بأن 40 شخصاً اعتقلوا في مدينة التل خلال أسبوع.");
    const c = r.claim("أفادت");
    expect(c.source).toMatchObject({ kind: "monitor", actor_id: "snhr" });
    expect(r.content(c)).toBe("40 شخصاً اعتقلوا في مدينة التل خلال أسبوع");
  });

  it("«وقالت قناة الميادين …»", () => {
    const r = readClaims(
      "وقالت قناة الميادين إن الطيران الروسي شن غارات على مواقع المسلحين في ريف اللاذقية.",
    );
    expect(r.claim("قالت").source).toMatchObject({ text: "قناة الميادين", kind: "outlet" });
    expect(r.content(r.claim("قالت"))).toBe("الطيران الروسي شن غارات على مواقع المسلحين في ريف اللاذقية");
  });

  it("present tense «ويقول ناشطون» and «وتؤكد مصادر أهلية»", () => {
    const a = readClaims("ويقول ناشطون إن قوات النظام تحشد تعزيزات في محيط بلدة اللطامنة.");
    expect(a.claim("يقول").source).toMatchObject({ text: "ناشطون", kind: "anonymous" });
    expect(a.claim("يقول").certainty).toBe("reported");
    const b = readClaims("وتؤكد مصادر أهلية أن المياه مقطوعة عن الحي منذ أسبوع.");
    expect(b.claim("تؤكد")).toMatchObject({ certainty: "confirmed", source: { text: "مصادر أهلية" } });
    expect(b.content(b.claim("تؤكد"))).toBe("المياه مقطوعة عن الحي منذ أسبوع");
  });

  it("«وقال شهود عيان» is a witness", () => {
    const r = readClaims("وقال شهود عيان إن دوريات روسية تجولت في شوارع مدينة القامشلي.");
    expect(r.claim("قال").source.kind).toBe("witness");
  });

  it("«كشف التلفزيون الرسمي عن …»: government outlet, content after عن", () => {
    const r = readClaims("كشف التلفزيون الرسمي عن وصول شحنة قمح إلى ميناء طرطوس.");
    const c = r.claim("كشف");
    expect(c.source).toMatchObject({ text: "التلفزيون الرسمي", kind: "outlet", affiliation: "government" });
    expect(c.source.affiliation_span?.text).toBe("الرسمي");
    expect(r.content(c)).toBe("وصول شحنة قمح إلى ميناء طرطوس");
  });

  it("«وأفادت مصادر إعلامية بوصول …»: the content starts after the «بـ»", () => {
    const r = readClaims("وأفادت مصادر إعلامية بوصول تعزيزات عسكرية تركية إلى معبر كفرلوسين.");
    expect(r.content(r.claim("أفادت"))).toBe("وصول تعزيزات عسكرية تركية إلى معبر كفرلوسين");
  });

  it("an official spokesman and a ministry are officials", () => {
    const a = readClaims("وذكر المتحدث باسم الخارجية الروسية أن موسكو لن تسمح بتقسيم سوريا.");
    expect(a.claim("ذكر").source).toMatchObject({ text: "المتحدث باسم الخارجية الروسية", kind: "official" });
    expect(a.claim("ذكر").certainty).toBe("reported");
    const b = readClaims("أعلنت وزارة الداخلية التركية اعتقال 7 أشخاص يشتبه بانتمائهم لتنظيم الدولة.");
    expect(b.claim("أعلنت").source).toMatchObject({ text: "وزارة الداخلية التركية", kind: "official" });
    expect(b.content(b.claim("أعلنت"))).toBe("اعتقال 7 أشخاص يشتبه بانتمائهم لتنظيم الدولة");
  });

  it("a source inside a body the lexicons do not know still ends at the complementizer", () => {
    const r = readClaims("وقال مصدر في مستشفى المدينة إن 3 جرحى وصلوا صباح اليوم.");
    expect(r.claim("قال").source.text).toBe("مصدر في مستشفى المدينة");
    expect(r.content(r.claim("قال"))).toBe("3 جرحى وصلوا صباح اليوم");
  });

  it("a quotation after a colon is the content, without the quote marks", () => {
    const r = readClaims('وقال المرصد: "إن 4 أطفال قتلوا في القصف".');
    expect(r.content(r.claim("قال"))).toBe("4 أطفال قتلوا في القصف");
  });

  it('a medium: «لـ"عنب بلدي"» is where the source spoke, not the source', () => {
    const r = readClaims('وقال مصدر عسكري لـ"عنب بلدي" إن الفصائل صدت هجوماً على محور كبانة.');
    const c = r.claim("قال");
    expect(c.source).toMatchObject({ text: "مصدر عسكري", kind: "military" });
    expect(c.medium).toMatchObject({ text: "عنب بلدي", actor_id: "enab-baladi" });
    expect(r.content(c)).toBe("الفصائل صدت هجوماً على محور كبانة");
  });

  it("no claim for a verb that is not a report («نشرت قوات النظام تعزيزات»)", () => {
    expect(readClaims("ونشرت قوات النظام تعزيزات عسكرية على أطراف مدينة جاسم.").claims).toEqual([]);
    expect(readClaims("قصفت الطائرات الحربية بلدة التمانعة بعدة غارات.").claims).toEqual([]);
    expect(readClaims("وفق الاتفاق المبرم بين الطرفين، تنسحب الفصائل من المنطقة.").claims).toEqual([]);
  });
});

describe("sources before the verb, carried over and referred back", () => {
  it("«وكانت صحيفة الوطن السورية قد نشرت أن …»", () => {
    const r = readClaims("وكانت صحيفة الوطن السورية قد نشرت أن الحكومة رفعت أسعار المحروقات.");
    expect(r.claim("نشرت").source).toMatchObject({ text: "صحيفة الوطن السورية", kind: "outlet" });
    expect(r.content(r.claim("نشرت"))).toBe("الحكومة رفعت أسعار المحروقات");
  });

  it("«الصفحة» refers back to the page named before; «وأضافت» carries it on", () => {
    const r = readClaims(
      'ونشرت صفحة "أخبار حماة" الموالية صوراً لرتل عسكري. وأشارت الصفحة إلى أن الرتل توجه نحو سهل الغاب. وأضافت أن الطريق أغلق.',
    );
    const page = { text: 'صفحة "أخبار حماة"', kind: "social_media", affiliation: "pro-government" };
    expect(r.claim("نشرت").source).toMatchObject(page);
    expect(r.claim("أشارت").source).toMatchObject({ ...page, ref: { text: "الصفحة" } });
    expect(r.content(r.claim("أشارت"))).toBe("الرتل توجه نحو سهل الغاب");
    expect(r.claim("أضافت").source).toMatchObject(page);
    expect(r.content(r.claim("أضافت"))).toBe("الطريق أغلق");
  });

  it("a participle continues the main verb's source and ends the content before it", () => {
    const r = readClaims("وسجل المرصد السوري مقتل 5 مدنيين، مشيراً إلى أن بينهم طفلين.");
    expect(r.content(r.claim("سجل"))).toBe("مقتل 5 مدنيين");
    expect(r.claim("مشيراً").source).toMatchObject({ text: "المرصد السوري", kind: "monitor" });
    expect(r.content(r.claim("مشيراً"))).toBe("بينهم طفلين");
  });
});

describe("prepositional cues", () => {
  it("«بحسب ناشطين، …» opens its clause: the content follows", () => {
    const r = readClaims("بحسب ناشطين، سقطت خمس قذائف على حي الوعر في حمص.");
    const c = r.claim("بحسب");
    expect(c.source).toMatchObject({ text: "ناشطين", kind: "anonymous" });
    expect(r.content(c)).toBe("سقطت خمس قذائف على حي الوعر في حمص");
  });

  it("«…، وفقاً لمصادر محلية» closes it: the content is before", () => {
    const r = readClaims("قتل ثلاثة عناصر من الشرطة في انفجار عبوة ناسفة وسط مدينة درعا، وفقاً لمصادر محلية.");
    const c = r.claim("وفقاً");
    expect(c.source.text).toBe("مصادر محلية");
    expect(r.content(c)).toBe("قتل ثلاثة عناصر من الشرطة في انفجار عبوة ناسفة وسط مدينة درعا");
  });

  it("«…، كما قال الدفاع المدني» looks back; «كما أعلنت …» at a clause start looks ahead", () => {
    const a = readClaims("وقتل 4 مدنيين في قصف على بلدة سرمين، كما قال الدفاع المدني.");
    expect(a.claim("قال").source).toMatchObject({ kind: "organisation", actor_id: "white-helmets" });
    expect(a.content(a.claim("قال"))).toBe("وقتل 4 مدنيين في قصف على بلدة سرمين");
    const b = readClaims("كما أعلنت الأمم المتحدة أن 300 ألف شخص نزحوا من ريف إدلب الجنوبي خلال شهر.");
    expect(b.content(b.claim("أعلنت"))).toBe("300 ألف شخص نزحوا من ريف إدلب الجنوبي خلال شهر");
  });
});

describe("relays", () => {
  it("«نقلاً عن مسؤول تركي»: the agency relays the official; future «ستعزز» is expected", () => {
    const r = readClaims("وذكرت وكالة رويترز نقلاً عن مسؤول تركي أن أنقرة ستعزز قواتها على الحدود.");
    const outer = r.claim("ذكرت");
    const inner = r.claim("نقلاً عن");
    expect(outer.source).toMatchObject({ text: "وكالة رويترز", actor_id: "reuters" });
    expect(inner.source).toMatchObject({ text: "مسؤول تركي", kind: "official" });
    expect(inner.via).toBe(outer.id);
    expect(r.content(inner)).toBe("أنقرة ستعزز قواتها على الحدود");
    // The agency reports; the expectation is the official's.
    expect([outer.certainty, inner.certainty]).toEqual(["reported", "expected"]);
  });

  it("«نقلت … عن مصدر في محافظة حلب قوله إن …»", () => {
    const r = readClaims(
      "ونقلت قناة الإخبارية السورية عن مصدر في محافظة حلب قوله إن الطريق الدولي سيفتح أمام حركة المرور.",
    );
    const inner = r.claim("قوله");
    expect(inner.source).toMatchObject({ text: "مصدر في محافظة حلب", kind: "anonymous" });
    expect(inner.via).toBe(r.claim("نقلت").id);
  });

  it("a chain of relays: agency ← channel ← field source", () => {
    const r = readClaims(
      "ونقلت وكالة سبوتنيك عن قناة المنار قولها نقلاً عن مصدر ميداني أن الجيش استعاد تلة استراتيجية قرب كباني.",
    );
    const [agency, channel, field] = r.claims;
    expect(agency?.source.text).toBe("وكالة سبوتنيك");
    expect(channel).toMatchObject({ cue: { text: "قولها" }, source: { text: "قناة المنار" } });
    expect(field?.source).toMatchObject({ text: "مصدر ميداني", kind: "military" });
    expect(channel?.via).toBe(agency?.id);
    expect(field?.via).toBe(channel?.id);
  });

  it("a bare «عن» with no verbal noun of its own: the relayed source is the claim's origin", () => {
    const r = readClaims("ونقلت وكالة الأناضول عن مسؤولين أتراك أن أنقرة أغلقت معبر أونجو بينار.");
    expect(r.claims).toHaveLength(1);
    expect(r.claim("نقلت").origin).toMatchObject({ text: "مسؤولين أتراك", kind: "official" });
    expect(r.content(r.claim("نقلت"))).toBe("أنقرة أغلقت معبر أونجو بينار");
  });
});

describe("certainty", () => {
  it("a denial and the reports it denies", () => {
    const r = readClaims("ونفت وزارة الدفاع الروسية الأنباء عن استهداف مستشفى في إدلب.");
    const denial = r.claim("نفت");
    expect(denial).toMatchObject({ certainty: "denied", source: { kind: "official" } });
    expect(r.claim("الأنباء").parent).toBe(denial.id);
    expect(r.content(r.claim("الأنباء"))).toBe("استهداف مستشفى في إدلب");
  });

  it("«لا صحة للأنباء …» is the article's own denial", () => {
    const r = readClaims("لا صحة للأنباء التي تحدثت عن انسحاب القوات التركية من نقطة المراقبة في مورك.");
    expect(r.claim("لا صحة")).toMatchObject({ certainty: "denied", source: { kind: "author", text: "" } });
    expect(r.content(r.claim("للأنباء"))).toBe("انسحاب القوات التركية من نقطة المراقبة في مورك");
  });

  it("a denial inside the content makes the claim a denial", () => {
    const r = readClaims("وقال مصدر في وزارة الداخلية إنه لا صحة لاعتقال الصحفي.");
    expect(r.claim("قال").certainty).toBe("denied");
  });

  it("a negated cue: «ولم يؤكد المرصد» leaves a rumour", () => {
    const r = readClaims("ولم يؤكد المرصد السوري مقتل القيادي في الغارة.");
    expect(r.claim("يؤكد").certainty).toBe("rumoured");
  });

  it("rumours: «وزعمت صفحات موالية», «وتداولت حسابات معارضة», «أنباء غير مؤكدة»", () => {
    const a = readClaims("وزعمت صفحات موالية أن الجيش دخل البلدة.");
    expect(a.claim("زعمت")).toMatchObject({
      certainty: "rumoured",
      source: { text: "صفحات", kind: "social_media", affiliation: "pro-government" },
    });
    const b = readClaims("وتداولت حسابات معارضة صوراً تظهر الدمار في السوق.");
    expect(b.claim("تداولت").source).toMatchObject({ kind: "social_media", affiliation: "opposition" });
    const c = readClaims("وانتشرت أنباء غير مؤكدة عن مقتل قائد الفصيل في كمين.");
    expect(c.claim("أنباء").certainty).toBe("rumoured");
    expect(c.content(c.claim("أنباء"))).toBe("مقتل قائد الفصيل في كمين");
  });

  it("expectations: «ومن المتوقع أن», «ستجري» in the content; «يعتقد أن» is a rumour", () => {
    const a = readClaims("ومن المتوقع أن يصل وفد أممي إلى دمشق الأسبوع المقبل.");
    expect(a.claim("من المتوقع")).toMatchObject({ certainty: "expected", source: { kind: "author" } });
    const b = readClaims("وتقول الحكومة إن الانتخابات ستجري في موعدها.");
    expect(b.claim("تقول")).toMatchObject({ certainty: "expected", source: { kind: "official" } });
    const c = readClaims("ويعتقد أن الانفجار ناجم عن لغم من مخلفات الحرب.");
    expect(c.claim("يعتقد")).toMatchObject({ certainty: "rumoured", source: { kind: "author" } });
    expect(c.content(c.claim("يعتقد"))).toBe("الانفجار ناجم عن لغم من مخلفات الحرب");
  });

  it("a future-looking noun («سيارة», «سيطرة») is not a future verb", () => {
    const r = readClaims("وقال ناشطون إن سيارة مفخخة انفجرت قرب حاجز للقوات التركية.");
    expect(r.claim("قال").certainty).toBe("reported");
  });
});

describe("affiliation as the text gives it", () => {
  it("«مصادر مقربة من النظام» is pro-government", () => {
    const r = readClaims("وتحدثت مصادر مقربة من النظام عن وصول تعزيزات إلى ريف حلب الجنوبي.");
    const c = r.claim("تحدثت");
    expect(c.source).toMatchObject({ text: "مصادر", affiliation: "pro-government" });
    expect(c.source.affiliation_span?.text).toBe("مقربة من النظام");
  });

  it("a source from a party takes it as affiliation («مصدر في الحكومة المؤقتة») and stays unnamed", () => {
    const r = readClaims("ونفى مصدر في الحكومة المؤقتة أن تكون الشرطة اعتقلت أي ناشط.");
    expect(r.claim("نفى")).toMatchObject({
      certainty: "denied",
      source: { text: "مصدر في الحكومة المؤقتة", kind: "anonymous", affiliation: "opposition" },
    });
  });
});
