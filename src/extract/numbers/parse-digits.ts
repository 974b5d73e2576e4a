import { COMMA_THOUSANDS, DECIMAL, DOT_THOUSANDS_MULTI, DOT_THREE, PLAIN, SEPARATORS } from "./patterns.js";

/**
 * The value of a run of digits with separators, or null when it is not one number (19.5.2018).
 * «1.000» is read as one thousand (three digits after a single dot are a thousands group in Arabic
 * news, where decimals are rarely given to three places) unless a scale word follows («1.250 مليون»).
 */
export function parseDigits(text: string, scaleFollows = false): number | null {
  if (PLAIN.test(text)) return Number(text);
  if (COMMA_THOUSANDS.test(text) || DOT_THOUSANDS_MULTI.test(text))
    return Number(text.replace(SEPARATORS, ""));
  if (DOT_THREE.test(text) && !scaleFollows) return Number(text.replace(".", ""));
  if (DECIMAL.test(text)) return Number(text.replace(",", "."));
  return null;
}
