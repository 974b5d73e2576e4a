import { describe, expect, it } from "vitest";
import { readClaims } from "./test-helpers.js";

/** Harder structures, in sentences written for these tests (invented events, real places and outlets). */

describe("who is speaking", () => {
  it("a name no layer knows, between a saying verb and its complementizer, is a person", () => {
    const r = readClaims("وقال جوناثان بيركلي إن المساعدات لم تصل إلى مخيم الركبان منذ شهرين.");
    expect(r.claim("قال").source).toMatchObject({ text: "جوناثان بيركلي", kind: "person" });
    expect(r.content(r.claim("قال"))).toBe("المساعدات لم تصل إلى مخيم الركبان منذ شهرين");
  });

  it("a title takes the name after it («الجنرال …») but not the time or the outlet it spoke to", () => {
    const r = readClaims("وأكد العميد سهيل المحمود لوكالة سبوتنيك أن وحداته تقدمت نحو بلدة الهبيط.");
    const c = r.claim("أكد");
    expect(c.source).toMatchObject({ text: "العميد سهيل المحمود", kind: "military" });
    expect(c.medium?.text).toBe("وكالة سبوتنيك");
    expect(r.content(c)).toBe("وحداته تقدمت نحو بلدة الهبيط");
  });

  it("a country speaking is its government («وأعلنت تركيا …»)", () => {
    const r = readClaims("وأعلنت تركيا إغلاق معبر باب الهوى أمام الشاحنات التجارية.");
    expect(r.claim("أعلنت").source).toMatchObject({ text: "تركيا", kind: "official" });
  });

  it("«هذه المصادر» refers back to the sources named before", () => {
    const r = readClaims(
      "وكشفت مصادر إعلامية أردنية أن عمّان ستفتح معبر نصيب. وأضافت هذه المصادر أن الافتتاح سيتم الشهر المقبل.",
    );
    const second = r.claim("أضافت");
    expect(second.source).toMatchObject({ text: "مصادر إعلامية أردنية", ref: { text: "المصادر" } });
    expect(r.content(second)).toBe("الافتتاح سيتم الشهر المقبل");
  });

  it("a subject after «أن» belongs to the outer content («ذكر المرصد أن مصادر … أعلنت أن …»)", () => {
    const r = readClaims("وذكر المرصد أن مصادر عسكرية روسية أعلنت، الأسبوع الماضي، أن الطيران نفذ 40 طلعة.");
    const outer = r.claim("ذكر");
    const inner = r.claim("أعلنت");
    expect(inner.source).toMatchObject({ text: "مصادر عسكرية روسية", kind: "military" });
    expect(inner.parent).toBe(outer.id);
    expect(r.content(inner)).toBe("الطيران نفذ 40 طلعة");
    expect(r.content(outer).startsWith("مصادر عسكرية روسية أعلنت")).toBe(true);
  });

  it("«على لسان» relays like «نقلاً عن»", () => {
    const r = readClaims("وأعلنت الحكومة السورية على لسان وزير الإعلام أن الصحفيين الأجانب سيدخلون حلب.");
    const inner = r.claim("على لسان");
    expect(inner.source).toMatchObject({ text: "وزير الإعلام", kind: "official" });
    expect(inner.via).toBe(r.claim("أعلنت").id);
  });
});

describe("what is said", () => {
  it("skips the addressee, an adverbial phrase and the verb's own verbal noun", () => {
    const a = readClaims("وقال المتحدث باسم الدفاع المدني للصحفيين إن فرقه انتشلت 6 جثث.");
    expect(a.content(a.claim("قال"))).toBe("فرقه انتشلت 6 جثث");
    const b = readClaims("وأكد الوزير خلال لقائه نظيره العراقي أن الحدود ستبقى مفتوحة.");
    expect(b.content(b.claim("أكد"))).toBe("الحدود ستبقى مفتوحة");
    const c = readClaims("ونفى الجيش التركي نفياً قاطعاً استهداف المدنيين في عفرين.");
    expect(c.content(c.claim("نفى"))).toBe("استهداف المدنيين في عفرين");
  });

  it("a quotation that the clause goes on after is part of a longer content", () => {
    const r = readClaims('وأضاف المصدر أن "مجموعات من المسلحين" قد تحاول التسلل ليلاً.');
    expect(r.content(r.claim("أضاف"))).toBe('"مجموعات من المسلحين" قد تحاول التسلل ليلاً');
  });

  it("«كشف» by an armed group with a plain object is not a report; with «عن» it is", () => {
    const r = readClaims("وكشف تنظيم الدولة عن خطة لمهاجمة سجن الصناعة في الحسكة.");
    expect(r.content(r.claim("كشف"))).toBe("خطة لمهاجمة سجن الصناعة في الحسكة");
    expect(readClaims("وكشف تنظيم الدولة وجهه الحقيقي باستهداف المدنيين.").claims).toEqual([]);
  });

  it("«قدرة» (ability) is not «قدّره» (he estimated it)", () => {
    expect(readClaims("وأظهرت قدرة الفصائل على الصمود في وجه الهجوم.").claims).toEqual([]);
  });

  it("«وكالة الأنباء» is a name, not a noun cue", () => {
    const r = readClaims("وقالت وكالة الأنباء الأردنية إن الملك استقبل وفداً من العشائر.");
    expect(r.claims.map((c) => c.cue.text)).toEqual(["قالت"]);
  });
});
