import { beforeAll, describe, expect, it } from "vitest";
import type { PlaceMention } from "../../core/layers.js";
import { normalizeText } from "../../text/normalize.js";
import { type Gazetteer, parseGazetteer } from "./gazetteer.js";
import { loadPlaceGazetteer } from "./index.js";
import { extractPlaces } from "./places-stage.js";

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadPlaceGazetteer();
});

function places(text: string, g: Gazetteer = gazetteer) {
  const out = extractPlaces(text, normalizeText(text), g);
  for (const p of out.places) expect(text.slice(p.start, p.end)).toBe(p.text);
  return out;
}

function ids(text: string): string[] {
  return places(text).places.map((p) => `${p.text}=${p.pcode ?? p.geonames_id ?? p.name_en}`);
}

describe("matching", () => {
  it("leaves attached prepositions and conjunctions outside the span", () => {
    expect(ids("انسحب المقاتلون بمخيم اليرموك ووصلوا لحي التضامن والحجر الأسود")).toEqual([
      "مخيم اليرموك=C1002",
      "التضامن=Tadamon",
      "الحجر الأسود=C2502",
    ]);
    expect(ids("توجهت الحافلات بجنوب دمشق ثم للرقة")).toEqual(["جنوب دمشق=Southern Damascus", "للرقة=C5710"]);
  });

  it("matches multiword names and names split by a scraped line break", () => {
    expect(ids("اتفاق بين قوات النظام وتنظيم الدولة بجنوب\nدمشق")).toEqual(["جنوب\nدمشق=Southern Damascus"]);
    expect(ids("قصفت الطائرات مدينة جسر الشغور وخان شيخون")).toEqual(["جسر الشغور=C4199", "خان شيخون=C3987"]);
  });

  it("keeps the trigger word outside the span unless the gazetteer holds the whole phrase", () => {
    const [qadam, camp] = places("دخلت الحافلات حي القدم ثم مخيم اليرموك").places;
    expect(qadam).toMatchObject({ text: "القدم", level: "neighbourhood", pcode: "C10011068" });
    expect(camp).toMatchObject({ text: "مخيم اليرموك", level: "camp", pcode: "C1002" });
  });

  it("finds places of other governorates and neighbouring countries", () => {
    expect(ids("قتل ثلاثة مدنيين في قصف على معرة النعمان بريف إدلب الجنوبي")).toEqual([
      "معرة النعمان=C3985",
      "ريف إدلب الجنوبي=Southern rural Idleb",
    ]);
    expect(ids("نزح الأهالي من دير الزور إلى الحسكة ثم إلى غازي عنتاب في تركيا")).toEqual([
      "دير الزور=C5086",
      "الحسكة=C4360",
      "غازي عنتاب=314830",
      "تركيا=Turkey",
    ]);
    expect(ids("اشتباكات في بلدة تلبيسة وقرية الزعفرانية بريف حمص الشمالي")).toEqual([
      "تلبيسة=C2882",
      "الزعفرانية=C2888",
      "ريف حمص الشمالي=Northern rural Homs",
    ]);
  });

  it("reads a name inside an actor's name as no place", () => {
    expect(ids('نشرت صفحة "دمشق الآن" أن قوات سوريا الديمقراطية دخلت الرقة')).toEqual(["الرقة=C5710"]);
  });
});

describe("common words that are also place names", () => {
  it("does not read ordinary words as villages", () => {
    expect(ids("أعلن التضامن مع الشعب الفلسطيني خلال مباراة كرة القدم")).toEqual([]);
    expect(ids("من جنسيات سورية وغير سورية")).toEqual([]);
    expect(ids("قال مصطفى إن الباب مفتوح أمام المفاوضات")).toEqual([]);
  });

  it("reads them as places after a trigger, a locative preposition or in coordination", () => {
    expect(ids("سيطرت الفصائل على مدينة الباب")).toEqual(["الباب=C1202"]);
    expect(ids("عاد اللاجئون إلى سورية")).toEqual(["سورية=Syria"]);
    expect(ids("خرج المقاتلون من مخيم اليرموك والتضامن")).toEqual(["مخيم اليرموك=C1002", "التضامن=Tadamon"]);
  });

  it("carries a name read once after a trigger to its other mentions in the document", () => {
    expect(ids("تقدمت القوات في التضامن. وكان القصف قد طال حي التضامن")).toEqual([
      "التضامن=Tadamon",
      "التضامن=Tadamon",
    ]);
  });
});

describe("ambiguity", () => {
  it("resolves a name from the other places of the document", () => {
    const damascus = places("خرج المقاتلون من اليرموك في دمشق").places[0];
    expect(damascus?.pcode).toBe("C1002");
    const raqqa = places("قصف التحالف قرية اليرموك قرب الرقة").places[0];
    expect(raqqa?.pcode).toBe("C5701");
    expect(raqqa?.candidates).toBeUndefined();
  });

  it("prefers the city to the governorate of the same name, unless the text says محافظة", () => {
    expect(places("وصلت الحافلات إلى حماة").places[0]?.level).toBe("city");
    expect(places("في محافظة حماة").places[0]).toMatchObject({ text: "حماة", level: "governorate" });
  });

  it("keeps the candidates and a diagnostic when nothing settles it", () => {
    const tsv =
      "id\tlevel\tname_en\tnames_ar\tlat\tlon\tadmin1\tadmin2\tadmin3\tcountry\tpopulation\n" +
      "V1\tvillage\tKafr Tuta (Hama)\tكفرتوتة\t35.1\t36.7\tHama\t\t\tSyria\t\n" +
      "V2\tvillage\tKafr Tuta (Idleb)\tكفرتوتة\t35.9\t36.6\tIdleb\t\t\tSyria\t\n" +
      "G1\tgovernorate\tIdleb\tإدلب\t35.9\t36.6\t\t\t\tSyria\t\n";
    const g = parseGazetteer(tsv);
    const alone = places("سقطت قذائف على قرية كفرتوتة", g);
    expect(alone.places[0]?.candidates).toHaveLength(1);
    expect(alone.diagnostics[0]).toMatchObject({ code: "place_ambiguous", start: 20, end: 27 });
    const inIdleb = places("سقطت قذائف على قرية كفرتوتة في محافظة إدلب", g);
    expect(inIdleb.places[0]).toMatchObject({ name_en: "Kafr Tuta (Idleb)" });
    expect(inIdleb.places[0]?.candidates).toBeUndefined();
    expect(inIdleb.diagnostics).toEqual([]);
  });
});

describe("output", () => {
  it("carries level, ids, coordinates and admin names", () => {
    const yarmouk: PlaceMention | undefined = places("في مخيم اليرموك").places[0];
    expect(yarmouk).toMatchObject({ level: "camp", pcode: "C1002", geonames_id: null, country: "Syria" });
    expect(yarmouk?.lat).toBeCloseTo(33.47, 2);
    expect(yarmouk?.admin1).toBe("Damascus");
    const beirut = places("غارة قرب بيروت").places[0];
    expect(beirut?.geonames_id).toBeGreaterThan(0);
    expect(beirut?.pcode).toBeNull();
  });

  it("takes the closing quote of a quoted name", () => {
    const [badia] = places("نحو “البادية السورية” فجراً").places;
    expect(badia?.text).toBe("البادية السورية");
  });
});
