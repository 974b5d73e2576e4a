/**
 * Publication dates: `YYYY-MM-DD` or a full ISO 8601 / RFC 3339 timestamp, checked against the calendar
 * so that "2018-02-30" is refused instead of rolling over into March as `Date` would.
 */

const PUBLISHED_AT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-](\d{2}):?(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function inRange(value: string | undefined, max: number): boolean {
  return value === undefined || Number(value) <= max;
}

/** True for a date or timestamp Marsad accepts as `published_at`. */
export function isValidPublishedAt(value: string): boolean {
  const m = PUBLISHED_AT.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return (
    inRange(m[4], 23) && inRange(m[5], 59) && inRange(m[6], 60) && inRange(m[7], 23) && inRange(m[8], 59)
  );
}

/** The message for a value that is not a valid `published_at`, or null when it is fine. */
export function publishedAtProblem(value: string): string | null {
  if (isValidPublishedAt(value)) return null;
  return `${JSON.stringify(value)} is not a valid date (expected YYYY-MM-DD or an ISO timestamp)`;
}

/**
 * A publication date found in a web page: kept when valid, cut to its date when only the time part is
 * odd (`2018-05-20 10:00 AST`), dropped otherwise; page metadata is a hint, not input to reject.
 */
export function lenientPublishedAt(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (isValidPublishedAt(trimmed)) return trimmed;
  const day = trimmed.slice(0, 10);
  return isValidPublishedAt(day) ? day : null;
}
