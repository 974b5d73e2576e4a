import type { EventMention, EventPlace, EventStatus } from "../core/layers.js";
import type { TextSpan } from "../core/span.js";
import { parseAnchor } from "../extract/dates/calendar.js";
import type { Draft } from "./draft.js";

/** Protest sub-types are one occurrence seen at different moments; the most severe reading wins. */
const PROTEST_SEVERITY = [
  "Peaceful protest",
  "Protest with intervention",
  "Excessive force against protesters",
];

function family(subType: string): string {
  return PROTEST_SEVERITY.includes(subType) ? "protest" : subType;
}

/** Happened and ongoing describe the same occurrence; expected, rumoured and denied ones are others. */
function statusGroup(status: EventStatus): string {
  return status === "ongoing" ? "happened" : status;
}

/** Days `[first, last]` a date value covers: a day, a month, a year, or «start/end». */
export function dayRange(value: string | null): [number, number] | null {
  if (value === null) return null;
  const [from = "", to = from] = value.split("/");
  const first = parseAnchor(from.length === 7 ? `${from}-01` : from.length === 4 ? `${from}-01-01` : from);
  const last = parseAnchor(to.length === 7 ? `${to}-28` : to.length === 4 ? `${to}-12-31` : to);
  return first === null || last === null ? null : [first, last];
}

function datesAgree(a: Draft, b: Draft): boolean {
  const ra = a.days;
  const rb = b.days;
  return !ra || !rb || (ra[0] <= rb[1] && rb[0] <= ra[1]);
}

const PLACE_REACH_KM = 25;

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  return 6371 * Math.hypot(dLat, dLon);
}

const WIDE = new Set(["country", "governorate", "region"]);
const LOCALITY = new Set(["village", "town"]);
/** How far a place may lie from the centre of a governorate or region that holds it. */
const WIDE_REACH_KM = 100;

/**
 * «في سوريا» and «في الرقة», «محافظة نينوى» and «تلعفر»: a country holds its places; a governorate or region
 * holds those of its admin1, or, where the gazetteer gives none, those near its centre.
 */
function contains(wide: EventPlace, inner: EventPlace): boolean {
  if (!wide.level || !WIDE.has(wide.level) || inner.level === wide.level) return false;
  if (wide.level === "country") return wide.country != null && wide.country === inner.country;
  if (inner.level === "country") return false;
  if (wide.name_en != null && inner.admin1 === wide.name_en) return true;
  if (wide.lat === null || wide.lon === null || inner.lat === null || inner.lon === null) return false;
  return km({ lat: wide.lat, lon: wide.lon }, { lat: inner.lat, lon: inner.lon }) <= WIDE_REACH_KM;
}

function placesAgree(a: Draft, b: Draft): boolean {
  const p = a.mention.place;
  const q = b.mention.place;
  if (!p || !q || a.placeFromDoc || b.placeFromDoc) return true;
  if ((p.pcode !== null && p.pcode === q.pcode) || (p.name_en != null && p.name_en === q.name_en))
    return true;
  if (contains(p, q) || contains(q, p)) return true;
  // Two named villages or towns are two places, however close: ACLED codes events by location. (A city is
  // also named for the villages around it: «غارة قرب دمشق» and «الغارات على جمرايا».)
  if (p.level && q.level && LOCALITY.has(p.level) && LOCALITY.has(q.level)) return false;
  if (p.lat === null || p.lon === null || q.lat === null || q.lon === null) return true;
  return km({ lat: p.lat, lon: p.lon }, { lat: q.lat, lon: q.lon }) <= PLACE_REACH_KM;
}

/**
 * Sides agree when either names none or they share one («جيش الأبابيل» vs «تنظيم داعش» share IS in a
 * clash), or when one names no doer («دمشق تعلن إسقاط طائرة إسرائيلية» beside «الجيش السوري يعلن إسقاط»).
 */
function sidesAgree(a: Sides, b: Sides): boolean {
  if (a.all.length === 0 || b.all.length === 0 || a.all.some((s) => b.all.includes(s))) return true;
  return !a.doer || !b.doer;
}

interface Sides {
  readonly all: readonly string[];
  readonly doer: boolean;
}

const sidesOf = (group: readonly Draft[]): Sides => ({
  all: group.flatMap((d) => d.sides),
  doer: group.some((d) => d.mention.actor1 !== null),
});

/** Same kind of event, same aggregate flag, compatible status, and no date or place that disagrees. */
function sameKind(a: Draft, b: Draft): boolean {
  return (
    family(a.mention.sub_event_type) === family(b.mention.sub_event_type) &&
    Boolean(a.mention.aggregate) === Boolean(b.mention.aggregate) &&
    statusGroup(a.mention.status) === statusGroup(b.mention.status) &&
    datesAgree(a, b) &&
    placesAgree(a, b)
  );
}

/** Two mentions may report one occurrence: same kind, date and place, and a side in common when both name one. */
export function sameOccurrence(a: Draft, b: Draft): boolean {
  return sameKind(a, b) && sidesAgree(sidesOf([a]), sidesOf([b]));
}

/** A mention joins a group when it agrees with every member on kind, date and place, and shares a side with the group. */
function joins(group: readonly Draft[], draft: Draft): boolean {
  if (!group.every((member) => sameKind(member, draft))) return false;
  return sidesAgree(sidesOf(group), sidesOf([draft]));
}

/** Groups the drafts of one document, in text order, each with the first earlier group it agrees with. */
export function groupDrafts(drafts: readonly Draft[]): Draft[][] {
  const groups: Draft[][] = [];
  for (const draft of drafts) {
    const group = groups.find((g) => joins(g, draft));
    if (group) group.push(draft);
    else groups.push([draft]);
  }
  return groups;
}

function pick<T>(group: readonly Draft[], better: (a: Draft, b: Draft) => boolean, get: (d: Draft) => T): T {
  let best = group[0]!;
  for (const d of group) if (better(d, best)) best = d;
  return get(best);
}

/** One mention for a group: the first trigger, the best evidence for each field, every claim. */
export function combine(group: readonly Draft[]): EventMention {
  const first = group[0]!.mention;
  if (group.length === 1) return first;
  const dated = pick(
    group,
    (a, b) => a.dateRank < b.dateRank,
    (d) => d.mention,
  );
  const placed = pick(
    group,
    (a, b) => placeRank(a) < placeRank(b),
    (d) => d.mention,
  );
  const withActor1 = group.find((d) => d.mention.actor1 !== null)?.mention;
  const withActor2 = group.find(
    (d) => d.mention.actor2 !== null && d.mention.actor2_id !== withActor1?.actor1_id,
  )?.mention;
  const deadliest = pick(
    group,
    (a, b) => (a.mention.fatalities ?? -1) > (b.mention.fatalities ?? -1),
    (d) => d.mention,
  );
  const severity = Math.max(...group.map((d) => PROTEST_SEVERITY.indexOf(d.mention.sub_event_type)));
  const quantities = group.flatMap((d) => d.mention.quantities ?? []);
  const claims = [...new Set(group.flatMap((d) => d.mention.claims))];
  const destination = group.find((d) => d.mention.destination)?.mention.destination;
  const mentions: TextSpan[] = group.slice(1).map((d) => d.mention.trigger);
  return {
    ...withoutActors(first),
    ...(severity >= 0 ? { sub_event_type: PROTEST_SEVERITY[severity]! } : {}),
    ...dateFields(dated),
    place: placed.place,
    ...(destination ? { destination } : {}),
    ...actorFields(withActor1 ?? first, "1"),
    ...actorFields(withActor2 ?? first, "2"),
    ...fatalityFields(deadliest),
    ...(quantities.length > 0 ? { quantities: uniqueBySpan(quantities) } : {}),
    claims,
    mentions,
  };
}

const ACTOR_KEYS = [
  "actor1",
  "actor2",
  "actor1_id",
  "actor2_id",
  "actor1_span",
  "actor2_span",
  "inter1",
  "inter2",
  "assoc_actor_1",
  "assoc_actor_2",
];

function withoutActors(m: EventMention): EventMention {
  const copy: Record<string, unknown> = { ...m };
  for (const key of ACTOR_KEYS) delete copy[key];
  return copy as unknown as EventMention;
}

function placeRank(d: Draft): number {
  return d.mention.place?.geo_precision ?? 9;
}

function dateFields(m: EventMention): Partial<EventMention> {
  return {
    date: m.date,
    time_precision: m.time_precision,
    ...(m.date_span ? { date_span: m.date_span } : {}),
    ...(m.time_of_day !== undefined ? { time_of_day: m.time_of_day } : {}),
  };
}

function actorFields(m: EventMention, n: "1" | "2"): Partial<EventMention> {
  const out: Record<string, unknown> = {};
  for (const key of [`actor${n}`, `actor${n}_id`, `actor${n}_span`, `inter${n}`, `assoc_actor_${n}`]) {
    const value = (m as unknown as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<EventMention>;
}

function fatalityFields(m: EventMention): Partial<EventMention> {
  return { fatalities: m.fatalities, ...(m.fatalities_span ? { fatalities_span: m.fatalities_span } : {}) };
}

function uniqueBySpan<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.start}:${item.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
