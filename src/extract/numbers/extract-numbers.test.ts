import { describe, expect, it } from "vitest";
import { numbersIn } from "./test-helpers.js";

const one = (text: string) => {
  const found = numbersIn(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("digits", () => {
  it.each([
    ["سقط 1,000 صاروخ", 1000],
    ["سقط 1.000 صاروخ", 1000],
    ["بلغت النسبة 3.5 نقطة", 3.5],
    ["نزح ١٬٢٠٠ شخص", 1200],
    ["ارتفع ٣٫٥ نقطة", 3.5],
    ["نزح 2.5 مليون شخص", 2_500_000],
    ["وصل 12 ألف لاجئ", 12_000],
  ])("%s → %d", (text, value) => {
    expect(one(text).value).toBe(value);
  });
});

describe("number words", () => {
  it.each([
    ["قتل خمسة عشر مدنياً", 15, "civilians"],
    ["وصل ثلاثة آلاف وخمسمائة مقاتل", 3500, "fighters"],
    ["أصيب ألفين شخص", 2000, "people"],
    ["اعتقل مئتي شاب", 200, "men"],
    ["نزح عشرون ألفاً من المدنيين", 20_000, "civilians"],
    ["قتل مئة وخمسة وعشرون جندياً", 125, "soldiers"],
    ["خرجت ست نساء", 6, "women"],
  ])("%s", (text, value, counts) => {
    expect(one(text)).toMatchObject({ value, counts });
  });
  it("does not read «ست الحسن» or an ordinal tail «الثامن عشر» as numbers", () => {
    expect(numbersIn("غنت ست الحسن في الجزء الثامن عشر")).toEqual([]);
  });
});

describe("vague quantities, qualifiers and ranges", () => {
  it("values vague plurals by ACLED's convention", () => {
    expect(one("تجمعت عشرات الحافلات الخضراء")).toMatchObject({ value: 10, approx: true, counts: "buses" });
    expect(one("ترافقت مع مئات الضربات الجوية")).toMatchObject({
      value: 100,
      approx: true,
      counts: "air_strikes",
      text: "مئات الضربات الجوية",
    });
    expect(one("فر عشرات الآلاف من النازحين")).toMatchObject({ value: 10_000, counts: "displaced" });
    expect(one("خرج المئات من مسلحي التنظيم")).toMatchObject({ value: 100, counts: "fighters" });
  });
  it.each([
    ["يقدر عددهم بقرابة 1000 عنصر", "about", 1000, "fighters"],
    ["قتل نحو 40 مدنياً", "about", 40, "civilians"],
    ["أصيب أكثر من 30 شخصاً", "more_than", 30, "people"],
    ["أصيب أقل من 20 شخصاً", "less_than", 20, "people"],
    ["قتل ما لا يقل عن 12 طفلاً", "at_least", 12, "children"],
    ["سقط زهاء 200 قذيفة", "about", 200, "shells"],
    ["أطلق أزيد من 50 صاروخاً", "more_than", 50, "rockets"],
  ])("%s", (text, qualifier, value, counts) => {
    expect(one(text)).toMatchObject({ qualifier, value, counts, approx: true });
  });
  it("reads ranges with an upper bound", () => {
    expect(one("قتل بين 10 و15 قتيلاً")).toMatchObject({
      value: 10,
      max: 15,
      qualifier: "range",
      counts: "killed",
    });
    expect(one("أصيب من 20 إلى 25 شخصاً")).toMatchObject({ value: 20, max: 25, counts: "people" });
  });
  it("reads duals as two", () => {
    expect(one("سقط قتيلين في القصف")).toMatchObject({ value: 2, counts: "killed" });
  });
});

describe("what is not a head count", () => {
  it("keeps percentages, unit names and money uncounted", () => {
    expect(one("انسحب من أقل من 70% من المخيم")).toMatchObject({ value: 70, counts: null, percent: true });
    expect(one("قصف مقر اللواء 47 في حماة")).toMatchObject({ value: 47, counts: null, identifier: true });
    expect(one("دفع 500 دولار للمهرب")).toMatchObject({ value: 500, counts: null, money: true });
  });
  it("reads bracketed references, page numbers and line-start list markers as labels", () => {
    expect(one("استنادا إلى البند (14) من الاتفاق")).toMatchObject({ value: 14, identifier: true });
    expect(one('صدر البلاغ رقم "37" عن الجبهة')).toMatchObject({ value: 37, identifier: true });
    expect(one("انظر التقرير ص. 12 للتفاصيل")).toMatchObject({ value: 12, identifier: true });
    expect(one("3 - يمنع نقل السلاح بين الأحياء")).toMatchObject({ value: 3, identifier: true });
    expect(one("مهاجمة 3 - 4 قرى")).toMatchObject({ value: 3, max: 4, identifier: false });
  });
  it("keeps a «/NN» reference suffix inside the label, not as a second number", () => {
    expect(numbersIn("صدر القرار رقم 41/88 عن المجلس")).toMatchObject([{ value: 41, identifier: true }]);
  });
  it("emits no number for the numbers inside dates", () => {
    expect(numbersIn("في 19 أيار 2018 ومنذ 36 ساعة وفي عام 2011")).toEqual([]);
  });
  it("reads the reference report's counts", () => {
    expect(numbersIn("بما يقارب 1000 عنصر دون عائلاتهم")[0]).toMatchObject({
      value: 1000,
      qualifier: "about",
      counts: "fighters",
    });
    expect(numbersIn('إن "5000 شخص سيتم ترحيلهم')[0]).toMatchObject({
      value: 5000,
      counts: "people",
      approx: false,
    });
  });
});
