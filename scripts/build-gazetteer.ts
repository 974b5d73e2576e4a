/**
 * Builds data/gazetteer/places.tsv from the shared OCHA and GeoNames files plus the product's own
 * additions (data/gazetteer/additions.tsv), and data/gazetteer/common-names.tsv, the place names that
 * are also frequent ordinary words (from ANERcorp and the Wojood sample, plus a hand list).
 *
 *   npx tsx scripts/build-gazetteer.ts
 *
 * OCHA P-codes are the canonical ids for Syria; GeoNames rows keep "gn:<id>"; additions use their own
 * ids ("mr:<slug>") or an OCHA P-code, in which case they add names to (or override the level of) that row.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dataPath, sharedDataPath } from "../src/core/paths.js";
import { normalizeArabic } from "../src/text/normalize.js";

interface Row {
  id: string;
  level: string;
  nameEn: string;
  names: string[];
  lat: number | null;
  lon: number | null;
  admin1: string;
  admin2: string;
  admin3: string;
  country: string;
  population: number | null;
}

type Ring = number[][];
interface Geometry {
  type: string;
  coordinates: unknown;
}
interface Feature {
  properties: Record<string, string | number | null>;
  geometry: Geometry | null;
}

const OCHA = sharedDataPath("gazetteers", "ocha-syria");
const GEONAMES = sharedDataPath("gazetteers", "geonames-levant", "cities500_SY_LB_IQ_JO_TR_IL_PS.tsv");
const COUNTRY_NAMES: Record<string, string> = {
  SY: "Syria",
  LB: "Lebanon",
  IQ: "Iraq",
  JO: "Jordan",
  TR: "Turkey",
  IL: "Israel",
  PS: "Palestine",
};

function readTsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l && !l.startsWith("#"));
  const header = (lines.shift() ?? "").split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}

function features(file: string): Feature[] {
  return (JSON.parse(readFileSync(`${OCHA}/${file}`, "utf8")) as { features: Feature[] }).features;
}

/** Area-weighted centroid of the largest polygon's outer ring (shoelace formula). */
function centroid(geometry: Geometry | null): [number, number] | null {
  if (!geometry) return null;
  const polygons =
    geometry.type === "Polygon"
      ? [geometry.coordinates as Ring[]]
      : geometry.type === "MultiPolygon"
        ? (geometry.coordinates as Ring[][])
        : [];
  let best: [number, number] | null = null;
  let bestArea = 0;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x0 = 0, y0 = 0] = ring[i] ?? [];
      const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (Math.abs(area) > bestArea) {
      bestArea = Math.abs(area);
      best = [cy / (3 * area), cx / (3 * area)];
    }
  }
  return best;
}

/** OCHA joins alternative names with "_" (sometimes "-"); a truncated name loses its cut-off last part. */
function ochaNames(value: string, truncated: boolean): string[] {
  const parts = value
    .split(/[_-]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (truncated) parts.pop();
  return parts;
}

function ochaLevel(capital: string): string {
  if (capital === "0" || capital === "1" || capital === "2") return "city";
  if (capital === "3") return "town";
  return "village";
}

function communities(): Row[] {
  return readTsv(`${OCHA}/syr_communities_admin4.tsv`).map((r) => ({
    id: r.PCODE ?? "",
    level: ochaLevel(r.CAPIT_LVL ?? ""),
    nameEn: r.NAME_EN ?? "",
    names: ochaNames(r.NAME_ARA ?? "", r.NAME_ARA_TRUNCATED === "1"),
    lat: Number(r.LATITUDE),
    lon: Number(r.LONGITUDE),
    admin1: r.ADMIN1_EN ?? "",
    admin2: r.ADMIN2_EN ?? "",
    admin3: r.ADMIN3_EN ?? "",
    country: "Syria",
    population: null,
  }));
}

function adminAreas(): Row[] {
  const rows: Row[] = [];
  for (const f of features("syr_admin1.geojson")) {
    const p = f.properties;
    const c = centroid(f.geometry);
    // SY01 is named «مدينة دمشق»; the city itself is the community C1001.
    const name = String(p.NAME_ARA).replace(/^مدينة /, "");
    rows.push(area(String(p.PCODE), "governorate", String(p.NAME_EN), [name], c, String(p.NAME_EN), ""));
  }
  for (const f of features("syr_admin2.geojson")) {
    const p = f.properties;
    const c = centroid(f.geometry);
    rows.push(
      area(String(p.PCODE), "district", String(p.NAME_EN), [String(p.NAME_ARA)], c, String(p.ADMIN1_EN), ""),
    );
  }
  return rows;
}

function area(
  id: string,
  level: string,
  nameEn: string,
  names: string[],
  c: [number, number] | null,
  admin1: string,
  admin2: string,
): Row {
  return {
    id,
    level,
    nameEn,
    names,
    lat: c?.[0] ?? null,
    lon: c?.[1] ?? null,
    admin1,
    admin2,
    admin3: "",
    country: "Syria",
    population: null,
  };
}

/** Damascus neighbourhood polygons (English names only; Arabic names come from the additions). */
function neighbourhoodCentroids(): Map<string, { nameEn: string; c: [number, number] | null }> {
  const out = new Map<string, { nameEn: string; c: [number, number] | null }>();
  for (const f of features("syr_admin5.geojson")) {
    const p = f.properties;
    out.set(String(p.HAY_PCODE), { nameEn: String(p.HAY_EN).replace(/\s+/g, " "), c: centroid(f.geometry) });
  }
  return out;
}

/** Alternate names that carry an administrative word («محافظة إدلب», Urdu «ضلع») name the area, not the town. */
const ADMIN_WORD = /^(ضلع|محافظة|مدينة|منطقة|ناحية|قضاء|ولاية|لواء|بلدة|قرية|مركز|بلدية) /;

/** GeoNames' Arabic alternate names mix Persian, Urdu and Kurdish spellings: keep plain Arabic letters. */
function arabicOnly(names: string): string[] {
  return names
    .split("|")
    .map((s) => s.replace(/[\u200e\u200f.]/g, "").trim())
    .filter((s) => /^[\u0621-\u064a\u064b-\u0652 ]+$/.test(s) && !ADMIN_WORD.test(s) && s.length >= 2);
}

function geonamesLevel(code: string, population: number): string {
  if (code === "PPLC" || population >= 100000) return "city";
  if (population >= 10000 || code === "PPLA" || code === "PPLA2") return "town";
  return "village";
}

function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dy = (aLat - bLat) * 111;
  const dx = (aLon - bLon) * 111 * Math.cos((aLat * Math.PI) / 180);
  return Math.sqrt(dx * dx + dy * dy);
}

/** Syrian GeoNames rows only lend population and spellings to the OCHA community they match. */
function geonames(syria: Row[]): Row[] {
  const byName = new Map<string, Row[]>();
  for (const row of syria) {
    for (const n of row.names) {
      const key = normalizeArabic(n);
      byName.set(key, [...(byName.get(key) ?? []), row]);
    }
  }
  const rows: Row[] = [];
  for (const g of readTsv(GEONAMES)) {
    // Rows without Arabic names stay (and are dropped at output) so that additions can name them.
    const names = arabicOnly(g.arabic_names ?? "");
    const lat = Number(g.latitude);
    const lon = Number(g.longitude);
    const population = Number(g.population) || 0;
    if (g.country_code === "SY") {
      const near = (r: Row) =>
        r.lat === null || r.lon === null ? Infinity : distanceKm(lat, lon, r.lat, r.lon);
      const match = names
        .flatMap((n) => byName.get(normalizeArabic(n)) ?? [])
        .filter((r) => near(r) < 12)
        .sort((a, b) => near(a) - near(b))[0];
      if (match) {
        match.population = Math.max(match.population ?? 0, population) || null;
        const known = new Set(match.names.map(normalizeArabic));
        for (const n of names) if (!known.has(normalizeArabic(n))) match.names.push(n);
      }
      continue;
    }
    rows.push({
      id: `gn:${g.geonameid}`,
      level: geonamesLevel(g.feature_code ?? "", population),
      nameEn: g.name ?? "",
      names,
      lat,
      lon,
      admin1: "",
      admin2: "",
      admin3: "",
      country: COUNTRY_NAMES[g.country_code ?? ""] ?? g.country_code ?? "",
      population: population || null,
    });
  }
  return rows;
}

/** Grows OCHA village levels by population once GeoNames has lent it. */
function promote(row: Row): void {
  const pop = row.population ?? 0;
  if (row.level === "village" && pop >= 20000) row.level = "town";
  if ((row.level === "village" || row.level === "town") && pop >= 100000) row.level = "city";
}

function applyAdditions(rows: Map<string, Row>, hay: ReturnType<typeof neighbourhoodCentroids>): void {
  const pending: Array<[Row, string]> = [];
  for (const a of readTsv(dataPath("gazetteer", "additions.tsv"))) {
    const id = a.id ?? "";
    const names = (a.names_ar ?? "").split("|").filter(Boolean);
    const existing = rows.get(id);
    if (existing) {
      const known = new Set(existing.names.map(normalizeArabic));
      existing.names.push(...names.filter((n) => !known.has(normalizeArabic(n))));
      if (a.level) existing.level = a.level;
      if (a.name_en) existing.nameEn = a.name_en;
      continue;
    }
    const h = hay.get(id);
    const row: Row = {
      id,
      level: a.level ?? "landmark",
      nameEn: a.name_en || h?.nameEn || "",
      names,
      lat: a.lat && !a.lat.startsWith("@") ? Number(a.lat) : (h?.c?.[0] ?? null),
      lon: a.lon ? Number(a.lon) : (h?.c?.[1] ?? null),
      admin1: a.admin1 ?? "",
      admin2: a.admin2 ?? "",
      admin3: a.admin3 ?? "",
      country: a.country ?? "",
      population: a.population ? Number(a.population) : null,
    };
    rows.set(id, row);
    if (a.lat?.startsWith("@")) pending.push([row, a.lat.slice(1)]);
  }
  // «@ID» in the lat column: the place lies at (or within) another entry; take its point.
  for (const [row, ref] of pending) {
    const target = rows.get(ref);
    if (!target) throw new Error(`additions: ${row.id} refers to unknown ${ref}`);
    row.lat = target.lat;
    row.lon = target.lon;
  }
}

const HEADER = [
  "# Marsad gazetteer, built by scripts/build-gazetteer.ts; do not edit by hand (edit additions.tsv).",
  "# Sources: UN-OCHA Syria Common Operational Datasets (communities with P-codes, admin1/admin2 polygons,",
  "#   Damascus neighbourhood polygons; humanitarian use with attribution to OCHA);",
  "#   GeoNames cities500 for LB IQ JO TR IL PS (CC BY 4.0, attribution GeoNames.org; Syrian rows lend",
  "#   population and Arabic spellings to OCHA communities);",
  "#   Marsad additions (data/gazetteer/additions.tsv, Apache-2.0, each row with its own source note).",
  "# names_ar are raw spellings joined by |; the loader normalises them. lat/lon WGS84.",
];

function round(x: number | null): string {
  return x === null || Number.isNaN(x) ? "" : String(Math.round(x * 1e5) / 1e5);
}

function main(): void {
  const syria = communities();
  const all = [...adminAreas(), ...syria, ...geonames(syria)];
  for (const row of syria) promote(row);
  const rows = new Map(all.map((r) => [r.id, r]));
  applyAdditions(rows, neighbourhoodCentroids());
  const cols = "id\tlevel\tname_en\tnames_ar\tlat\tlon\tadmin1\tadmin2\tadmin3\tcountry\tpopulation";
  const lines = [...HEADER, cols];
  for (const r of rows.values()) {
    if (r.names.length === 0) continue;
    const cells = [r.id, r.level, r.nameEn, r.names.join("|"), round(r.lat), round(r.lon)];
    cells.push(r.admin1, r.admin2, r.admin3, r.country, r.population ? String(r.population) : "");
    lines.push(cells.map((c) => c.replace(/[\t\n]/g, " ")).join("\t"));
  }
  writeFileSync(dataPath("gazetteer", "places.tsv"), `${lines.join("\n")}\n`);
  const common = commonNames(rows);
  console.log(`places: ${lines.length - HEADER.length - 1} rows; common names: ${common}`);
}

const NAME_PARTS = new Set(["ابو", "ام", "بن", "عبد", "الله", "الدين"].map(normalizeArabic));

/** Place names that read as person names («مصطفى», «نصر الله», «أبو بكر»), by ANERGazet's name list. */
function personLikeNames(names: Set<string>): string[] {
  const path = sharedDataPath("gazetteers", "anergazet", "ANERGazet_Pers.txt");
  const persons = new Set(
    readFileSync(path, "utf8")
      .split("\n")
      .map((l) => normalizeArabic(l.trim()))
      .filter((l) => l.length > 1),
  );
  return [...names].filter((name) => {
    const words = name.split(" ");
    return words.every((w) => persons.has(w) || NAME_PARTS.has(w)) && words.some((w) => persons.has(w));
  });
}

/**
 * Place names that are ordinary words more often than places in labelled Arabic text (ANERcorp train,
 * Wojood sample), plus the hand list in common-names-extra.tsv. Such names need a trigger or context.
 */
function commonNames(rows: Map<string, Row>): number {
  const names = new Set<string>();
  for (const r of rows.values()) {
    if (r.level === "country") continue;
    for (const n of r.names) names.add(normalizeArabic(n));
  }
  const counts = new Map<string, { other: number; loc: number }>();
  const corpora = [
    sharedDataPath("anercorp", "ANERCorp_CamelLab_train.txt"),
    sharedDataPath("wojood-sample", "train.txt"),
    sharedDataPath("wojood-sample", "val.txt"),
  ];
  for (const file of corpora) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const [word, tag = "O"] = line.split(" ");
      if (!word) continue;
      const key = normalizeArabic(word);
      if (!names.has(key)) continue;
      const c = counts.get(key) ?? { other: 0, loc: 0 };
      if (/LOC|GPE|FAC/.test(tag)) c.loc++;
      else if (tag === "O") c.other++;
      counts.set(key, c);
    }
  }
  const out = [
    "# Place names that are also common words: they match only with a trigger word or context.",
    "",
  ];
  out[1] =
    "# Sources: counts in ANERcorp train (CC BY-SA 4.0) and the Wojood sample (MIT); ANERGazet person names " +
    "(Benajiba & Rosso, free for research, attribution); hand list common-names-extra.tsv (Apache-2.0).";
  out.push("name\tother\tloc\tsource");
  for (const [key, c] of [...counts].sort()) {
    if (c.other >= 2 && c.other > c.loc) out.push(`${key}\t${c.other}\t${c.loc}\tcorpus`);
  }
  for (const key of personLikeNames(names)) {
    if (!counts.has(key)) out.push(`${key}\t\t\tANERGazet person name`);
  }
  for (const e of readTsv(dataPath("gazetteer", "common-names-extra.tsv"))) {
    out.push(`${normalizeArabic(e.name ?? "")}\t\t\thand: ${e.note ?? ""}`);
  }
  writeFileSync(dataPath("gazetteer", "common-names.tsv"), `${out.join("\n")}\n`);
  return out.length - 3;
}

main();
