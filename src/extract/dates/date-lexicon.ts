/**
 * Words for dates and times, as data, in ordinary Arabic spelling; PhraseTable normalises them on load.
 * Month names come in three Gregorian traditions (MSA/Egyptian, Levantine/Iraqi, Maghrebi) and the
 * Hijri calendar.
 */

export type Calendar = "gregorian" | "hijri";

export interface MonthWord {
  readonly month: number;
  readonly calendar: Calendar;
  /** A name that is also an ordinary word (آب "father", صفر "zero", رجب a given name): needs a day or a year. */
  readonly weak?: boolean;
}

const GREGORIAN: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "جانفييه"]],
  [2, ["فبراير", "فبرایر", "شباط", "فيفري", "فبرير"]],
  [3, ["آذار", "اذار"]],
  [4, ["أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "ابريل"]],
  [5, ["مايو", "أيار", "ايار"]],
  [6, ["يونيو", "يونيه", "حزيران", "جوان"]],
  [7, ["يوليو", "يوليه", "تموز", "جويلية", "جويلة", "يوليوز"]],
  [8, ["أغسطس", "اغسطس", "غشت", "أوت"]],
  [9, ["سبتمبر", "أيلول", "ايلول", "شتنبر"]],
  [10, ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين أول"]],
  [11, ["نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"]],
  [12, ["ديسمبر", "كانون الأول", "كانون أول", "دجنبر"]],
];

/** Month names that are also common words or names. */
const WEAK_GREGORIAN: ReadonlyArray<readonly [number, string]> = [
  [3, "مارس"], // "he practised"
  [5, "ماي"],
  [8, "آب"], // أب "father" after normalisation
];

const HIJRI: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["محرم", "المحرم"]],
  [3, ["ربيع الأول", "ربيع الاول", "ربيع أول"]],
  [4, ["ربيع الثاني", "ربيع الآخر", "ربيع ثاني"]],
  [5, ["جمادى الأولى", "جمادى الاولى", "جمادى الأول"]],
  [6, ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"]],
  [8, ["شعبان"]],
  [9, ["رمضان"]],
  [10, ["شوال"]],
  [11, ["ذو القعدة", "ذي القعدة"]],
  [12, ["ذو الحجة", "ذي الحجة"]],
];

const WEAK_HIJRI: ReadonlyArray<readonly [number, string]> = [
  [2, "صفر"],
  [7, "رجب"],
];

export function monthEntries(): Array<readonly [string, MonthWord]> {
  const out: Array<readonly [string, MonthWord]> = [];
  for (const [month, names] of GREGORIAN)
    for (const n of names) out.push([n, { month, calendar: "gregorian" }]);
  for (const [month, n] of WEAK_GREGORIAN) out.push([n, { month, calendar: "gregorian", weak: true }]);
  for (const [month, names] of HIJRI) for (const n of names) out.push([n, { month, calendar: "hijri" }]);
  for (const [month, n] of WEAK_HIJRI) out.push([n, { month, calendar: "hijri", weak: true }]);
  return out;
}

/** 0 = Sunday … 6 = Saturday, with and without the article. */
export const WEEKDAYS: ReadonlyArray<readonly [string, number]> = [
  ["الأحد", 0],
  ["الاثنين", 1],
  ["الإثنين", 1],
  ["الثلاثاء", 2],
  ["الأربعاء", 3],
  ["الأربعا", 3],
  ["الخميس", 4],
  ["الجمعة", 5],
  ["السبت", 6],
];

/** Relative days, in days from the publication date. */
export const RELATIVE_DAYS: ReadonlyArray<readonly [string, number]> = [
  ["اليوم", 0],
  ["أمس", -1],
  ["الأمس", -1],
  ["البارحة", -1],
  ["أول أمس", -2],
  ["أول من أمس", -2],
  ["أمس الأول", -2],
  ["غدا", 1],
  ["غد", 1],
  ["الغد", 1],
  ["بكرا", 1],
  ["بكرة", 1],
  ["بعد غد", 2],
];

export type TimeOfDay =
  | "dawn"
  | "morning"
  | "forenoon"
  | "noon"
  | "afternoon"
  | "evening"
  | "night"
  | "midnight"
  | "after_midnight";

/** Parts of the day that go before a day («ظهر يوم أمس», «صباح اليوم», «ليل السبت»). */
export const PARTS_BEFORE: ReadonlyArray<readonly [string, TimeOfDay]> = [
  ["فجر", "dawn"],
  ["صباح", "morning"],
  ["ضحى", "forenoon"],
  ["ظهر", "noon"],
  ["ظهيرة", "noon"],
  ["عصر", "afternoon"],
  ["مساء", "evening"],
  ["ليل", "night"],
  ["ليلة", "night"],
  ["منتصف ليل", "midnight"],
  ["منتصف ليلة", "midnight"],
  ["بعد منتصف ليل", "after_midnight"],
  ["بعد منتصف ليلة", "after_midnight"],
];

/** Adverbial parts of the day, alone or after a day («الأحد صباحاً», «فجراً»). */
export const PARTS_AFTER: ReadonlyArray<readonly [string, TimeOfDay]> = [
  ["فجرا", "dawn"],
  ["فجر", "dawn"],
  ["صباحا", "morning"],
  ["ظهرا", "noon"],
  ["عصرا", "afternoon"],
  ["مساء", "evening"],
  ["مساءا", "evening"],
  ["ليلا", "night"],
  ["منتصف الليل", "midnight"],
  ["بعد منتصف الليل", "after_midnight"],
  ["الليلة", "night"],
  ["ليلة", "night"],
];

/** «الليلة» alone is tonight. */
export const TONIGHT = "الليلة";

export type Anchor = "current" | "past" | "next";

/** Words after a month, week, year or weekday that place it against the publication date. */
export const ANCHORS: ReadonlyArray<readonly [string, Anchor]> = [
  ["الجاري", "current"],
  ["الجارية", "current"],
  ["الحالي", "current"],
  ["الحالية", "current"],
  ["هذا", "current"],
  ["الماضي", "past"],
  ["الماضية", "past"],
  ["المنصرم", "past"],
  ["المنصرمة", "past"],
  ["الفائت", "past"],
  ["الفائتة", "past"],
  ["السابق", "past"],
  ["المقبل", "next"],
  ["المقبلة", "next"],
  ["القادم", "next"],
  ["القادمة", "next"],
];

export type PeriodUnit = "minute" | "hour" | "day" | "week" | "month" | "year";

/** «الأسبوع الماضي», «الشهر الجاري», «العام المقبل»: the calendar period before the anchor word. */
export const PERIODS: ReadonlyArray<readonly [string, PeriodUnit]> = [
  ["الأسبوع", "week"],
  ["الشهر", "month"],
  ["العام", "year"],
  ["السنة", "year"],
];

export interface UnitWord {
  readonly unit: PeriodUnit;
  /** 1 for a singular, 2 for a dual, null for a plural that needs a number. */
  readonly count: number | null;
}

export const UNITS: ReadonlyArray<readonly [string, UnitWord]> = [
  ...(
    [
      ["minute", "دقيقة", "دقيقتين", ["دقائق", "دقيقة"]],
      ["hour", "ساعة", "ساعتين", ["ساعات", "ساعة"]],
      ["day", "يوم", "يومين", ["أيام", "يوما"]],
      ["week", "أسبوع", "أسبوعين", ["أسابيع", "أسبوعا"]],
      ["month", "شهر", "شهرين", ["أشهر", "شهور", "شهرا"]],
      ["year", "عام", "عامين", ["أعوام", "عاما", "سنوات", "سنين"]],
      ["year", "سنة", "سنتين", []],
    ] as const
  ).flatMap(([unit, one, two, many]) => [
    [one, { unit, count: 1 }] as const,
    [two, { unit, count: 2 }] as const,
    [`${two.slice(0, -2)}ان`, { unit, count: 2 }] as const,
    ...many.map((m) => [m, { unit, count: null }] as const),
  ]),
];

/** Words that open a duration or an offset: منذ (since/for), قبل (ago), خلال (during), بعد (in). */
export type Cue = "since" | "ago" | "during" | "for" | "in";

export const CUES: ReadonlyArray<readonly [string, Cue]> = [
  ["منذ", "since"],
  ["قبل", "ago"],
  ["خلال", "during"],
  ["طوال", "during"],
  ["طيلة", "during"],
  ["على مدى", "during"],
  ["على مدار", "during"],
  ["لمدة", "for"],
  ["مدة", "for"],
  ["بعد", "in"],
];

/** Words that name a year (عام 2018، سنة 1948) or open a range of years (بين عامي 2011 و2015). */
export const YEAR_WORDS: ReadonlyArray<readonly [string, true]> = [
  ["عام", true],
  ["العام", true],
  ["سنة", true],
  ["السنة", true],
  ["عامي", true],
  ["سنتي", true],
];

/** Era marks after a year: م، ميلادي for Gregorian; هـ، هجري for Hijri. */
export const ERAS: ReadonlyArray<readonly [string, Calendar]> = [
  ["م", "gregorian"],
  ["ميلادي", "gregorian"],
  ["ميلادية", "gregorian"],
  ["للميلاد", "gregorian"],
  ["هـ", "hijri"],
  ["ه", "hijri"],
  ["هجري", "hijri"],
  ["هجرية", "hijri"],
  ["للهجرة", "hijri"],
];

/** Words before a bare weekday that put it in the future («من المتوقع أن تبدأ … الخميس»). */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  "المتوقع",
  "المقرر",
  "سوف",
  "يعتزم",
  "تعتزم",
  "مرتقب",
  "المرتقب",
  "سيتم",
  "ستبدا",
  "سيبدا",
  "ستجري",
  "سيجري",
  "سيعقد",
  "ستعقد",
  "ستنطلق",
  "سينطلق",
  "ستخرج",
  "سيخرج",
]);

/** Adverbs of repetition: a `set` date. */
export const SETS: ReadonlyArray<readonly [string, PeriodUnit]> = [
  ["يوميا", "day"],
  ["يومياً", "day"],
  ["أسبوعيا", "week"],
  ["أسبوعياً", "week"],
  ["شهريا", "month"],
  ["شهرياً", "month"],
  ["سنويا", "year"],
  ["سنوياً", "year"],
  ["كل يوم", "day"],
  ["كل أسبوع", "week"],
  ["كل شهر", "month"],
  ["كل عام", "year"],
  ["كل سنة", "year"],
];
