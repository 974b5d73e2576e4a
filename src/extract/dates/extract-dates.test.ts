import { describe, expect, it } from "vitest";
import { dateOf, datesIn } from "./test-helpers.js";

const PUB = "2018-05-20"; // a Sunday

describe("reference report seed-000", () => {
  it("reads «ظهر يوم أمس السبت الـ 19 من أيار الجاري» as noon on 2018-05-19", () => {
    const d = dateOf(
      "توقفت عند ظهر يوم أمس السبت الـ 19 من أيار الجاري، الهدوء",
      PUB,
      "ظهر يوم أمس السبت الـ 19 من أيار الجاري",
    );
    expect(d).toMatchObject({
      kind: "point",
      value: "2018-05-19",
      precision: "day",
      time_of_day: "noon",
      resolved: true,
    });
  });
  it("reads the night after midnight as the coming night when it starts today", () => {
    const d = dateOf("أن تبدأ بعد منتصف ليل الأحد – الاثنين، على غرار", PUB, "بعد منتصف ليل الأحد – الاثنين");
    expect(d).toMatchObject({ value: "2018-05-21", time_of_day: "after_midnight" });
    expect(dateOf("التي خرجت بعد منتصف ليل السبت – الأحد", PUB, "بعد منتصف ليل السبت – الأحد")?.value).toBe(
      "2018-05-20",
    );
  });
  it("keeps «منذ 36 ساعة» a duration and «70%» no date", () => {
    expect(dateOf("وقف إطلاق نار متواصل منذ 36 ساعة..", PUB, "منذ 36 ساعة")).toMatchObject({
      kind: "duration",
      value: "PT36H",
    });
    expect(datesIn("من أقل من 70% من مخيم اليرموك", PUB)).toEqual([]);
  });
});

describe("month names in every tradition", () => {
  const cases: Array<[string, string]> = [
    ["وقع الهجوم في 3 شباط 2016 على القرية", "2016-02-03"],
    ["وقع الهجوم في 3 فبراير 2016 على القرية", "2016-02-03"],
    ["وقع الهجوم في 3 فيفري 2016 على القرية", "2016-02-03"],
    ["وصل الوفد يوم 14 جويلية 2019", "2019-07-14"],
    ["انتهت المعركة في 2 تشرين الثاني 2017", "2017-11-02"],
    ["انتهت المعركة في 2 كانون الأول 2017", "2017-12-02"],
    ["أُعلن في 9 أوت 2015 عن الاتفاق", "2015-08-09"],
    ["سقطت المدينة في 11 آب 2014", "2014-08-11"],
    ["سقطت المدينة في 11 يونيه 2014", "2014-06-11"],
  ];
  it.each(cases)("%s", (sentence, value) => {
    expect(datesIn(sentence, null).map((d) => d.value)).toContain(value);
  });
  it("pairs «أيار/مايو» and «حزيران (يونيو)» into one mention", () => {
    expect(datesIn("في 7 أيار/مايو 2019 قصفت", null)[0]).toMatchObject({
      text: "7 أيار/مايو 2019",
      value: "2019-05-07",
    });
    expect(datesIn("في 5 حزيران (يونيو) أعلن", "2020-07-01")[0]).toMatchObject({
      text: "5 حزيران (يونيو)",
      value: "2020-06-05",
    });
  });
  it("does not read آب «father» or مارس «practised» alone as months", () => {
    expect(datesIn("قال الأب إن ابنه مارس الرياضة", PUB)).toEqual([]);
  });
  it("converts Hijri dates", () => {
    expect(dateOf("في 15 رمضان 1439 هـ قصفت", null, "15 رمضان 1439 هـ")?.value).toBe("2018-05-30");
    expect(dateOf("تأسست عام 1320 هجري", null, "عام 1320 هجري")?.value).toBe("1902-04-10/1903-03-29");
  });
});

describe("weekdays", () => {
  it("flags a weekday that contradicts the date", () => {
    const d = dateOf("جرت الانتخابات الثلاثاء 19 أيار 2018 في حلب", null, "الثلاثاء 19 أيار 2018");
    expect(d).toMatchObject({ value: "2018-05-19", codes: ["weekday_mismatch"] });
  });
  it("resolves a bare weekday back to the latest such day, or forward when future", () => {
    expect(dateOf("اجتمع الوفد الخميس في عمان", "2021-03-09", "الخميس")?.value).toBe("2021-03-04");
    expect(dateOf("من المتوقع أن يجتمع الوفد الخميس", "2021-03-09", "الخميس")?.value).toBe("2021-03-11");
    expect(dateOf("يجتمع الوفد الخميس المقبل", "2021-03-09", "الخميس المقبل")?.value).toBe("2021-03-11");
  });
  it("leaves a weekday unresolved without a publication date", () => {
    expect(dateOf("نشرت الصفحة الخميس تدوينة", null, "الخميس")).toMatchObject({
      resolved: false,
      value: null,
      codes: ["date_unanchored"],
    });
  });
});

describe("relative dates, periods, ranges and durations", () => {
  const pub = "2020-11-04"; // a Wednesday
  const cases: Array<[string, string, string]> = [
    ["قتل ثلاثة مدنيين أمس في درعا", "أمس", "2020-11-03"],
    ["قصفت الطائرات أول أمس بلدة سرمين", "أول أمس", "2020-11-02"],
    ["يصل الوفد غداً إلى جنيف", "غداً", "2020-11-05"],
    ["انفجرت سيارة قبل ثلاثة أيام في الباب", "قبل ثلاثة أيام", "2020-11-01"],
    ["وقعت الاشتباكات الأسبوع الماضي", "الأسبوع الماضي", "2020-10-26/2020-11-01"],
    ["ارتفع عدد الضحايا الشهر الماضي", "الشهر الماضي", "2020-10"],
    ["نزح الآلاف العام الماضي", "العام الماضي", "2019"],
    ["جرت المعارك في تشرين الأول الجاري", "تشرين الأول الجاري", "2020-10"],
    ["المعارك استمرت من 5 إلى 7 تشرين الأول", "من 5 إلى 7 تشرين الأول", "2020-10-05/2020-10-07"],
    ["وذلك بين عامي 2012 و2014 في حمص", "بين عامي 2012 و2014", "2012/2014"],
    ["تواصل الحصار خلال الأشهر الثلاثة الماضية", "خلال الأشهر الثلاثة الماضية", "P3M"],
    ["الهدنة صامدة منذ 48 ساعة", "منذ 48 ساعة", "PT48H"],
    ["استمر القتال أسبوعاً كاملاً", "أسبوعاً كاملاً", "P1W"],
    ["قصف مساء الاثنين 2 تشرين الثاني مواقع", "مساء الاثنين 2 تشرين الثاني", "2020-11-02"],
  ];
  it.each(cases)("%s", (sentence, expression, value) => {
    expect(dateOf(sentence, pub, expression)?.value).toBe(value);
  });
  it("resolves nothing against the clock", () => {
    expect(dateOf("قتل مدني أمس", null, "أمس")).toMatchObject({
      value: null,
      resolved: false,
      codes: ["date_unanchored"],
    });
    expect(dateOf("قتل مدني الأسبوع الماضي", null, "الأسبوع الماضي")?.resolved).toBe(false);
  });
  it("reads numeric dates and two-digit years", () => {
    expect(dateOf("بتاريخ 3/4/2019 صدر", null, "بتاريخ 3/4/2019")?.value).toBe("2019-04-03");
    expect(dateOf("في 3/4/19 صدر", "2019-05-01", "3/4/19")?.value).toBe("2019-04-03");
  });
});
