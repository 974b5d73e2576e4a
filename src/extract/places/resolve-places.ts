import type { PlaceLevel } from "../../core/layers.js";
import type { PlaceHit } from "./find-places.js";
import { distanceKm, type Gazetteer, type Place } from "./gazetteer.js";
import type { Trigger } from "./triggers.js";

/** A hit with its chosen place; `resolved` is false when the context left several places equally likely. */
export interface ResolvedHit {
  readonly hit: PlaceHit;
  readonly place: Place;
  readonly alternatives: readonly Place[];
  readonly resolved: boolean;
}

/** How likely a bare name refers to a place of this level, before any context. */
const LEVEL_PRIOR: Record<PlaceLevel, number> = {
  country: 9,
  city: 4,
  region: 3.5,
  camp: 3,
  landmark: 3,
  street: 3,
  town: 2.5,
  neighbourhood: 2.5,
  governorate: 2,
  village: 1,
  subdistrict: 0.5,
  district: 0.5,
};

const MARGIN = 1;
const NEAR_KM = 30;

function prior(place: Place): number {
  const pop = place.population ? Math.log10(place.population + 1) * 0.4 : 0;
  return LEVEL_PRIOR[place.level] + pop + (place.country === "Syria" ? 0.5 : 0);
}

/** The places a document names without ambiguity (or already resolved): its main area. */
class Anchors {
  readonly admin1 = new Map<string, number>();
  readonly admin2 = new Set<string>();
  readonly countries = new Set<string>();
  readonly points: Place[] = [];

  add(place: Place): void {
    if (place.level === "country") {
      if (place.country) this.countries.add(place.country);
      return;
    }
    const a1 = place.level === "governorate" ? place.nameEn : place.admin1;
    if (a1) this.admin1.set(a1, (this.admin1.get(a1) ?? 0) + 1);
    if (place.admin2) this.admin2.add(place.admin2);
    if (place.country) this.countries.add(place.country);
    if (place.level !== "region") this.points.push(place);
  }

  score(place: Place): number {
    let s = 0;
    const a1 = place.level === "governorate" ? place.nameEn : place.admin1;
    const n = a1 ? (this.admin1.get(a1) ?? 0) : 0;
    if (n > 0) s += 2 + Math.min(1, Math.log2(n) / 3);
    if (place.admin2 && this.admin2.has(place.admin2)) s += 1;
    if (this.points.some((p) => p !== place && distanceKm(p, place) < NEAR_KM)) s += 1.5;
    if (place.country && this.countries.has(place.country)) s += 0.5;
    return s;
  }
}

function triggerScore(place: Place, trigger: Trigger | null): number {
  if (!trigger) return 0;
  return trigger.levels.includes(place.level) ? 3 : -3;
}

function rank(hit: PlaceHit, gazetteer: Gazetteer, anchors: Anchors): ResolvedHit {
  const scored = hit.candidates
    .map((i) => gazetteer.places[i]!)
    .map((place) => ({
      place,
      score: prior(place) + triggerScore(place, hit.trigger) + anchors.score(place),
    }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) throw new Error(`place hit "${hit.key}" has no candidates`);
  return {
    hit,
    place: best.place,
    alternatives: scored.slice(1).map((s) => s.place),
    resolved: !second || best.score - second.score >= MARGIN,
  };
}

/**
 * Chooses a place for every hit: unambiguous names anchor the document's area, then ambiguous ones are
 * ranked by level and population, trigger word, and closeness to the anchors (same governorate or
 * district, within 30 km, same country). A second pass lets resolved names anchor the rest, and one
 * name keeps one sense per document.
 */
export function resolvePlaces(hits: readonly PlaceHit[], gazetteer: Gazetteer): ResolvedHit[] {
  const anchors = new Anchors();
  for (const h of hits) if (h.candidates.length === 1) anchors.add(gazetteer.places[h.candidates[0]!]!);
  let out = hits.map((h) => rank(h, gazetteer, anchors));
  for (const r of out) if (r.resolved && r.hit.candidates.length > 1) anchors.add(r.place);
  out = hits.map((h) => rank(h, gazetteer, anchors));
  const sense = new Map<string, ResolvedHit>();
  for (const r of out) if (r.resolved && !sense.has(r.hit.key)) sense.set(r.hit.key, r);
  return out.map((r) => {
    const settled = sense.get(r.hit.key);
    if (r.resolved || !settled) return r;
    const alternatives = r.alternatives.filter((p) => p !== settled.place).concat(r.place);
    return { ...r, place: settled.place, alternatives, resolved: true };
  });
}
