import { readFileSync } from "node:fs";
import { dataPath } from "../../core/paths.js";
import { normalizeArabic } from "../../text/normalize.js";

/**
 * Syria's governorates (admin1) and districts (admin2) from the bundled boundaries (data/boundaries, built
 * by scripts/build-boundaries.ts), so a place filter can be a P-code («SY07»), an English name («Idleb»)
 * or an Arabic one («إدلب»). Event places carry their admin1/admin2 by English name (the gazetteer's).
 */

export interface Area {
  readonly level: "admin1" | "admin2";
  readonly pcode: string;
  readonly name_en: string;
  readonly name_ar: string;
}

interface Properties {
  readonly pcode?: unknown;
  readonly name_en?: unknown;
  readonly name_ar?: unknown;
}

function readAreas(file: string, level: Area["level"]): Area[] {
  const json = JSON.parse(readFileSync(dataPath("boundaries", file), "utf8")) as {
    features: { properties: Properties }[];
  };
  return json.features.flatMap(({ properties: p }) =>
    typeof p.pcode === "string" && typeof p.name_en === "string"
      ? [
          {
            level,
            pcode: p.pcode,
            name_en: p.name_en,
            name_ar: typeof p.name_ar === "string" ? p.name_ar : "",
          },
        ]
      : [],
  );
}

/** A comparison key: case and Arabic spelling variants (أ/ا, ة/ه …) do not matter. */
export function searchKey(value: string): string {
  return normalizeArabic(value).toLowerCase().replace(/\s+/g, " ").trim();
}

export class AreaIndex {
  private readonly byKey = new Map<string, Area>();

  constructor(readonly areas: readonly Area[]) {
    // Governorates first, so a name shared by a governorate and its capital's district means the governorate.
    for (const area of [...areas].sort((a, b) => a.level.localeCompare(b.level))) {
      for (const key of [area.pcode, area.name_en, area.name_ar]) {
        if (key !== "" && !this.byKey.has(searchKey(key))) this.byKey.set(searchKey(key), area);
      }
    }
  }

  static load(): AreaIndex {
    return new AreaIndex([
      ...readAreas("syr-admin1.geojson", "admin1"),
      ...readAreas("syr-admin2.geojson", "admin2"),
    ]);
  }

  find(query: string): Area | null {
    return this.byKey.get(searchKey(query)) ?? null;
  }

  governorates(): Area[] {
    return this.areas.filter((a) => a.level === "admin1");
  }
}
