import { readFileSync } from "node:fs";
import type { PlaceLevel } from "../../core/layers.js";
import { dataPath } from "../../core/paths.js";
import { normalizeArabic } from "../../text/normalize.js";
import { PhraseIndex } from "./phrase-index.js";

export interface Place {
  /** OCHA P-code, "gn:<GeoNames id>" or "mr:<slug>" for Marsad's own additions. */
  readonly id: string;
  readonly level: PlaceLevel;
  readonly nameEn: string;
  /** Normalised Arabic names (normalizeArabic), as matched against normalised text. */
  readonly names: readonly string[];
  readonly lat: number | null;
  readonly lon: number | null;
  readonly admin1: string | null;
  readonly admin2: string | null;
  readonly admin3: string | null;
  readonly country: string | null;
  readonly population: number | null;
}

/** What a phrase of the index names: places (indices into `places`), or a blocked phrase. */
export interface PlaceEntry {
  readonly places: readonly number[];
  /** A longer phrase that contains a place name but names something else («دمشق الآن», an outlet). */
  readonly block: boolean;
}

export interface Gazetteer {
  readonly places: readonly Place[];
  readonly byId: ReadonlyMap<string, Place>;
  readonly index: PhraseIndex<PlaceEntry>;
  /** Normalised names that are also ordinary words: they need a trigger word or context. */
  readonly common: ReadonlySet<string>;
}

const LEVELS = new Set<string>([
  "country",
  "governorate",
  "district",
  "subdistrict",
  "city",
  "town",
  "village",
  "neighbourhood",
  "camp",
  "region",
  "street",
  "landmark",
]);

function rows(tsv: string): string[][] {
  const lines = tsv.split("\n").filter((l) => l.length > 0 && !l.startsWith("#"));
  return lines.slice(1).map((l) => l.split("\t"));
}

function num(cell: string | undefined): number | null {
  return cell ? Number(cell) : null;
}

/**
 * normalizeArabic works character by character, so one call over all names joined by line breaks
 * gives each name's normal form at a fraction of the cost of thousands of calls.
 */
export function normalizeAll(values: readonly string[]): string[] {
  return normalizeArabic(values.join("\n")).split("\n");
}

function parsePlace(cells: string[], normalizedNames: string): Place {
  const [id = "", level = "", nameEn = "", , lat, lon, a1, a2, a3, country, pop] = cells;
  if (!LEVELS.has(level)) throw new Error(`gazetteer: ${id} has unknown level "${level}"`);
  const normalized = [...new Set(normalizedNames.split("|").map((n) => n.trim()))];
  return {
    id,
    level: level as PlaceLevel,
    nameEn,
    names: normalized.filter((n) => n.length > 0),
    lat: num(lat),
    lon: num(lon),
    admin1: a1 || null,
    admin2: a2 || null,
    admin3: a3 || null,
    country: country || null,
    population: num(pop),
  };
}

const mergeEntries = (a: PlaceEntry, b: PlaceEntry): PlaceEntry => ({
  places: [...a.places, ...b.places],
  block: a.block && b.block,
});

/**
 * Builds a gazetteer from the TSV texts. Every name (and blocked phrase) is normalised here, so the
 * lexicon and the text always agree whatever spelling the files use.
 */
export function parseGazetteer(
  placesTsv: string,
  commonTsv = "",
  blockers: readonly string[] = [],
): Gazetteer {
  const table = rows(placesTsv);
  const names = normalizeAll(table.map((cells) => cells[3] ?? ""));
  const places = table.map((cells, i) => parsePlace(cells, names[i] ?? ""));
  const index = new PhraseIndex<PlaceEntry>();
  places.forEach((place, i) => {
    for (const name of place.names) index.add(name, { places: [i], block: false }, mergeEntries);
  });
  for (const phrase of blockers) {
    const key = normalizeArabic(phrase);
    if (index.get(key) === undefined) index.add(key, { places: [], block: true });
  }
  const common = new Set(normalizeAll(rows(commonTsv).map((cells) => cells[0] ?? "")));
  return { places, byId: new Map(places.map((p) => [p.id, p])), index, common };
}

/** Loads data/gazetteer/places.tsv and common-names.tsv; `blockers` are phrases that are not places. */
export function loadGazetteer(blockers: readonly string[] = []): Gazetteer {
  const places = readFileSync(dataPath("gazetteer", "places.tsv"), "utf8");
  const common = readFileSync(dataPath("gazetteer", "common-names.tsv"), "utf8");
  return parseGazetteer(places, common, blockers);
}

/** Equirectangular distance, good enough at the scale of a governorate. */
export function distanceKm(a: Place, b: Place): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  const dy = (a.lat - b.lat) * 111;
  const dx = (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return Math.sqrt(dx * dx + dy * dy);
}
