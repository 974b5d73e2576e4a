import type { TimePrecision } from "../core/layers.js";

/**
 * Event dates as day numbers (days since 1970-01-01, UTC), the windows within which two reports can be of
 * one event, and the week buckets that block candidate events by time.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Day number of `YYYY-MM-DD` (or the day of a full ISO timestamp); null for anything else. */
export function dayNumber(value: string | null | undefined): number | null {
  const match = value ? ISO_DAY.exec(value) : null;
  if (!match) return null;
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return Number.isNaN(ms) ? null : Math.floor(ms / MS_PER_DAY);
}

export function dayString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A date or range as first and last day; null when it is neither. */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

/** `YYYY-MM-DD` or `start/end` (aggregate events) as a day range. */
export function dayRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  const [from, to] = value.split("/");
  const first = dayNumber(from);
  if (first === null) return null;
  const last = to === undefined ? first : dayNumber(to);
  return last === null || last < first ? null : { first, last };
}

/**
 * How many days apart two reports of one event may date it, by the coarser of the two time precisions:
 * a day-precise date may be off by one (an overnight attack, «أمس» read against another day), a week-precise
 * one by a week, a month-precise one by a month.
 */
export function dateWindow(a: TimePrecision, b: TimePrecision): number {
  const coarser = Math.max(a, b);
  return coarser === 1 ? 1 : coarser === 2 ? 7 : 31;
}

/** Days between two ranges; 0 when they overlap. */
export function rangeGap(a: DayRange, b: DayRange): number {
  return Math.max(0, a.first - b.last, b.first - a.last);
}

export const BUCKET_DAYS = 7;

export function bucketOf(day: number): number {
  return Math.floor(day / BUCKET_DAYS);
}

/** Every bucket a range widened by `window` days on each side touches. */
export function bucketsAround(range: DayRange, window: number): number[] {
  const out: number[] = [];
  for (let b = bucketOf(range.first - window); b <= bucketOf(range.last + window); b++) out.push(b);
  return out;
}
