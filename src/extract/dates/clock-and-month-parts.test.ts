import { describe, expect, it } from "vitest";
import { dateOf, datesIn } from "./test-helpers.js";

const PUB = "2019-11-06"; // a Wednesday

describe("clock times", () => {
  it("reads an hour word with a part of day as one mention", () => {
    expect(
      dateOf("اقتحمت دورية مخيم جنين عند الساعة الرابعة فجراً", PUB, "الساعة الرابعة فجراً"),
    ).toMatchObject({
      time_of_day: "dawn",
      value: null,
    });
  });
  it("reads digits and the day that follows, with or without «من»", () => {
    expect(
      dateOf("انفجرت العبوة الساعة 7:45 من صباح أمس قرب الموصل", PUB, "الساعة 7:45 من صباح أمس"),
    ).toMatchObject({ value: "2019-11-05", time_of_day: "morning", time: "07:45" });
    expect(dateOf("سقطت القذيفة الساعة 11.20 ليلاً أمس في درعا", PUB, "الساعة 11.20 ليلاً أمس")).toMatchObject({
      value: "2019-11-05",
      time_of_day: "night",
    });
  });
  it("takes the part of day from a 24-hour clock the text leaves bare", () => {
    expect(dateOf("بدأ القصف الساعة 15:30 على بلدة كفرنبل", PUB, "الساعة 15:30")).toMatchObject({
      time_of_day: "afternoon",
      time: "15:30",
    });
    expect(dateOf("بدأ القصف الساعة 9:30 على بلدة كفرنبل", PUB, "الساعة 9:30")?.time_of_day).toBeNull();
  });
  it("reads fractions of the hour and leaves a stray «ساعة» alone", () => {
    expect(datesIn("وصل الوفد الساعة الحادية عشرة والنصف ظهراً", PUB)[0]).toMatchObject({
      text: "الساعة الحادية عشرة والنصف ظهراً",
      time_of_day: "noon",
      time: "11:30",
    });
    expect(dateOf("سقطت القذيفة الساعة 11.20 ليلاً أمس في درعا", PUB, "الساعة 11.20 ليلاً أمس")?.time).toBe(
      "23:20",
    );
    expect(datesIn("استغرق الاجتماع ساعة كاملة", PUB).map((d) => d.kind)).toEqual(["duration"]);
  });
});

describe("parts of a month", () => {
  it.each([
    ["تصاعدت الاشتباكات في مطلع تشرين الأول", "مطلع تشرين الأول", "2019-10-01/2019-10-10"],
    ["ستجري الانتخابات أواسط كانون الأول المقبل", "أواسط كانون الأول المقبل", "2019-12-11/2019-12-20"],
    ["انسحبت القوات أواخر الشهر الماضي", "أواخر الشهر الماضي", "2019-10-21/2019-10-31"],
    ["يعود النازحون في نهاية شهر شباط 2020", "نهاية شهر شباط 2020", "2020-02-21/2020-02-29"],
  ])("%s", (text, expression, value) => {
    expect(dateOf(text, PUB, expression)).toMatchObject({ kind: "range", value, precision: "month" });
  });
  it("needs a month after the part word", () => {
    expect(datesIn("في نهاية المطاف توصل الطرفان إلى اتفاق", PUB)).toEqual([]);
  });
  it("leaves «الشهر الجاري» unresolved without a publication date, with a diagnostic", () => {
    expect(dateOf("منذ منتصف الشهر الجاري", null, "منتصف الشهر الجاري")).toMatchObject({
      resolved: false,
      codes: ["date_unanchored"],
    });
  });
});

describe("ordinal days", () => {
  it.each([
    ["قتل ثلاثة مدنيين في الثالث من تشرين الثاني", "الثالث من تشرين الثاني", "2019-11-03"],
    ["بدأت المظاهرات في الأول من الشهر الماضي", "الأول من الشهر الماضي", "2019-10-01"],
    [
      "وصلت التعزيزات يوم الحادي والثلاثين من الشهر الماضي",
      "يوم الحادي والثلاثين من الشهر الماضي",
      "2019-10-31",
    ],
    ["أفرج عنه في الثاني عشر من الشهر الجاري", "الثاني عشر من الشهر الجاري", "2019-11-12"],
  ])("%s", (text, expression, value) => {
    expect(dateOf(text, PUB, expression)).toMatchObject({ kind: "point", value, precision: "day" });
  });
  it("reads no date from an ordinal that is not a day", () => {
    expect(datesIn("وهو الهجوم الثاني من نوعه على القاعدة", PUB)).toEqual([]);
  });
});

describe("a Hijri month without day or year", () => {
  it("places «الماضي» and «المقبل» on the last and the next such month", () => {
    // Publication 2019-11-06 is in Rabi al-Awwal 1441; Shawwal 1440 ran in June 2019.
    expect(dateOf("جرت الاشتباكات في شوال الماضي", PUB, "شوال الماضي")?.value).toMatch(
      /^2019-06-0\d\/2019-07-0\d$/,
    );
    expect(dateOf("تتوقع الوزارة عودتهم في رمضان المقبل", PUB, "رمضان المقبل")?.value).toMatch(
      /^2020-04-2\d\//,
    );
  });
  it("reads «خلال شهر رمضان» as the month, not as a month's duration", () => {
    expect(datesIn("تراجعت الغارات خلال شهر رمضان", PUB).map((d) => d.kind)).toEqual(["range"]);
  });
});
