import type { PointParse } from "./date-parse.js";
import { parsePoint, relativeMonth, type Source } from "./parse-point.js";
import { monthParts, months, W } from "./tables.js";

/**
 * «مطلع أيار», «منتصف الشهر الجاري», «أواخر شهر رمضان 1439»: a third of a named or relative month.
 * Nothing else may follow the part word: «نهاية الاجتماع» is no date.
 */
export function parseMonthPart(src: Source, i: number): { parse: PointParse; end: number } | null {
  const words = src.words;
  const part = monthParts.match(words, i);
  if (part === null) return null;
  let j = part.end;
  if (words[j]?.t === W.month) j++;
  const p: PointParse = { type: "point" };
  let end = relativeMonth(words, j, p);
  if (end === null) {
    if (months.match(words, j) === null) return null;
    end = parsePoint(src, j, p);
    if (end === null || p.month === undefined || p.day !== undefined || p.weekday !== undefined) return null;
  }
  p.monthPart = part.value;
  return { parse: p, end };
}
