import type { EventPlace, GeoPrecision, PlaceLevel, PlaceMention } from "../core/layers.js";
import {
  type Clause,
  cuesIn,
  type DocView,
  IN_ACTOR,
  IN_DATE,
  inRange,
  type Located,
  touches,
  wordsBetween,
} from "./doc-view.js";
import type { TriggerHit } from "./find-triggers.js";

type Spot = Located<PlaceMention>;

/** Finer places first: a street or camp says more than its city, a city more than its governorate. */
const SPECIFICITY: Readonly<Record<PlaceLevel, number>> = {
  landmark: 9,
  street: 9,
  camp: 8,
  neighbourhood: 8,
  village: 7,
  town: 7,
  city: 6,
  subdistrict: 5,
  district: 4,
  region: 3,
  governorate: 2,
  country: 1,
};

/** ACLED geo_precision by the level of the place named: a locality is exact, a district or region is 2, larger is 3. */
export function levelPrecision(level: PlaceLevel): GeoPrecision {
  const rank = SPECIFICITY[level];
  if (rank >= 6) return 1;
  return rank >= 3 ? 2 : 3;
}

/** A cue of `label` ends at most `words` words before the place. */
function cueBefore(view: DocView, spot: Spot, label: "near" | "outside" | "toward", words: number): boolean {
  const from = Math.max(0, spot.start - words - 3);
  return cuesIn(view, label, from, spot.start).some(
    (c) => wordsBetween(view, c.end - 1, spot.start) <= words,
  );
}

/** «نحو البادية», «باتجاه الرقة», «إلى إدلب»: where people are sent, not where the event is. */
export function isDestination(view: DocView, spot: Spot): boolean {
  return cueBefore(view, spot, "toward", 0);
}

/**
 * The place as an event place with ACLED's precision: «محيط», «أطراف», «قرب», «القسم الجنوبي من» before a
 * city or town make it 2 (near it or part of it); a place taken from the document, not the event's own
 * clause, is never better than 2.
 */
export function eventPlace(view: DocView, spot: Spot, fromDoc: boolean): EventPlace {
  const place = spot.item;
  let precision = levelPrecision(place.level);
  const locality = place.level === "city" || place.level === "town" || place.level === "village";
  if (precision === 1 && locality && cueBefore(view, spot, "near", 2)) precision = 2;
  if (fromDoc && precision === 1) precision = 2;
  return {
    text: place.text,
    start: place.start,
    end: place.end,
    pcode: place.pcode,
    geonames_id: place.geonames_id,
    name_en: place.name_en,
    level: place.level,
    lat: place.lat,
    lon: place.lon,
    ...(place.admin1 !== undefined ? { admin1: place.admin1 } : {}),
    ...(place.admin2 !== undefined ? { admin2: place.admin2 } : {}),
    ...(place.admin3 !== undefined ? { admin3: place.admin3 } : {}),
    ...(place.country !== undefined ? { country: place.country } : {}),
    geo_precision: precision,
  };
}

const DATELINE_REACH = 8;

/**
 * «لندن ( رويترز ) -», «دمشق 23 نوفمبر 2017 ( شينخوا )»: a wire's dateline names where the story was filed,
 * not where anything happened. The place is followed, past a date, by a bracketed agency.
 */
function isDateline(view: DocView, spot: Spot): boolean {
  for (let i = spot.end; i < Math.min(view.tokens.length, spot.end + DATELINE_REACH); i++) {
    if (touches(view.named, i, i + 1, IN_DATE) || view.tokens[i]!.kind === "number") continue;
    return view.tokens[i]!.norm === "(" && cuesIn(view, "agency", i + 1, i + 4).length > 0;
  }
  return false;
}

/** Places that can locate an event: not a destination, not «خارج X», not inside an actor's name, no dateline. */
export function locatingPlaces(view: DocView): Spot[] {
  return view.places.filter(
    (spot) =>
      !isDestination(view, spot) &&
      !cueBefore(view, spot, "outside", 0) &&
      !touches(view.named, spot.start, spot.end, IN_ACTOR) &&
      !isDateline(view, spot),
  );
}

function bestIn(spots: readonly Spot[], from: number, to: number, near: number): Spot | undefined {
  let best: Spot | undefined;
  for (const spot of inRange(spots, from, to)) {
    if (!best) best = spot;
    const diff = SPECIFICITY[spot.item.level] - SPECIFICITY[best.item.level];
    if (diff > 0 || (diff === 0 && Math.abs(spot.start - near) < Math.abs(best.start - near))) best = spot;
  }
  return best;
}

/** The neighbouring clauses of the same sentence that have no trigger of their own, nearest first. */
export function freeNeighbours(
  view: DocView,
  clauseIndex: number,
  triggerClauses: ReadonlySet<number>,
): Clause[] {
  const own = view.clauses[clauseIndex]!;
  const out: Clause[] = [];
  for (const k of [clauseIndex - 1, clauseIndex + 1]) {
    const c = view.clauses[k];
    if (c && c.sentence === own.sentence && !triggerClauses.has(k)) out.push(c);
  }
  return out;
}

/** Distance in words from a trigger to a mention, in either direction. */
export function distance(view: DocView, hit: TriggerHit, at: { start: number; end: number }): number {
  return at.start >= hit.end
    ? wordsBetween(view, hit.end - 1, at.start)
    : wordsBetween(view, at.end - 1, hit.start);
}

const NEIGHBOUR_REACH = 10;

/**
 * «أنشأت طهران قاعدة», «دمشق تعلن»: a place standing bare right after or before a verb trigger is its
 * subject (a government named by its capital or country), not where the event happened.
 */
function isSubject(view: DocView, hit: TriggerHit, spot: Spot): boolean {
  if (hit.value.pos !== "v") return false;
  const adjacent = spot.start === hit.end || spot.end === hit.start;
  const prefixes = (view.tokens[spot.start]!.prefixes ?? []).map((p) => view.text.slice(p.start, p.end));
  return adjacent && prefixes.every((p) => p === "ال" || p === "و");
}

/**
 * The event's place: the most specific place in the trigger's clause; else the nearest in a neighbouring
 * clause with no trigger of its own, within ten words; else the document's main place (the first place
 * that locates anything: news leads name the place first), at precision 2 or worse.
 */
export function choosePlace(
  view: DocView,
  spots: readonly Spot[],
  hit: TriggerHit,
  triggerClauses: ReadonlySet<number>,
): { place: EventPlace | null; fromDoc: boolean } {
  const clauseIndex = view.clauseOf[hit.start]!;
  const clause = view.clauses[clauseIndex]!;
  const own = bestIn(
    inRange(spots, clause.start, clause.end).filter((s) => !isSubject(view, hit, s)),
    clause.start,
    clause.end,
    hit.start,
  );
  if (own) return { place: eventPlace(view, own, false), fromDoc: false };
  for (const c of freeNeighbours(view, clauseIndex, triggerClauses)) {
    const near = bestIn(spots, c.start, c.end, hit.start);
    if (near && distance(view, hit, near) <= NEIGHBOUR_REACH)
      return { place: eventPlace(view, near, false), fromDoc: false };
  }
  const main = spots[0];
  return main ? { place: eventPlace(view, main, true), fromDoc: true } : { place: null, fromDoc: true };
}

/** Where people or fighters are sent: a destination place after the trigger in its clause or the next free one. */
export function chooseDestination(
  view: DocView,
  hit: TriggerHit,
  triggerClauses: ReadonlySet<number>,
): EventPlace | null {
  const clauseIndex = view.clauseOf[hit.start]!;
  const clause = view.clauses[clauseIndex]!;
  const next = view.clauses[clauseIndex + 1];
  const end =
    next && next.sentence === clause.sentence && !triggerClauses.has(clauseIndex + 1) ? next.end : clause.end;
  const spot = inRange(view.places, hit.end, end).find((p) => isDestination(view, p));
  return spot ? eventPlace(view, spot, false) : null;
}
