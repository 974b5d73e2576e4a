import type { Anchor, Calendar, Cue, PeriodUnit, TimeOfDay } from "./date-lexicon.js";
import type { MonthPart } from "./ordinal-lexicon.js";

/** What the grammar read in a date expression, before it is resolved against the publication date. */
export interface PointParse {
  readonly type: "point";
  tod?: TimeOfDay;
  rel?: number;
  weekday?: number;
  /** «ليل السبت – الأحد»: the weekday after midnight. */
  nightEnd?: number;
  weekdayAnchor?: Anchor;
  day?: number;
  month?: number;
  calendar?: Calendar;
  monthAnchor?: Anchor;
  /** «العاشر من الشهر الجاري»: the month as an offset from the publication month (0, -1, +1). */
  monthShift?: number;
  /** «أواخر أيار»: a third of the month. */
  monthPart?: MonthPart;
  /** «الساعة 10:30»: minutes after midnight, when the clock time is unambiguous (or a part of day fixes it). */
  clock?: number;
  year?: number;
  yearCalendar?: Calendar;
  /** Two-digit year, to be placed in a century. */
  shortYear?: boolean;
  /** A future cue came before a bare weekday. */
  future?: boolean;
}

export interface PeriodParse {
  readonly type: "period";
  readonly unit: PeriodUnit;
  readonly anchor: Anchor;
}

export interface DurationParse {
  readonly type: "duration";
  readonly cue: Cue | null;
  /** Null for a vague stretch («خلال الأيام الأخيرة»). */
  readonly n: number | null;
  readonly unit: PeriodUnit;
  /** «بعد يومين من …» counts from another event, not from publication. */
  readonly fromEvent: boolean;
}

export interface RangeParse {
  readonly type: "range";
  readonly from: PointParse;
  readonly to: PointParse;
}

/** «أسبوعياً», «يومياً»: a repeating time. */
export interface SetParse {
  readonly type: "set";
  readonly unit: PeriodUnit;
}

export type DateParse = PointParse | PeriodParse | DurationParse | RangeParse | SetParse;

/** A parse with its extent: word indices `[first, end)` and normalised offsets `[start, stop)`. */
export interface Parsed<T extends DateParse = DateParse> {
  readonly parse: T;
  readonly end: number;
  readonly start: number;
  readonly stop: number;
}
