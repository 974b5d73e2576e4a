import type { EventPlace, PlaceLevel } from "../core/layers.js";
import { normalizeArabic } from "../text/normalize.js";

/**
 * How two reported places relate: the same place, one inside the other, near each other, or far apart.
 * Reports of one event often name it at different scales («معرة النعمان» and «ريف إدلب الجنوبي»): that is
 * containment, not disagreement. Two different towns a few kilometres apart are "near": the same event
 * can be placed in either by different outlets, and that is a place contradiction.
 */
export type PlaceRelation = "same" | "contains" | "near" | "far" | "unknown";

/** Finer places have higher ranks. */
const LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = {
  country: 0,
  governorate: 1,
  region: 1,
  district: 2,
  subdistrict: 3,
  city: 4,
  town: 5,
  village: 5,
  camp: 6,
  neighbourhood: 6,
  street: 7,
  landmark: 7,
};

/** Kilometres from a place's point within which a finer place counts as inside it, by level. */
const EXTENT_KM: Readonly<Record<PlaceLevel, number>> = {
  country: 500,
  governorate: 120,
  region: 90,
  district: 45,
  subdistrict: 20,
  city: 8,
  town: 4,
  village: 3,
  camp: 2,
  neighbourhood: 2,
  street: 1,
  landmark: 1,
};

/** Two distinct places this close can be one event's place as different outlets give it. */
export const NEAR_KM = 15;

function rank(place: EventPlace): number {
  if (place.level) return LEVEL_RANK[place.level];
  return place.geo_precision === 1 ? 5 : place.geo_precision === 2 ? 3 : 1;
}

function extentKm(place: EventPlace): number {
  if (place.level) return EXTENT_KM[place.level];
  return place.geo_precision === 1 ? 4 : place.geo_precision === 2 ? 20 : 100;
}

/** Equirectangular distance in km; Infinity when either has no coordinates. */
export function distanceKm(a: EventPlace, b: EventPlace): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  const dy = (a.lat - b.lat) * 111;
  const dx = (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return Math.sqrt(dx * dx + dy * dy);
}

/** An identity for a place: its P-code, else its English name, else its normalised words. */
export function placeKey(place: EventPlace): string {
  return place.pcode ?? place.name_en ?? normalizeArabic(place.text);
}

/** Whether `inner`'s administrative names say it lies in `outer` (admin names are English gazetteer names). */
function namedInside(inner: EventPlace, outer: EventPlace): boolean {
  const name = outer.name_en;
  if (!name) return false;
  return inner.admin1 === name || inner.admin2 === name || inner.admin3 === name;
}

export function placeRelation(a: EventPlace | null, b: EventPlace | null): PlaceRelation {
  if (!a || !b) return "unknown";
  if (placeKey(a) === placeKey(b)) return "same";
  const distance = distanceKm(a, b);
  const [outer, inner] = rank(a) <= rank(b) ? [a, b] : [b, a];
  if (rank(outer) < rank(inner) && (namedInside(inner, outer) || distance <= extentKm(outer))) {
    return "contains";
  }
  if (distance < 0.5) return "same";
  return distance <= NEAR_KM ? "near" : "far";
}

/** Whether the place is a precise spot (a town, a neighbourhood …) rather than an area. */
export function isPrecisePlace(place: EventPlace): boolean {
  return place.geo_precision === 1 && rank(place) >= 4;
}

/** The blocking area of a place: its governorate, or for areas beyond governorates their own name. */
export function areaKey(place: EventPlace | null): string | null {
  if (!place) return null;
  return place.admin1 ?? place.name_en ?? normalizeArabic(place.text);
}
