/** The bundled OCHA boundaries (data/boundaries), fetched once and shared by the map and the filters. */

export interface AreaProperties {
  readonly pcode: string;
  readonly name_en: string;
  readonly name_ar: string;
  readonly admin1_en?: string;
}

export interface Boundaries {
  readonly admin1: GeoJSON.FeatureCollection<GeoJSON.Geometry, AreaProperties>;
  readonly admin2: GeoJSON.FeatureCollection<GeoJSON.Geometry, AreaProperties>;
}

let loaded: Promise<Boundaries> | null = null;

async function fetchCollection(name: string): Promise<Boundaries["admin1"]> {
  const response = await fetch(`/data/boundaries/${name}`);
  if (!response.ok) throw new Error(`cannot load ${name}: ${response.status}`);
  return (await response.json()) as Boundaries["admin1"];
}

export function loadBoundaries(): Promise<Boundaries> {
  loaded ??= Promise.all([fetchCollection("syr-admin1.geojson"), fetchCollection("syr-admin2.geojson")]).then(
    ([admin1, admin2]) => ({ admin1, admin2 }),
  );
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

let areaNames: Promise<ReadonlyMap<string, string>> | null = null;

/** Arabic names of governorates and districts by their English (gazetteer) names; empty if unavailable. */
export function arabicAreaNames(): Promise<ReadonlyMap<string, string>> {
  areaNames ??= loadBoundaries().then(
    ({ admin1, admin2 }) =>
      // Districts first, so a governorate sharing its capital district's name keeps the governorate's words.
      new Map(
        [...admin2.features, ...admin1.features].map((f) => [f.properties.name_en, f.properties.name_ar]),
      ),
    () => {
      areaNames = null;
      return new Map<string, string>();
    },
  );
  return areaNames;
}
