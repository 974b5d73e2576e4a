/** Every regular expression of the number matcher, in one place. All run on normalised text. */

/** Thousands grouped with commas: 1,000 · 12,500,000 (also ١٬٠٠٠ after normalisation). */
export const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/** Thousands grouped with dots: 1.000.000 (two or more groups is never a decimal). */
export const DOT_THOUSANDS_MULTI = /^\d{1,3}(?:\.\d{3}){2,}$/;

/** One dot and exactly three digits: 1.000 — thousands unless a scale word follows (1.250 مليون). */
export const DOT_THREE = /^[1-9]\d{0,2}\.\d{3}$/;

/** A decimal with a dot or a comma: 3.5 · 2,5 (Arabic ٫ is normalised to a dot). */
export const DECIMAL = /^\d+[.,]\d+$/;

export const PLAIN = /^\d+$/;

/** Group separators, removed before reading a grouped number. */
export const SEPARATORS = /[.,]/g;
