import type { DateMention, TimePrecision } from "../core/layers.js";
import { type TextSpan, textSpan } from "../core/span.js";
import { formatDay, parseAnchor } from "../extract/dates/calendar.js";
import { acledTimePrecision } from "../extract/dates/time-precision.js";
import { type DocView, inRange, type Located } from "./doc-view.js";
import type { TriggerHit } from "./find-triggers.js";
import { distance, freeNeighbours } from "./place.js";

export interface DateChoice {
  readonly date: string | null;
  readonly timePrecision: TimePrecision;
  readonly span?: TextSpan;
  readonly timeOfDay: string | null;
  /** Evidence rank for merging: the time_precision of a date read in the text, 8 unresolved, 9 publication. */
  readonly rank: number;
}

const NEIGHBOUR_REACH = 10;
const PUBLICATION_RANK = 9;

function isCalendarDate(d: DateMention): boolean {
  return d.kind === "point" || d.kind === "range";
}

/** The nearest point or range date in tokens `[from, to)`, resolved ones first. */
function nearestDate(
  view: DocView,
  hit: TriggerHit,
  range: { from: number; to: number; expected: boolean },
): Located<DateMention> | undefined {
  let best: Located<DateMention> | undefined;
  for (const d of inRange(view.dates, range.from, range.to)) {
    if (!isCalendarDate(d.item) || (!range.expected && afterPublication(view, d.item))) continue;
    if (!best) {
      best = d;
      continue;
    }
    const resolvedGain = Number(d.item.value !== null) - Number(best.item.value !== null);
    if (resolvedGain > 0 || (resolvedGain === 0 && distance(view, hit, d) < distance(view, hit, best)))
      best = d;
  }
  return best;
}

/**
 * A day after the report was published is no date of an event that took place: it is page furniture (the
 * day the page was scraped, «الأحد 21 يناير 2018» over a story of October 2017). Expected events keep it.
 */
function afterPublication(view: DocView, d: DateMention): boolean {
  const published = parseAnchor(view.publishedAt);
  const first = d.value && d.value.length >= 10 ? parseAnchor(d.value.slice(0, 10)) : null;
  return published !== null && first !== null && first > published;
}

function fromMention(view: DocView, d: Located<DateMention>): DateChoice {
  const m = d.item;
  const precision = acledTimePrecision(m) ?? 3;
  return {
    date: m.value,
    timePrecision: precision,
    span: textSpan(view.text, m.start, m.end),
    timeOfDay: m.time_of_day,
    rank: m.value === null ? 8 : precision,
  };
}

/**
 * The publication date when the text dates nothing near the trigger: ACLED codes such reports on the
 * report's date with time_precision 2 (the event happened on it or in the days before). No publication
 * date: no date, precision 3.
 */
export function publicationDate(publishedAt: string | null): DateChoice {
  const day = parseAnchor(publishedAt);
  return day === null
    ? { date: null, timePrecision: 3, timeOfDay: null, rank: PUBLICATION_RANK }
    : { date: formatDay(day), timePrecision: 2, timeOfDay: null, rank: PUBLICATION_RANK };
}

/**
 * The date governing the trigger: a date in its own clause; else the nearest date within ten words in a
 * neighbouring clause that has no trigger of its own («…الشحيل، يوم السبت 7 تشرين الثاني، واعتقلت…»);
 * else the publication date. A date in a clause with another trigger belongs to that trigger.
 */
export function chooseDate(
  view: DocView,
  hit: TriggerHit,
  triggerClauses: ReadonlySet<number>,
  expected = false,
): DateChoice {
  const clauseIndex = view.clauseOf[hit.start]!;
  const clause = view.clauses[clauseIndex]!;
  const own = nearestDate(view, hit, { from: clause.start, to: clause.end, expected });
  if (own) return fromMention(view, own);
  for (const c of freeNeighbours(view, clauseIndex, triggerClauses)) {
    const near = nearestDate(view, hit, { from: c.start, to: c.end, expected });
    if (near && distance(view, hit, near) <= NEIGHBOUR_REACH) return fromMention(view, near);
  }
  return publicationDate(view.publishedAt);
}
