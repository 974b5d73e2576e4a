import { type Diagnostic, diagnostic } from "../../core/diagnostics.js";
import { type Doc, layer } from "../../core/document.js";
import type { NormalizedText, PlaceMention } from "../../core/layers.js";
import type { Stage } from "../../core/pipeline.js";
import { rawSpan } from "../../text/normalize.js";
import { findPlaceHits } from "./find-places.js";
import type { Gazetteer, Place } from "./gazetteer.js";
import { type ResolvedHit, resolvePlaces } from "./resolve-places.js";
import { wordListOf } from "./words.js";

declare module "../../core/context.js" {
  interface Resources {
    gazetteer?: Gazetteer;
  }
}

const QUOTE = 0x22;

/**
 * A name that opens a quote inside its span takes the closing quote too («تنظيم “الدولة الإسلامية”»),
 * also when a scraper spaced it off («تنظيم " داعش "»).
 */
export function closeQuote(norm: string, start: number, end: number): number {
  let quotes = 0;
  for (let k = start; k < end; k++) if (norm.charCodeAt(k) === QUOTE) quotes++;
  if (quotes % 2 === 0) return end;
  if (norm.charCodeAt(end) === QUOTE) return end + 1;
  return norm.charCodeAt(end) === 0x20 && norm.charCodeAt(end + 1) === QUOTE ? end + 2 : end;
}

function idFields(place: Place): { pcode: string | null; geonames_id: number | null } {
  if (place.id.startsWith("gn:")) return { pcode: null, geonames_id: Number(place.id.slice(3)) };
  if (place.id.startsWith("mr:")) return { pcode: null, geonames_id: null };
  return { pcode: place.id, geonames_id: null };
}

/** One literal with every field in output order: object spreads here cost more than finding the place. */
function mention(raw: string, norm: NormalizedText, r: ResolvedHit): PlaceMention {
  const span = rawSpan(norm, r.hit.normStart, closeQuote(norm.text, r.hit.normStart, r.hit.normEnd));
  const p = r.place;
  const ids = idFields(p);
  const fields = {
    start: span.start,
    end: span.end,
    text: raw.slice(span.start, span.end),
    level: p.level,
    pcode: ids.pcode,
    geonames_id: ids.geonames_id,
    name_en: p.nameEn,
    lat: p.lat,
    lon: p.lon,
    admin1: p.admin1,
    admin2: p.admin2,
    admin3: p.admin3,
    country: p.country,
  };
  if (r.resolved) return fields;
  return { ...fields, candidates: r.alternatives.map((a) => a.id) };
}

/** Finds and locates the places a document names; ambiguous ones keep candidates and a diagnostic. */
export function extractPlaces(
  raw: string,
  norm: NormalizedText,
  gazetteer: Gazetteer,
): { places: PlaceMention[]; diagnostics: Diagnostic[] } {
  const resolved = resolvePlaces(findPlaceHits(wordListOf(norm), gazetteer), gazetteer);
  const places = resolved.map((r) => mention(raw, norm, r));
  const diagnostics = places
    .filter((p) => p.candidates)
    .map((p) =>
      diagnostic(
        "place_ambiguous",
        p,
        `«${p.text}» may name ${[p.name_en, ...(p.candidates ?? [])].join(", ")}`,
      ),
    );
  return { places, diagnostics };
}

export const placesStage: Stage<"places"> = {
  name: "places",
  version: "1",
  needs: ["normalized"],
  adds: "places",
  run(doc: Doc, ctx) {
    const gazetteer = ctx.resources.gazetteer;
    if (!gazetteer) throw new Error("placesStage needs ctx.resources.gazetteer (loadPlaceGazetteer())");
    const { places, diagnostics } = extractPlaces(doc.text, layer(doc, "normalized"), gazetteer);
    return { layer: places, diagnostics };
  },
};
