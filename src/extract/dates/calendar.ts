import { ANCHOR_DATE } from "./patterns.js";

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so no time zone and no clock enter
 * the results. Hijri dates follow Umm al-Qura through ICU, inverted by a short search.
 */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(day: number): Ymd {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const back = fromDayNumber(dayNumber(y, m, d));
  return back.y === y && back.m === m && back.d === d;
}

export function daysInMonth(y: number, m: number): number {
  return fromDayNumber(dayNumber(y, m + 1, 1) - 1).d;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function formatDay(day: number): string {
  const { y, m, d } = fromDayNumber(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Adds months, clamping the day to the month's length. */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** Reads `YYYY-MM-DD` or an ISO timestamp (its date part) into a day number; null when it is not one. */
export function parseAnchor(value: string | null | undefined): number | null {
  const match = value == null ? null : ANCHOR_DATE.exec(value);
  if (match === null) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(y, m, d) ? dayNumber(y, m, d) : null;
}

const hijriFormat = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/** Days already converted: fromHijri probes up to 81 days per call through Intl, which is slow. */
const hijriCache = new Map<number, Ymd>();
const HIJRI_CACHE_LIMIT = 1 << 14;

export function toHijri(day: number): Ymd {
  const cached = hijriCache.get(day);
  if (cached !== undefined) return cached;
  const parts = hijriFormat.formatToParts(new Date(day * DAY_MS));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const ymd: Ymd = Object.freeze({ y: get("year"), m: get("month"), d: get("day") });
  if (hijriCache.size >= HIJRI_CACHE_LIMIT) hijriCache.clear();
  hijriCache.set(day, ymd);
  return ymd;
}

/** Day number of the Gregorian 1 Muharram 1 AH estimate (16 July 622). */
const HIJRI_EPOCH = dayNumber(622, 7, 16);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530588;

/** The Gregorian day of a Hijri date, or null when it does not exist (a 30th in a 29-day month). */
export function fromHijri(y: number, m: number, d: number): number | null {
  const guess = Math.round(HIJRI_EPOCH + (y - 1) * MEAN_YEAR + (m - 1) * MEAN_MONTH + (d - 1));
  for (let delta = 0; delta <= 40; delta++) {
    for (const day of delta === 0 ? [guess] : [guess - delta, guess + delta]) {
      const h = toHijri(day);
      if (h.y === y && h.m === m && h.d === d) return day;
    }
  }
  return null;
}

/** First and last Gregorian days of a Hijri month. */
export function hijriMonthRange(y: number, m: number): [number, number] | null {
  const first = fromHijri(y, m, 1);
  if (first === null) return null;
  const next = m === 12 ? fromHijri(y + 1, 1, 1) : fromHijri(y, m + 1, 1);
  return next === null ? null : [first, next - 1];
}

export function hijriYearRange(y: number): [number, number] | null {
  const first = fromHijri(y, 1, 1);
  const next = fromHijri(y + 1, 1, 1);
  return first === null || next === null ? null : [first, next - 1];
}
