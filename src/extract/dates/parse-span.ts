import { normalizeArabic } from "../../text/normalize.js";
import { parseQuantity } from "../numbers/parse-quantity.js";
import type { Word } from "../numbers/words.js";
import type { Cue, PeriodUnit } from "./date-lexicon.js";
import type { DurationParse, PeriodParse, PointParse, RangeParse } from "./date-parse.js";
import { parsePoint, parseYear, type Source } from "./parse-point.js";
import { anchors, cues, months, periods, units, W } from "./tables.js";

const MAX_POINT_WORDS = 40;
const APPROX = new Set(["قرابه", "نحو", "حوالي", "زهاء"].map(normalizeArabic));
const THIS = normalizeArabic("هذا");
const HATHIHI = normalizeArabic("هذه");

/** «الأسبوع الماضي», «الشهر الجاري», «هذا العام», «السنة المقبلة». */
export function parsePeriod(words: readonly Word[], i: number): { parse: PeriodParse; end: number } | null {
  const demonstrative = words[i]?.t === THIS || words[i]?.t === HATHIHI;
  const at = demonstrative ? i + 1 : i;
  const period = periods.match(words, at);
  if (period === null) return null;
  if (demonstrative)
    return { parse: { type: "period", unit: period.value, anchor: "current" }, end: period.end };
  const anchor = anchors.match(words, period.end);
  if (anchor === null || words[period.end]?.t === THIS) return null;
  return { parse: { type: "period", unit: period.value, anchor: anchor.value }, end: anchor.end };
}

interface Amount {
  n: number | null;
  unit: PeriodUnit;
  end: number;
}

/** «36 ساعة», «ثلاثة أيام», «يومين», «الأشهر الثلاثة الماضية», «ال 24 ساعة الماضية», «الأيام الأخيرة». */
function amount(words: readonly Word[], i: number, cue: boolean): Amount | null {
  let j = words[i]?.t === W.the ? i + 1 : i;
  if (cue && APPROX.has(words[j]?.t ?? "")) j++;
  const q = parseQuantity(words, j);
  if (q !== null && !q.fraction) {
    const unit = units.match(words, q.end);
    if (unit === null || words[q.end]!.t.startsWith("ال")) return null;
    // «9 عام (1921)»: a year word before a year is not a unit.
    if (unit.value.count === 1 && (words[unit.end]?.k === "num" || words[unit.end]?.t === "(")) return null;
    return { n: q.value, unit: unit.value.unit, end: lastWord(words, unit.end) };
  }
  const unit = units.match(words, j);
  if (unit === null) return null;
  if (W.whole.has(words[unit.end]?.t ?? ""))
    return { n: unit.value.count ?? 1, unit: unit.value.unit, end: unit.end + 1 };
  if (unit.value.count === null) {
    // A definite plural then its number: «الأشهر الثلاثة الماضية»; or a vague stretch: «الأيام الأخيرة».
    const after = words[unit.end]?.t === W.the ? unit.end + 1 : unit.end;
    const n = parseQuantity(words, after);
    if (n !== null && !n.fraction) return { n: n.value, unit: unit.value.unit, end: lastWord(words, n.end) };
    if (W.last.has(words[unit.end]?.t ?? "")) return { n: null, unit: unit.value.unit, end: unit.end + 1 };
    return null;
  }
  const whole = W.whole.has(words[unit.end]?.t ?? "");
  if (!cue && !whole) return null;
  return {
    n: unit.value.count,
    unit: unit.value.unit,
    end: whole ? unit.end + 1 : lastWord(words, unit.end),
  };
}

/** Takes a trailing «الماضية / الأخيرة» into the span. */
function lastWord(words: readonly Word[], j: number): number {
  return W.last.has(words[j]?.t ?? "") ? j + 1 : j;
}

/** A duration or an offset: [cue] amount. Without a cue only «36 ساعة» or «شهر كامل» qualify. */
export function parseDuration(
  words: readonly Word[],
  i: number,
): { parse: DurationParse; end: number } | null {
  const cue = cues.match(words, i);
  const at = cue?.end ?? i;
  const found = amount(words, at, cue !== null);
  // «خلال شهر رمضان»: «شهر» names the month that follows, it is not one month's length.
  if (found === null || (found.unit === "month" && months.match(words, found.end) !== null)) return null;
  const c: Cue | null = cue?.value ?? null;
  const fromEvent = words[found.end]?.t === W.of || words[found.end]?.t === "علي";
  return { parse: { type: "duration", cue: c, n: found.n, unit: found.unit, fromEvent }, end: found.end };
}

/** «وبين» → «بين»: a conjunction before the word that opens a range. */
function stripAnd(t: string): string {
  return t.length > 2 && t.startsWith("و") ? t.slice(1) : t;
}

/** A day number alone, the first end of «من 5 إلى 7 أيار». */
function bareDay(words: readonly Word[], i: number, p: PointParse): number | null {
  const j = words[i]?.t === W.the ? i + 1 : i;
  const w = words[j];
  if (w?.k !== "num" || w.t.length > 2) return null;
  const day = Number(w.t);
  if (day < 1 || day > 31) return null;
  p.day = day;
  return j + 1;
}

function endpoint(src: Source, i: number, p: PointParse, first: boolean): number | null {
  return (
    parsePoint(src, i, p) ?? parseYear(src.words, i, p, true) ?? (first ? bareDay(src.words, i, p) : null)
  );
}

/** «من 5 إلى 7 أيار», «بين 5 و7 حزيران», «من 5 أيار حتى 7 حزيران 2018», «بين عامي 2011 و2015». */
export function parseRange(src: Source, i: number): { parse: RangeParse; end: number } | null {
  const words = src.words;
  const opener = stripAnd(words[i]?.t ?? "");
  const open = W.rangeOpen.has(opener) || opener === "ما";
  // Without an opener only «-» joins two ends; no point runs longer than MAX_POINT_WORDS words, so a
  // text with no «-» that close holds no range here, and the first end need not be parsed (twice).
  if (!open && src.nextDash !== undefined && src.nextDash[i]! - i > MAX_POINT_WORDS) return null;
  let j = opener === "ما" && words[i + 1]?.t === "بين" ? i + 2 : open ? i + 1 : i;
  const pluralYears = words[j]?.t === "عامي" || words[j]?.t === "سنتي";
  const from: PointParse = { type: "point" };
  const mid = endpoint(src, j, from, true);
  if (mid === null) return null;
  const joiner = words[mid]?.t ?? "";
  if (!W.rangeJoin.has(joiner) || (!open && joiner !== "-")) return null;
  if (joiner === "و" && opener !== "بين" && words[i + 1]?.t !== "بين") return null;
  j = mid + 1;
  const to: PointParse = { type: "point" };
  const end = pluralYears ? parseYear(words, j, to, true) : endpoint(src, j, to, false);
  if (end === null) return null;
  if (from.year === undefined && from.month === undefined && from.day !== undefined && to.month === undefined)
    return null;
  return { parse: { type: "range", from, to }, end };
}
