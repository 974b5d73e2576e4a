import { describe, expect, it } from "vitest";
import { eventOf, eventsOf } from "./test-helpers.js";

// Sentences written for these tests (real places, invented incidents): the words around a trigger that make
// it no event (filters.ts), and the ones that set its status. Published 2020-03-10 unless a test says otherwise.

const subTypes = (text: string) => eventsOf(text).map((e) => e.sub_event_type);

describe("frames that make a trigger no event", () => {
  it.each([
    // attempts and aims: a place is not taken until it is
    "وتحاول قوات النظام السيطرة على بلدة كفرزيتا منذ أيام.",
    "وتسعى الفصائل إلى استعادة قرية معرشورين.",
    "حشدت الفصائل مقاتليها تمهيدا لشن هجوم على مدينة سراقب.",
    "وصل رتل من قوات النظام إلى المنطقة للسيطرة على تلة الزيتون.",
    // conditions, fears, demands, threats, talks, rights
    "وإذا ما سيطرت الفصائل على مدينة محردة فستتغير المعادلة.",
    "أبدى الأهالي مخاوف كبيرة من ارتكاب الميليشيات مجزرة في بلدة كفرنبل.",
    "نشرت الهيئة بيانا تطالب فيه بالإفراج عن المعتقلين.",
    "هدد قائد الفرقة الرابعة باقتحام بلدة معضمية الشام.",
    "اجتمع وجهاء المدينة مع الضباط الروس لبحث خروج المقاتلين من بلدة الرستن.",
    "قال الوزير إن للمواطنين الحق في الاحتجاج السلمي.",
    // stopped, negated, pointing back
    "توقف القصف على مدينة دوما منذ يومين.",
    "اتفق الطرفان على ضمان عدم حصول أي مواجهات بين عناصرهما.",
    "وأدى هذا الهجوم إلى نزوح مئات العائلات من بلدة الهبيط.",
    // states, descriptions and campaigns
    "ويسيطر تنظيم الدولة منذ عام 2015 على مدينة تدمر.",
    "وتحاصر قوات النظام مدينة دوما منذ سنوات.",
    "وتدعم واشنطن قوات سوريا الديمقراطية التي تقاتل تنظيم الدولة في ريف دير الزور.",
    "أعلن الجيش العراقي انطلاق معركة تحرير قضاء القائم.",
    "يشن الجيش هجوما واسعا على ريف إدلب الجنوبي.",
    // weapons that did not go off, blasts only heard, talk about missiles
    "سمع سكان مدينة حمص دوي انفجارات قوية.",
    "تحدث التقرير عن تطوير الصواريخ الإيرانية بعيدة المدى.",
    "طور فريق بحثي جهازا لاكتشاف الألغام الأرضية.",
    // politics in the words of war
    "اتفق وزيرا الخارجية على عقد جولة محادثات جديدة في جنيف.",
    "دخلت العلاقات بين البلدين مرحلة جديدة.",
    "أوقفت الحكومة صادرات القمح إلى الدول المجاورة.",
    "واصلت المسيرة الأوروبية طريقها رغم الأزمات.",
    "شن زعيم التنظيم هجوما حادا على قيادة الهيئة واتهمها بالخيانة في كلمة صوتية.",
  ])("%s", (text) => {
    expect(subTypes(text)).toEqual([]);
  });

  it("codes a belt worn by a man arrested as no explosion", () => {
    expect(subTypes("اعتقلت قوات الأمن شابا يرتدي حزاما ناسفا في مدينة كركوك.")).toEqual(["Arrests"]);
  });

  it("keeps what the fear says happened before («مخاوف من تكرار مجزرة …»)", () => {
    expect(subTypes("سادت مخاوف من تكرار مجزرة سجن صيدنايا.")).toEqual(["Attack"]);
  });

  it("keeps a headline's news-present capture, unlike a state of control", () => {
    const capture = eventOf(
      "قوات سوريا الديمقراطية تسيطر على قرية الكرامة شرق مدينة الرقة.",
      "Non-state actor overtakes territory",
    );
    expect(capture.actor1).toBe("QSD: Syrian Democratic Forces");
  });

  it("keeps a march with a crowd, and a protest burning flags as peaceful", () => {
    expect(subTypes("خرجت مسيرات حاشدة في مدينة عمان تنديدا بالقرار.")).toEqual(["Peaceful protest"]);
    expect(subTypes("تظاهر المئات في مدينة السويداء وأحرقوا العلم الأمريكي.")).toEqual(["Peaceful protest"]);
  });

  it("codes an evacuation of patients under a deal as an agreement", () => {
    expect(subTypes("تم إجلاء 12 مريضا من مدينة دوما عبر معبر الوافدين.")).toEqual(["Agreement"]);
  });

  it("reads a pronoun suffix off the trigger («اعتقاله», «أعدموه»)", () => {
    expect(subTypes("وتم اعتقاله على حاجز لهيئة تحرير الشام قرب مدينة سرمدا.")).toEqual(["Arrests"]);
    // An arrest that ends in an execution is the execution.
    expect(subTypes("أوقف المسلحون سيارته قرب مدينة إدلب ثم أعدموه رميا بالرصاص.")).toEqual(["Attack"]);
  });
});

describe("status from the trigger's words", () => {
  it("makes fighting told in the present tense ongoing", () => {
    expect(eventOf("تقاتل قوات النظام تنظيم الدولة في بادية حمص.", "Armed clash").status).toBe("ongoing");
  });

  it("makes fighting told as daily an ongoing aggregate", () => {
    const clash = eventOf("تدور اشتباكات يوميا بين قوات النظام والفصائل في حي جوبر.", "Armed clash");
    expect(clash).toMatchObject({ aggregate: true, status: "ongoing" });
  });

  it("takes a denial after the trigger, and not a denial negated", () => {
    const downed = eventOf("دمشق تعلن إسقاط طائرة إسرائيلية وتل أبيب تنفي.", "Disrupted weapons use");
    expect(downed.status).toBe("denied");
    const strike = eventOf("لم ينف الجيش قصف المشفى في مدينة أريحا.", "Shelling/artillery/missile attack");
    expect(strike.status).toBe("happened");
  });

  it("does not read «أنباء» in an agency's name as a rumour", () => {
    const capture = eventOf(
      "ذكرت وكالة الأنباء السورية أن قوات النظام استعادت السيطرة على بلدة مورك.",
      "Government regains territory",
    );
    expect(capture.status).toBe("happened");
  });
});
