import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeText } from "../../text/normalize.js";
import { extractActors } from "./actors-stage.js";
import { loadActors, parseActors } from "./dictionary.js";

const dict = loadActors();

function actors(text: string) {
  const out = extractActors(text, normalizeText(text), dict);
  for (const a of out) expect(text.slice(a.start, a.end)).toBe(a.text);
  return out;
}

function ids(text: string): string[] {
  return actors(text).map((a) => `${a.text}=${a.actor_id}${a.partisan ? "*" : ""}`);
}

describe("dictionary", () => {
  it("normalises names, partisan names and descriptions on load", () => {
    const tsv =
      "id\tname_en\tinter\tkind\tcountry\tnames\tpartisan\trefs\tsource\n" +
      "x\tX Army\t2\tarmed\tSyria\tجَيْشُ الإسلامِ\tعصابة الإسلام\t!الفصيل\tnote\n";
    const d = parseActors(tsv);
    expect(d.index.get("جيش الاسلام")).toEqual({ kind: "name", actor: 0, partisan: false });
    expect(d.index.get("عصابه الاسلام")).toEqual({ kind: "name", actor: 0, partisan: true });
    expect(d.actors[0]).toMatchObject({ refs: ["الفصيل"], defaultRefs: ["الفصيل"], inter: 2 });
  });

  it("ships every name in normalised form with an ACLED inter code", () => {
    for (const name of dict.names) expect(name).toBe(normalizeArabic(name));
    for (const actor of dict.actors) expect(actor.inter).toBeGreaterThanOrEqual(1);
    expect(dict.byId.get("is")?.nameEn).toBe("Islamic State (Syria)");
    expect(dict.byId.get("sy-gov-forces")?.inter).toBe(1);
  });
});

describe("names", () => {
  it("finds aliases with attached clitics and marks partisan names", () => {
    expect(ids("انسحب مقاتلو داعش وسلموا مواقعهم لقوات الأسد وقوات النظام")).toEqual([
      "داعش=is*",
      "قوات الأسد=sy-gov-forces*",
      "قوات النظام=sy-gov-forces",
    ]);
    expect(ids("بايعت الفصائل لداعش بينما قاتلت هيئة تحرير الشام وجبهة النصرة")).toEqual([
      "داعش=is*",
      "هيئة تحرير الشام=hts",
      "جبهة النصرة=nusra",
    ]);
  });

  it("reads a quoted name and a name split by a line break", () => {
    expect(ids("عناصر تنظيم “الدولة الإسلامية” وقوات\nالنظام")).toEqual([
      "تنظيم “الدولة الإسلامية”=is",
      "قوات\nالنظام=sy-gov-forces",
    ]);
  });

  it("takes a closing quote that a scraper spaced off", () => {
    expect(ids('هاجم تنظيم " داعش " القرية')).toEqual(['تنظيم " داعش "=is*']);
  });

  it("knows actors of other fronts", () => {
    expect(
      ids("قصفت المدفعية التركية مواقع قسد في عين العرب بينما دعم التحالف الدولي وحدات حماية الشعب"),
    ).toEqual(["المدفعية التركية=tr-forces", "قسد=sdf", "التحالف الدولي=coalition", "وحدات حماية الشعب=ypg"]);
    expect(ids("شنت القوات الروسية غارات على مواقع فيلق الشام والجبهة الوطنية للتحرير في إدلب")).toEqual([
      "القوات الروسية=ru-forces",
      "فيلق الشام=faylaq-al-sham",
      "الجبهة الوطنية للتحرير=nlf",
    ]);
    const [sarc, unrwa] = actors("وزع الهلال الأحمر العربي السوري والأونروا المساعدات");
    expect(sarc).toMatchObject({ actor_id: "sarc", inter: 7, name_en: "SARC: Syrian Arab Red Crescent" });
    expect(unrwa?.actor_id).toBe("unrwa");
  });

  it("does not read the halves of a longer name", () => {
    expect(ids("أعلن الجيش السوري الحر")).toEqual(["الجيش السوري الحر=fsa"]);
  });
});

describe("descriptions", () => {
  it("resolves «التنظيم» to the group last named as a تنظيم", () => {
    expect(ids("هاجم تنظيم الدولة المنطقة ثم انسحب مقاتلو التنظيم")).toEqual([
      "تنظيم الدولة=is",
      "التنظيم=is",
    ]);
    expect(ids("تبنى تنظيم حراس الدين الهجوم، وقال التنظيم إن")).toEqual([
      "تنظيم حراس الدين=hurras-al-din",
      "التنظيم=hurras-al-din",
    ]);
  });

  it("drops a description with nothing (near enough) to refer to", () => {
    expect(ids("قال التنظيم في بيان وأعلنت الهيئة")).toEqual([]);
    const far = `تنظيم الدولة ${"كلام ".repeat(500)} التنظيم`;
    expect(ids(far)).toEqual(["تنظيم الدولة=is"]);
  });

  it("resolves «the gunmen loyal to it» through the actor named before", () => {
    expect(ids("معارك بين قوات النظام والمسلحين الموالين لها من جهة")).toEqual([
      "قوات النظام=sy-gov-forces",
      "المسلحين الموالين لها=sy-progov-militia",
    ]);
    expect(ids("تقدم الجيش التركي والفصائل الموالية له نحو عفرين")).toEqual([
      "الجيش التركي=tr-forces",
      "الفصائل الموالية له=sna",
    ]);
    const [loose] = actors("المسلحين الموالين لها");
    expect(loose).toMatchObject({ actor_id: null, name_en: null, inter: null });
  });

  it("reads «النظام» as the Syrian government when nothing else was named", () => {
    expect(ids("صفحات مؤيدة للنظام")).toEqual(["للنظام=sy-gov"]);
  });
});
