/**
 * Builds data/boundaries/syr-admin1.geojson and syr-admin2.geojson, the governorate and district outlines
 * the web map draws (it has no tile server: these are its only background), from the shared OCHA files.
 *
 *   npx tsx scripts/build-boundaries.ts [--tolerance 0.002] [--digits 3]
 *
 * Rings are simplified with Douglas–Peucker (tolerance in degrees; 0.002° is about 200 m, far below what a
 * country-wide map shows) and coordinates rounded (3 digits ≈ 100 m), which takes 4.4 MB of polygons to a
 * few hundred kilobytes. Properties are cut down to P-codes and names.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { dataPath, sharedDataPath } from "../src/core/paths.js";

type Position = [number, number];
type Ring = Position[];

interface Feature {
  readonly properties: Record<string, string | number | null>;
  readonly geometry: { readonly type: string; readonly coordinates: unknown } | null;
}

/** Perpendicular distance of p from the segment a–b, in degrees. */
function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker with an explicit stack (district rings have thousands of points). */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([first, worst], [worst, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

function roundRing(ring: readonly Position[], digits: number): Ring {
  const factor = 10 ** digits;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Position = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** A simplified closed ring, or null when it shrinks below a triangle (a tiny island or sliver). */
function simplifyRing(ring: readonly Position[], tolerance: number, digits: number): Ring | null {
  // Split the closed ring in two halves so the fixed end points are far apart.
  const middle = Math.floor(ring.length / 2);
  const halves = [
    simplifyLine(ring.slice(0, middle + 1), tolerance),
    simplifyLine(ring.slice(middle), tolerance),
  ];
  const out = roundRing([...halves[0]!, ...halves[1]!.slice(1)], digits);
  if (out.length < 4) return null;
  const [first, last] = [out[0]!, out.at(-1)!];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out;
}

function simplifyPolygon(rings: readonly Ring[], tolerance: number, digits: number): Ring[] | null {
  const outer = rings[0] ? simplifyRing(rings[0], tolerance, digits) : null;
  if (!outer) return null;
  const holes = rings.slice(1).map((r) => simplifyRing(r, tolerance, digits));
  return [outer, ...holes.filter((r): r is Ring => r !== null)];
}

function simplifyGeometry(geometry: NonNullable<Feature["geometry"]>, tolerance: number, digits: number) {
  const polygons =
    geometry.type === "Polygon" ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
  const kept = polygons
    .map((p) => simplifyPolygon(p, tolerance, digits))
    .filter((p): p is Ring[] => p !== null);
  if (kept.length === 0) throw new Error("a boundary simplified away entirely; lower --tolerance");
  return kept.length === 1
    ? { type: "Polygon", coordinates: kept[0] }
    : { type: "MultiPolygon", coordinates: kept };
}

function build(
  file: string,
  out: string,
  props: (p: Feature["properties"]) => object,
  opts: Options,
): number {
  const input = JSON.parse(readFileSync(sharedDataPath("gazetteers", "ocha-syria", file), "utf8")) as {
    features: Feature[];
  };
  const features = input.features
    .filter((f) => f.geometry !== null)
    .map((f) => ({
      type: "Feature",
      properties: props(f.properties),
      geometry: simplifyGeometry(f.geometry!, opts.tolerance, opts.digits),
    }));
  const text = `${JSON.stringify({ type: "FeatureCollection", features })}\n`;
  writeFileSync(dataPath("boundaries", out), text);
  return Buffer.byteLength(text);
}

interface Options {
  readonly tolerance: number;
  readonly digits: number;
}

function main(): void {
  const { values } = parseArgs({
    options: { tolerance: { type: "string", default: "0.002" }, digits: { type: "string", default: "3" } },
  });
  const opts = { tolerance: Number(values.tolerance), digits: Number(values.digits) };
  mkdirSync(dataPath("boundaries"), { recursive: true });
  const admin1 = build(
    "syr_admin1.geojson",
    "syr-admin1.geojson",
    (p) => ({ pcode: p.PCODE, name_en: p.NAME_EN, name_ar: p.NAME_ARA }),
    opts,
  );
  const admin2 = build(
    "syr_admin2.geojson",
    "syr-admin2.geojson",
    (p) => ({
      pcode: p.PCODE,
      name_en: p.NAME_EN,
      name_ar: p.NAME_ARA,
      admin1_pcode: p.ADMIN1_COD,
      admin1_en: p.ADMIN1_EN,
    }),
    opts,
  );
  process.stderr.write(`boundaries: admin1 ${admin1} bytes, admin2 ${admin2} bytes\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
