/** Every regular expression of the date matcher, in one place. All run on normalised text (ASCII digits). */

/** The date part of `published_at`: `YYYY-MM-DD` or the start of an ISO timestamp. */
export const ANCHOR_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Day, month, year with one separator used twice: 19/5/2018 · 19-05-2018 · 19.5.18 · 29 / 12 / 2011. */
export const NUMERIC_DMY = /(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/])/y;

/** ISO order: 2018-05-19 · 2018/5/19. */
export const NUMERIC_YMD = /(\d{4})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d/])/y;

/** Month and year: 5/2018. */
export const NUMERIC_MY = /(\d{1,2})\s*\/\s*(\d{4})(?![\d/])/y;

/** A four-digit year written alone. */
export const YEAR_DIGITS = /^\d{4}$/;

/** A day of the month written in digits. */
export const DAY_DIGITS = /^\d{1,2}$/;

/** A two-digit year («عام 98»). */
export const SHORT_YEAR = /^\d{2}$/;
