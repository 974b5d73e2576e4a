import type { DateKind, DatePrecision } from "../../core/layers.js";
import {
  addMonths,
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  fromDayNumber,
  fromHijri,
  hijriMonthRange,
  hijriYearRange,
  isValidDate,
  toHijri,
  weekdayOf,
} from "./calendar.js";
import type { DateParse, DurationParse, PeriodParse, PointParse, RangeParse } from "./date-parse.js";

/** A resolved value and the problems met on the way (codes become diagnostics). */
export interface Resolution {
  readonly kind: DateKind;
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  readonly time_of_day: string | null;
  /** «الساعة 10:30 صباحاً» → "10:30" (24-hour), when the text gives a clock time. */
  readonly time: string | null;
  readonly resolved: boolean;
  readonly problems: ReadonlyArray<{ code: string; message: string }>;
}

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

interface Point {
  kind: DateKind;
  value: string | null;
  precision: DatePrecision | null;
  /** First and last day, for range arithmetic and consistency checks. */
  first: number | null;
  last: number | null;
}

const UNRESOLVED: Point = { kind: "point", value: null, precision: null, first: null, last: null };

function dayPoint(day: number): Point {
  return { kind: "point", value: formatDay(day), precision: "day", first: day, last: day };
}

function rangePoint(first: number, last: number, precision: DatePrecision = "day"): Point {
  return { kind: "range", value: `${formatDay(first)}/${formatDay(last)}`, precision, first, last };
}

class Problems {
  readonly list: Array<{ code: string; message: string }> = [];
  add(code: string, message: string): void {
    this.list.push({ code, message });
  }
}

/** A two-digit year in the century that puts it at or before the publication year (or 2030). */
function fullYear(p: PointParse, anchor: number | null): number | undefined {
  if (p.year === undefined || !p.shortYear) return p.year;
  const ceiling = anchor === null ? 2030 : fromDayNumber(anchor).y;
  return 2000 + p.year <= ceiling ? 2000 + p.year : 1900 + p.year;
}

/** The year of a month (and day) given without one, placed against the publication date. */
function placeYear(p: PointParse, anchor: number): number {
  const pub = fromDayNumber(anchor);
  const month = p.month!;
  if (p.monthAnchor === "current") return pub.y;
  if (p.monthAnchor === "past")
    return month < pub.m || (month === pub.m && (p.day ?? 99) <= pub.d) ? pub.y : pub.y - 1;
  if (p.monthAnchor === "next") return month > pub.m ? pub.y : pub.y + 1;
  // Nearest occurrence to the publication date.
  let best = pub.y;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of [pub.y - 1, pub.y, pub.y + 1]) {
    const distance = Math.abs(dayNumber(y, month, p.day ?? 15) - anchor);
    if (distance < bestDistance) [best, bestDistance] = [y, distance];
  }
  return best;
}

/**
 * The Hijri year of a month named without one: the publication year, or for «رمضان الماضي» the last
 * such month already over and for «رمضان المقبل» the next one not yet begun.
 */
function hijriYearOf(p: PointParse, anchor: number): number {
  const year = toHijri(anchor).y;
  const anchorWord = p.monthAnchor;
  if (p.month === undefined || anchorWord === undefined || anchorWord === "current") return year;
  const step = anchorWord === "past" ? -1 : 1;
  for (const y of [year, year + step]) {
    const range = hijriMonthRange(y, p.month);
    if (range !== null && (step < 0 ? range[1] < anchor : range[0] > anchor)) return y;
  }
  return year + 2 * step;
}

function hijriPoint(p: PointParse, anchor: number | null, problems: Problems): Point {
  const year = p.year ?? (anchor === null ? undefined : hijriYearOf(p, anchor));
  if (year === undefined) return UNRESOLVED;
  if (p.day !== undefined && p.month !== undefined) {
    const day = fromHijri(year, p.month, p.day);
    if (day === null) problems.add("date_invalid", `no Hijri date ${p.day}/${p.month}/${year}`);
    return day === null ? UNRESOLVED : dayPoint(day);
  }
  const range = p.month !== undefined ? hijriMonthRange(year, p.month) : hijriYearRange(year);
  return range === null
    ? UNRESOLVED
    : rangePoint(range[0], range[1], p.month !== undefined ? "month" : "year");
}

/** The explicit calendar part of a point (day, month, year), or null when it has none. */
function explicitPoint(p: PointParse, anchor: number | null, problems: Problems): Point | null {
  if (p.month === undefined && p.year === undefined) return null;
  if (p.calendar === "hijri" || (p.month === undefined && p.yearCalendar === "hijri")) {
    return hijriPoint(p, anchor, problems);
  }
  let year = fullYear(p, anchor);
  if (p.month === undefined)
    return { kind: "point", value: String(year), precision: "year", first: null, last: null };
  if (year === undefined) {
    if (anchor === null) return UNRESOLVED;
    year = placeYear(p, anchor);
  }
  if (p.day === undefined) {
    const first = dayNumber(year, p.month, 1);
    const last = first + daysInMonth(year, p.month) - 1;
    return { kind: "point", value: formatMonth(year, p.month), precision: "month", first, last };
  }
  if (!isValidDate(year, p.month, p.day)) {
    problems.add("date_invalid", `no date ${p.day}/${p.month}/${year}`);
    return UNRESOLVED;
  }
  return dayPoint(dayNumber(year, p.month, p.day));
}

/** The weekday nearest the publication date in the direction the text implies. */
function weekdayDay(p: PointParse, anchor: number): number {
  const target = p.weekday!;
  const back = (weekdayOf(anchor) - target + 7) % 7;
  if (p.weekdayAnchor === "past") return anchor - (back === 0 ? 7 : back);
  const ahead = (target - weekdayOf(anchor) + 7) % 7;
  // «الخميس المقبل» is never today; a weekday in a future context may be (tonight's night, today's talks).
  if (p.weekdayAnchor === "next") return anchor + (ahead || 7);
  if (p.future) return anchor + ahead;
  return anchor - back;
}

/** «أواخر أيار»: the first, middle or last third of a month (days 1–10, 11–20, 21–end). */
function monthPartOf(point: Point, part: PointParse["monthPart"]): Point {
  if (part === undefined || point.precision !== "month" || point.first === null || point.last === null)
    return point;
  const { first, last } = point;
  if (part === "early") return rangePoint(first, first + 9, "month");
  if (part === "mid") return rangePoint(first + 10, first + 19, "month");
  return rangePoint(first + 20, last, "month");
}

/** «الشهر الجاري / الماضي» turned into a month and year counted from the publication month. */
function withShiftedMonth(p: PointParse, anchor: number | null): PointParse | null {
  if (p.monthShift === undefined) return p;
  if (anchor === null) return null;
  const pub = fromDayNumber(anchor);
  const { y, m } = addMonths(pub.y, pub.m, p.monthShift);
  return { ...p, month: m, year: y, calendar: "gregorian", yearCalendar: "gregorian" };
}

function resolvePoint(parsed: PointParse, anchor: number | null, problems: Problems): Point {
  const p = withShiftedMonth(parsed, anchor);
  if (p === null) return UNRESOLVED;
  const explicit = explicitPoint(p, anchor, problems);
  let relative: number | null = null;
  if (p.rel !== undefined && anchor !== null) relative = anchor + p.rel;
  if (explicit !== null && explicit.precision === "day" && relative !== null && explicit.first !== relative) {
    problems.add(
      "date_mismatch",
      `the text says ${explicit.value} but the relative day is ${formatDay(relative)}`,
    );
  }
  let day = explicit?.precision === "day" ? explicit.first : relative;
  if (p.weekday !== undefined) {
    if (day !== null && weekdayOf(day) !== p.weekday) {
      problems.add(
        "weekday_mismatch",
        `${formatDay(day)} is a ${WEEKDAY_NAMES[weekdayOf(day)]}, not a ${WEEKDAY_NAMES[p.weekday]}`,
      );
    }
    if (day === null && explicit === null && anchor !== null) day = weekdayDay(p, anchor);
  }
  if (explicit !== null && explicit.precision !== "day") return monthPartOf(explicit, p.monthPart);
  if (day === null) return UNRESOLVED;
  if (p.nightEnd !== undefined) {
    if (p.nightEnd !== (weekdayOf(day) + 1) % 7)
      problems.add("weekday_mismatch", "the night's two days do not follow each other");
    return p.tod === "after_midnight" ? dayPoint(day + 1) : rangePoint(day, day + 1);
  }
  return dayPoint(day);
}

function periodPoint(p: PeriodParse, anchor: number): Point {
  const shift = p.anchor === "past" ? -1 : p.anchor === "next" ? 1 : 0;
  const pub = fromDayNumber(anchor);
  if (p.unit === "year") return { ...UNRESOLVED, value: String(pub.y + shift), precision: "year" };
  if (p.unit === "month") {
    const { y, m } = addMonths(pub.y, pub.m, shift);
    return { ...UNRESOLVED, value: formatMonth(y, m), precision: "month" };
  }
  // Weeks run Monday to Sunday (ISO 8601).
  const monday = anchor - ((weekdayOf(anchor) + 6) % 7) + 7 * shift;
  return rangePoint(monday, monday + 6);
}

const ISO_UNIT: Record<string, string> = {
  minute: "TM",
  hour: "TH",
  day: "D",
  week: "W",
  month: "M",
  year: "Y",
};

function isoDuration(n: number, unit: string): string {
  const code = ISO_UNIT[unit]!;
  return code.startsWith("T") ? `PT${n}${code[1]}` : `P${n}${code}`;
}

/** «قبل يومين» is a day before publication; «بعد يومين» one after; the rest are durations. */
function durationPoint(p: DurationParse, anchor: number | null): Point {
  const offset = p.cue === "ago" ? -1 : p.cue === "in" && !p.fromEvent ? 1 : 0;
  if (p.n === null || !Number.isInteger(p.n)) return { ...UNRESOLVED, kind: "duration" };
  if (offset === 0 || p.unit === "minute")
    return { ...UNRESOLVED, kind: "duration", value: isoDuration(p.n, p.unit) };
  if (anchor === null) return UNRESOLVED;
  const n = p.n * offset;
  if (p.unit === "hour") return dayPoint(anchor + Math.floor(n / 24));
  if (p.unit === "day" || p.unit === "week") return dayPoint(anchor + n * (p.unit === "week" ? 7 : 1));
  const pub = fromDayNumber(anchor);
  if (p.unit === "year") return { ...UNRESOLVED, value: String(pub.y + n), precision: "year" };
  const { y, m } = addMonths(pub.y, pub.m, n);
  return { ...UNRESOLVED, value: formatMonth(y, m), precision: "month" };
}

function rangeOf(p: RangeParse, anchor: number | null, problems: Problems): Point {
  const to = resolvePoint(p.to, anchor, problems);
  const from: PointParse = { ...p.from };
  if (from.month === undefined && from.day !== undefined)
    Object.assign(from, { month: p.to.month, calendar: p.to.calendar });
  if (from.year === undefined && p.to.year !== undefined)
    Object.assign(from, { year: p.to.year, yearCalendar: p.to.yearCalendar });
  if (from.monthAnchor === undefined && p.to.monthAnchor !== undefined) from.monthAnchor = p.to.monthAnchor;
  const start = resolvePoint(from, anchor, problems);
  if (start.value === null || to.value === null) return { ...UNRESOLVED, kind: "range" };
  const startValue = start.kind === "range" ? start.value.split("/")[0]! : start.value;
  const endValue = to.kind === "range" ? to.value.split("/")[1]! : to.value;
  // «20 صفر 1439 هـ - 9 نوفمبر 2017 م»: two calendars naming one day is a point, not a range.
  if (startValue === endValue) return { ...to, kind: "point", value: endValue };
  return {
    kind: "range",
    value: `${startValue}/${endValue}`,
    precision: start.precision,
    first: null,
    last: null,
  };
}

/** Whether resolving the parse needs the publication date. */
function needsAnchor(parse: DateParse): boolean {
  if (parse.type === "period") return true;
  if (parse.type === "set") return false;
  if (parse.type === "duration") return parse.cue === "ago" || (parse.cue === "in" && !parse.fromEvent);
  if (parse.type === "range") return needsAnchor(parse.from) || needsAnchor(parse.to);
  if (parse.monthShift !== undefined) return true;
  if (parse.rel !== undefined || parse.weekday !== undefined)
    return parse.year === undefined || parse.month === undefined || parse.day === undefined;
  return parse.year === undefined && parse.month !== undefined;
}

/** Minutes after midnight as "HH:MM". */
function clockText(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Resolves a parse against the publication day (a day number), never against the clock. */
export function resolveDate(parse: DateParse, anchor: number | null): Resolution {
  const problems = new Problems();
  let point: Point;
  if (parse.type === "set") point = { ...UNRESOLVED, kind: "set", value: `R/${isoDuration(1, parse.unit)}` };
  else if (parse.type === "period") point = anchor === null ? UNRESOLVED : periodPoint(parse, anchor);
  else if (parse.type === "duration") point = durationPoint(parse, anchor);
  else if (parse.type === "range") point = rangeOf(parse, anchor, problems);
  else point = resolvePoint(parse, anchor, problems);
  const kind: DateKind = parse.type === "duration" && point.value?.startsWith("P") ? "duration" : point.kind;
  if (point.value === null && anchor === null && needsAnchor(parse)) {
    problems.add("date_unanchored", "relative date with no publication date to resolve it against");
  }
  const tod = parse.type === "point" ? (parse.tod ?? null) : null;
  const clock = parse.type === "point" ? (parse.clock ?? null) : null;
  return {
    kind,
    value: point.value,
    precision: point.precision,
    time_of_day: tod,
    time: clock === null ? null : clockText(clock),
    resolved: point.value !== null,
    problems: problems.list,
  };
}
