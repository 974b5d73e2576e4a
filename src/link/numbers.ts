/**
 * When two reported counts disagree. A count is read as the interval it asserts: an exact «7» is [7, 7],
 * «نحو 40» (about) is 40 ± 20%, «أكثر من 30» is above 30, «بين 10 و15» is [10, 15], and a vague plural
 * valued by ACLED's convention («عشرات» 10, «مئات» 100) means "tens" / "hundreds": [v, 10v). Two counts
 * contradict when their intervals are further apart than a tolerance of 20% of the larger value, and at
 * least 1: «7» against «9» contradict (gap 2 > 1.8), «10» against «12» do not (gap 2 ≤ 2.4).
 */

export interface ReportedNumber {
  readonly value: number;
  /** True for «نحو», «أكثر من», vague plurals and other inexact counts. */
  readonly approx: boolean;
  /** The numbers layer's qualifier: about, more_than, less_than, at_least, at_most, range, vague; null when exact. */
  readonly qualifier: string | null;
  /** Upper bound of a range. */
  readonly max?: number;
}

export const RELATIVE_TOLERANCE = 0.2;
export const ABOUT_SPREAD = 0.2;

interface Interval {
  readonly lo: number;
  readonly hi: number;
}

export function interval(n: ReportedNumber): Interval {
  const v = n.value;
  switch (n.qualifier) {
    case "about":
      return { lo: v * (1 - ABOUT_SPREAD), hi: v * (1 + ABOUT_SPREAD) };
    case "more_than":
    case "at_least":
      return { lo: v, hi: Number.POSITIVE_INFINITY };
    case "less_than":
    case "at_most":
      return { lo: 0, hi: v };
    case "range":
      return { lo: v, hi: n.max ?? v };
    case "vague":
      return { lo: v, hi: v * 10 - 1 };
    default:
      return n.approx ? { lo: v * (1 - ABOUT_SPREAD), hi: v * (1 + ABOUT_SPREAD) } : { lo: v, hi: v };
  }
}

/** The gap between two counts' intervals (0 when they overlap). */
export function countGap(a: ReportedNumber, b: ReportedNumber): number {
  const x = interval(a);
  const y = interval(b);
  return Math.max(0, x.lo - y.hi, y.lo - x.hi);
}

/** True when the two counts cannot both be right within the tolerance. */
export function countsConflict(a: ReportedNumber, b: ReportedNumber): boolean {
  const tolerance = Math.max(1, RELATIVE_TOLERANCE * Math.max(a.value, b.value));
  return countGap(a, b) > tolerance;
}

export function exactNumber(value: number): ReportedNumber {
  return { value, approx: false, qualifier: null };
}
