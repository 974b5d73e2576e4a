import { describe, expect, it } from "vitest";
import { readClaims } from "./test-helpers.js";

/**
 * What may stand between a source and what it said (src/claims/zone.ts), in the shapes scraped news gives it.
 * Sentences written for these tests (real places and outlets, invented events and figures).
 */

describe("between the source and its words", () => {
  it("skips a relative clause about the source, up to the medium or the complementizer", () => {
    const r = readClaims(
      "وقال الضابط الذي طلب عدم ذكر اسمه في تصريح صحفي ، يوم الأحد ، إن ثلاثة عناصر قتلوا قرب مدينة منبج .",
    );
    const c = r.claim("قال");
    expect(c.source.text).toBe("الضابط");
    expect(r.content(c)).toBe("ثلاثة عناصر قتلوا قرب مدينة منبج");

    const plain = readClaims("وأكد المسؤول الذي زار البلدة أمس أن المياه انقطعت عن حي الوعر .");
    expect(plain.content(plain.claim("أكد"))).toBe("المياه انقطعت عن حي الوعر");
  });

  it("skips a relative clause after a source named with a prepositional phrase", () => {
    const r = readClaims("وقال المعلمون في المدارس التي أغلقت الشهر الماضي ، إن الرواتب لم تصرف منذ أشهر .");
    const c = r.claim("قال");
    expect(r.content(c)).toBe("الرواتب لم تصرف منذ أشهر");
  });

  it("skips a clause about the statement after its medium («في بيان تلقت … نسخة منه»)", () => {
    const r = readClaims(
      "وقالت قيادة عمليات الأنبار في بيان تلقت وكالة الأناضول نسخة منه ، إن القوات دخلت بلدة عنه .",
    );
    const c = r.claim("قالت");
    expect(c.source.text).toBe("قيادة عمليات الأنبار");
    expect(r.content(c)).toBe("القوات دخلت بلدة عنه");
  });

  it("ends a clause about the medium where a quotation that closes the sentence opens", () => {
    const r = readClaims(
      'وقال قائد الشرطة إن الطريق آمن . وأضاف في بيان متلفز " لن نسمح بعودة المسلحين إلى تلعفر " .',
    );
    const c = r.claim("أضاف");
    expect(c.source.text).toBe("قائد الشرطة");
    expect(r.content(c)).toBe("لن نسمح بعودة المسلحين إلى تلعفر");
  });

  it('reads «ل - " outlet "» as scrapers leave «لـ"outlet"»', () => {
    const r = readClaims('وقال مصدر أمني ل - " الجزيرة نت " إن الانفجار وقع في سوق الهال .');
    const c = r.claim("قال");
    expect(c.source.text).toBe("مصدر أمني");
    expect(r.content(c)).toBe("الانفجار وقع في سوق الهال");
  });

  it("takes «\" إن …» as the words when the quotation's closing mark is lost", () => {
    const r = readClaims('وقال مراسلنا " إن الطيران الحربي استهدف بلدة معرة حرمة بأربع غارات .');
    const c = r.claim("قال");
    expect(c.source.text).toBe("مراسلنا");
    expect(r.content(c)).toBe("الطيران الحربي استهدف بلدة معرة حرمة بأربع غارات");
  });

  it("never takes a quotation that opens with «إن» for a quoted name", () => {
    const r = readClaims('وقال الناطق " إن الهدنة صامدة في درعا " .');
    const c = r.claim("قال");
    expect(c.source.text).toBe("الناطق");
    expect(r.content(c)).toBe("الهدنة صامدة في درعا");
  });

  it("takes a plural participle in the nominative for the speaking group, not an object", () => {
    const r = readClaims("وأكد المعتصمون في ساحة الكرامة أن الإضراب مستمر حتى الإفراج عن المعتقلين .");
    const c = r.claim("أكد");
    expect(c.source.text).toBe("المعتصمون في ساحة الكرامة");
    expect(r.content(c)).toBe("الإضراب مستمر حتى الإفراج عن المعتقلين");
  });
});
