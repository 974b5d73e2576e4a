import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../text/normalize.js";
import { loadGazetteer, normalizeAll, parseGazetteer } from "./gazetteer.js";

const HEADER =
  "# test\nid\tlevel\tname_en\tnames_ar\tlat\tlon\tadmin1\tadmin2\tadmin3\tcountry\tpopulation\n";

describe("parseGazetteer", () => {
  it("normalises every name of the lexicon itself, whatever spelling the file uses", () => {
    // Hamza on alef, ta marbuta, alef maqsura, harakat, tatweel: the file need not be pre-normalised.
    const tsv = `${HEADER}X1\tcity\tIdlib\tإِدْلِب|إدلـب\t35.9\t36.6\tIdleb\t\t\tSyria\t\nX2\ttown\tQura\tقُرى الأسد\t\t\t\t\t\tSyria\t\n`;
    const gazetteer = parseGazetteer(tsv, "name\nالتَّضامُن\n");
    const [idlib, qura] = gazetteer.places;
    expect(idlib?.names).toEqual(["ادلب"]);
    expect(qura?.names).toEqual(["قري الاسد"]);
    expect(gazetteer.common.has("التضامن")).toBe(true);
    expect(gazetteer.index.get("ادلب")?.places).toEqual([0]);
    expect(idlib?.lat).toBe(35.9);
    expect(qura?.lat).toBeNull();
  });

  it("rejects a level it does not know", () => {
    expect(() => parseGazetteer(`${HEADER}X\tplanet\tMars\tالمريخ\t\t\t\t\t\t\t\n`)).toThrow(/unknown level/);
  });

  it("normalizeAll agrees with normalizeArabic name by name", () => {
    const names = ["إدلب", "مَخيّم اليرموك", "حلب|دير الزّور", "ABC"];
    expect(normalizeAll(names)).toEqual(names.map(normalizeArabic));
  });
});

describe("loadGazetteer (shipped data)", () => {
  const gazetteer = loadGazetteer();

  it("holds OCHA communities, admin areas, GeoNames rows and Marsad's additions", () => {
    expect(gazetteer.places.length).toBeGreaterThan(6000);
    expect(gazetteer.byId.get("C1002")).toMatchObject({ level: "camp", admin1: "Damascus" });
    expect(gazetteer.byId.get("C2502")?.nameEn).toBe("Hajar Aswad");
    expect(gazetteer.byId.get("SY07")?.level).toBe("governorate");
    expect(gazetteer.byId.get("mr:tadamon")?.lat).toBeCloseTo(33.48, 1);
    expect(gazetteer.places.some((p) => p.id.startsWith("gn:") && p.country === "Turkey")).toBe(true);
  });

  it("stores every name in normalised form", () => {
    for (const place of gazetteer.places) {
      for (const name of place.names) expect(name).toBe(normalizeArabic(name));
    }
    for (const word of gazetteer.common) expect(word).toBe(normalizeArabic(word));
  });

  it("drops the cut-off part of OCHA's truncated Arabic names", () => {
    const qudsaya = gazetteer.byId.get("C2327");
    expect(qudsaya?.names).toEqual([normalizeArabic("ضاحية قدسيا")]);
  });
});
