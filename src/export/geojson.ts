import type { EventRecord } from "./event-record.js";

/** events.geojson: a FeatureCollection with one Point per located, non-aggregate event (RFC 7946). */

export interface EventFeature {
  readonly type: "Feature";
  readonly id: string;
  readonly geometry: { readonly type: "Point"; readonly coordinates: readonly [number, number] };
  readonly properties: EventRecord;
}

export function eventFeature(event: EventRecord): EventFeature | null {
  const place = event.place;
  if (event.aggregate || !place || place.lat === null || place.lon === null) return null;
  // GeoJSON positions are longitude first.
  return {
    type: "Feature",
    id: event.id,
    geometry: { type: "Point", coordinates: [place.lon, place.lat] },
    properties: event,
  };
}
