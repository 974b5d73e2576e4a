/**
 * Ordinal words the date grammar reads: days of the month («الخامس من أيار»), clock hours
 * («الساعة الثالثة فجراً») and the parts of a month («أواخر أيار»). Written as in text; the phrase
 * tables normalise them on load.
 */

const UNITS_MASCULINE = [
  "الأول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
];
const TEENS_MASCULINE = ["الحادي", ...UNITS_MASCULINE.slice(1)];

/** A day of the month as a masculine ordinal (يوم is masculine): الأول … الحادي والثلاثين. */
export function dayOrdinalEntries(): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = UNITS_MASCULINE.map((w, k) => [w, k + 1] as const);
  out.push(["العاشر", 10]);
  for (const [k, w] of TEENS_MASCULINE.entries()) out.push([`${w} عشر`, 11 + k]);
  for (const [tens, base] of [
    ["العشرين", 20],
    ["الثلاثين", 30],
  ] as const) {
    out.push([tens, base]);
    const units = base === 20 ? TEENS_MASCULINE : TEENS_MASCULINE.slice(0, 1);
    for (const [k, w] of units.entries()) out.push([`${w} و${tens}`, base + k + 1]);
  }
  return out;
}

/** A clock hour as a feminine ordinal (الساعة is feminine): الواحدة … الثانية عشرة. */
export const HOUR_WORDS: ReadonlyArray<readonly [string, number]> = [
  ["الواحدة", 1],
  ["الثانية", 2],
  ["الثالثة", 3],
  ["الرابعة", 4],
  ["الخامسة", 5],
  ["السادسة", 6],
  ["السابعة", 7],
  ["الثامنة", 8],
  ["التاسعة", 9],
  ["العاشرة", 10],
  ["الحادية عشرة", 11],
  ["الحادية عشر", 11],
  ["الثانية عشرة", 12],
  ["الثانية عشر", 12],
];

/** Minutes after the hour: «والنصف», «والربع», «إلا ربعاً» (negative). */
export const HOUR_FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ["والنصف", 30],
  ["والربع", 15],
  ["والثلث", 20],
  ["إلا ربعا", -15],
  ["إلا ربع", -15],
  ["إلا الربع", -15],
  ["إلا ثلثا", -20],
];

export type MonthPart = "early" | "mid" | "late";

/** Words before a month that narrow it to a third: «مطلع أيار», «منتصف الشهر الجاري», «أواخر رمضان». */
export const MONTH_PARTS: ReadonlyArray<readonly [string, MonthPart]> = [
  ["مطلع", "early"],
  ["أوائل", "early"],
  ["بداية", "early"],
  ["بدايات", "early"],
  ["مستهل", "early"],
  ["منتصف", "mid"],
  ["أواسط", "mid"],
  ["أواخر", "late"],
  ["نهاية", "late"],
  ["نهايات", "late"],
  ["ختام", "late"],
];
