import type { DateMention, EventType, TimePrecision } from "../core/layers.js";
import { type TextSpan, textSpan } from "../core/span.js";
import {
  addMonths,
  dayNumber,
  daysInMonth,
  formatDay,
  fromDayNumber,
  parseAnchor,
} from "../extract/dates/calendar.js";
import { cuesIn, type DocView, inRange, type Located, wordsBetween } from "./doc-view.js";
import type { TriggerHit } from "./find-triggers.js";

/** Only fighting and remote violence are summarised over periods («شهر كامل من المعارك», «مئات الغارات»). */
const AGGREGATABLE = new Set<EventType>(["Battles", "Explosions/Remote violence"]);

interface Period {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;
const MIN_DAYS = 2;

/** Reads an ISO 8601 duration («P1M», «P3M», «P2W», «PT36H») into years, months and days (hours rounded down). */
export function parsePeriod(value: string | null): Period | null {
  const m = value ? DURATION.exec(value) : null;
  if (!m) return null;
  const n = (k: number) => Number(m[k] ?? 0);
  return { years: n(1), months: n(2), days: n(3) * 7 + n(4) + Math.floor(n(5) / 24) };
}

function longEnough(p: Period): boolean {
  return p.years > 0 || p.months > 0 || p.days >= MIN_DAYS;
}

/** A vague count on the trigger itself («مئات الضربات الجوية», «عشرات القذائف»). */
function vagueCount(view: DocView, hit: TriggerHit): boolean {
  return inRange(view.numbers, hit.start - 4, hit.end + 1).some(
    (n) => n.item.qualifier === "vague" && n.end >= hit.start,
  );
}

/**
 * The period an aggregate event summarises: a duration of two days or more that governs the trigger —
 * right before it («شهر كامل من المعارك») or after it in its clause («حملة قصف جوي منذ ثلاثة أشهر») — or,
 * for a vague count («مئات الضربات الجوية»), any such duration in the sentence.
 */
export function aggregatePeriod(
  view: DocView,
  hit: TriggerHit,
  eventType: EventType,
): Located<DateMention> | null {
  if (!AGGREGATABLE.has(eventType)) return null;
  const clause = view.clauses[view.clauseOf[hit.start]!]!;
  const sentence = view.sentences[clause.sentence]!;
  const vague = vagueCount(view, hit);
  for (const d of inRange(view.dates, sentence.start, sentence.end)) {
    if (d.item.kind !== "duration") continue;
    const period = parsePeriod(d.item.value);
    if (!period || !longEnough(period)) continue;
    const governsBefore = d.end <= hit.start && wordsBetween(view, d.end - 1, hit.start) <= 2;
    const governsAfter = d.start >= hit.end && d.end <= clause.end;
    if (vague || governsBefore || governsAfter) return d;
  }
  return null;
}

const DAILY_REACH = 4;

/**
 * «معارك عنيفة تدور يوميا», «بين الحين والآخر بإطلاق قذائف هاون»: fighting told as happening day after day
 * is one aggregate that is still going on.
 */
export function toldAsDaily(view: DocView, hit: TriggerHit, eventType: EventType): boolean {
  if (!AGGREGATABLE.has(eventType)) return false;
  const clause = view.clauses[view.clauseOf[hit.start]!]!;
  return cuesIn(view, "daily", clause.start, clause.end).some((c) =>
    c.start >= hit.end
      ? wordsBetween(view, hit.end - 1, c.start) <= DAILY_REACH
      : wordsBetween(view, c.end - 1, hit.start) <= DAILY_REACH,
  );
}

/**
 * The range an aggregate covers, «start/end». It ends at the publication date for «منذ …» (still going on,
 * so the aggregate is ongoing),
 * otherwise at the nearest resolved day before the duration in the sentence («… يوم أمس السبت 19 …، عقب شهر
 * كامل من المعارك» ends on the 19th), else at the publication date; it starts one period earlier.
 */
export function aggregateRange(
  view: DocView,
  period: Located<DateMention>,
): { date: string | null; timePrecision: TimePrecision; span: TextSpan; status: "ongoing" | "happened" } {
  const span = textSpan(view.text, period.item.start, period.item.end);
  const p = parsePeriod(period.item.value)!;
  const since = view.tokens[period.start]!.norm.endsWith("منذ");
  const end = since
    ? parseAnchor(view.publishedAt)
    : (anchorBefore(view, period) ?? parseAnchor(view.publishedAt));
  const status = since ? "ongoing" : "happened";
  if (end === null) return { date: null, timePrecision: 3, span, status };
  const start = minus(end, p);
  return {
    date: `${formatDay(start)}/${formatDay(end)}`,
    timePrecision: end - start <= 7 ? 2 : 3,
    span,
    status,
  };
}

function anchorBefore(view: DocView, period: Located<DateMention>): number | null {
  const sentence = view.sentences[view.clauses[view.clauseOf[period.start]!]!.sentence]!;
  let found: number | null = null;
  for (const d of inRange(view.dates, sentence.start, period.start)) {
    if (d.item.kind === "point" && d.item.precision === "day") found = parseAnchor(d.item.value) ?? found;
  }
  return found;
}

function minus(day: number, p: Period): number {
  const { y, m, d } = fromDayNumber(day);
  const back = addMonths(y, m, -(p.years * 12 + p.months));
  return dayNumber(back.y, back.m, Math.min(d, daysInMonth(back.y, back.m))) - p.days;
}
