import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Claim } from "../core/layers.js";
import { dataPath } from "../core/paths.js";
import { readClaims } from "./test-helpers.js";

/** The two reference reports (data/samples/articles.jsonl, with their metadata), end to end. */
function read(id: string) {
  const line = readFileSync(dataPath("samples", "articles.jsonl"), "utf8")
    .split("\n")
    .find((l) => l.includes(`"id": "${id}"`) || l.includes(`"id":"${id}"`));
  if (!line) throw new Error(`no article ${id}`);
  const article = JSON.parse(line) as { text: string; published_at: string | null };
  return readClaims(article.text, article.published_at);
}

/** The claim whose cue is `cue` and whose content starts with `opening`. */
function at(r: ReturnType<typeof read>, cue: string, opening: string): Claim {
  const found = r.claims.find((c) => c.cue.text === cue && r.content(c).startsWith(opening));
  if (!found) throw new Error(`no «${cue}» claim opening «${opening}»`);
  return found;
}

describe("seed-000 (SOHR, southern Damascus evacuation)", () => {
  const r = read("seed-000");

  it("numbers claims c1… in text order", () => {
    expect(r.claims.map((c) => c.id)).toEqual(r.claims.map((_, i) => `c${i + 1}`));
    const starts = r.claims.map((c) => c.cue.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("«من المتوقع أن تبدأ» is expected, and stops before «على غرار» the first batch", () => {
    const c = at(r, "من المتوقع", "تبدأ عملية خروج الدفعة");
    expect(c).toMatchObject({ certainty: "expected", source: { kind: "author" } });
    expect(r.content(c).endsWith("الأحد – الاثنين")).toBe(true);
  });

  it("the first evacuation: «أنه رصد خروج دفعة» by the monitor, confirmed, inside its «نشر»", () => {
    const c = at(r, "رصد", "خروج دفعة من مقاتلي");
    expect(c).toMatchObject({ certainty: "confirmed", source: { text: "المرصد السوري", kind: "monitor" } });
    expect(c.source.actor_id).toBe("sohr");
    expect(r.content(c).endsWith("نحو البادية السورية")).toBe(true);
    expect(c.parent).toBe(at(r, "نشر", "رصد خروج").id);
  });

  it("«ونفي من قبل النظام» is the regime's denial, of the secrecy clause only", () => {
    const c = r.claim("نفي");
    expect(c).toMatchObject({ certainty: "denied", source: { text: "النظام", kind: "official" } });
    expect(r.content(c)).toBe("وذلك في سرية كاملة بعيداً عن إعلام النظام السوري");
  });

  it("«وكان رصد المرصد السوري لحقوق الإنسان» the burning of its headquarters: confirmed", () => {
    const c = at(r, "رصد", "استمرار تنظيم");
    expect(c).toMatchObject({ certainty: "confirmed", source: { kind: "monitor", actor_id: "sohr" } });
    expect(r.content(c)).toContain("حرق مقاره وآلياته");
  });

  it("«وأكدت المصادر المتقاطعة للمرصد السوري» the government advance: confirmed, the monitor's sources", () => {
    const c = r.claim("أكدت");
    expect(c.certainty).toBe("confirmed");
    // The monitor's unnamed sources: anonymous, tied to the monitor by actor_id.
    expect(c.source).toMatchObject({
      text: "المصادر المتقاطعة للمرصد السوري لحقوق الإنسان",
      kind: "anonymous",
      actor_id: "sohr",
    });
    expect(r.content(c).startsWith("قوات النظام تعمد إلى التقدم")).toBe(true);
  });
});

describe("seed-004 (opposition outlet, earlier evacuation plan)", () => {
  const r = read("seed-004");

  it("«كشفت مواقع وصفحات مؤيدة للنظام وأخرى معارضة له»: reported, both camps", () => {
    const c = r.claim("كشفت");
    expect(c).toMatchObject({
      certainty: "reported",
      source: { text: "مواقع وصفحات", affiliation: "mixed" },
    });
    expect(c.source.affiliation_span?.text).toBe("مؤيدة للنظام وأخرى معارضة له");
    expect(r.content(c).startsWith("توصل قوات")).toBe(true);
  });

  it('«ونشرت صفحة "دمشق الآن" المؤيدة لنظام الأسد … أكدت فيه»: a pro-government page', () => {
    const page = { text: 'صفحة "دمشق الآن"', kind: "social_media", affiliation: "pro-government" };
    expect(r.claim("نشرت").source).toMatchObject(page);
    expect(r.claim("نشرت").source.affiliation_span?.text).toBe("المؤيدة لنظام الأسد");
    const confirmed = r.claim("أكدت");
    expect(confirmed.source).toMatchObject(page);
    expect(r.content(confirmed)).toBe("انسحاب تنظيم الدولة من جنوب دمشق");
  });

  it('«ونقلت الصفحة عن مصادر مطلعة قولها إن "5000 شخص سيتم …"»: a relay, expected', () => {
    const page = r.claim("نقلت");
    const sources = r.claim("قولها");
    expect(page.source).toMatchObject({ text: 'صفحة "دمشق الآن"', ref: { text: "الصفحة" } });
    expect(sources).toMatchObject({ certainty: "expected", via: page.id, source: { kind: "anonymous" } });
    expect(sources.source.text).toBe("مصادر مطلعة");
    expect(r.content(sources).startsWith("5000 شخص سيتم ترحيلهم")).toBe(true);
    expect(r.content(sources).endsWith("الهلال الأحمر العربي السوري")).toBe(true);
  });

  it("«وكانت مواقع الثورة السورية قد نشرت» (opposition) and «وسجلت أن» (same source)", () => {
    const published = at(r, "نشرت", "عشرات الحافلات");
    expect(published.source).toMatchObject({ text: "مواقع الثورة السورية", affiliation: "opposition" });
    const recorded = r.claim("سجلت");
    expect(recorded.source).toMatchObject({ text: "مواقع الثورة السورية", affiliation: "opposition" });
    expect(r.content(recorded).startsWith("تجمع الحافلات مرتبط")).toBe(true);
  });

  it("«والتي يعتقد أنها …» is a rumour bounded by its dash; «كما يشاع» qualifies what comes before", () => {
    const believed = r.claim("يعتقد");
    expect(believed).toMatchObject({ certainty: "rumoured", parent: r.claim("سجلت").id });
    expect(r.content(believed)).toBe("من النساء وجرحى التنظيم");
    const rumoured = r.claim("يشاع");
    expect(rumoured.certainty).toBe("rumoured");
    expect(r.content(rumoured)).toBe(
      "وصول حافلات إلى محيط مخفر القدم الدمشقي لإخراج أولى دفعات تنظيم الدولة من جنوب دمشق إلى الرقة",
    );
  });

  it('«أوضح مصدر عسكري من الأبابيل في تصريح لـ"ربيع الثورة"»: the group\'s source, the outlet as medium', () => {
    const c = r.claim("أوضح");
    expect(c.source).toMatchObject({
      text: "مصدر عسكري من الأبابيل",
      kind: "military",
      actor_id: "jaysh-al-ababil",
      affiliation: "jaysh-al-ababil",
    });
    expect(c.medium).toMatchObject({ text: "ربيع الثورة", actor_id: "rabi-al-thawra" });
    expect(r.content(c).startsWith("عملياتنا العسكرية مستمرة")).toBe(true);
    expect(r.content(c).endsWith("تجري بشكل يومي")).toBe(true);
  });

  it("«انتشار شائعات … تفيد», «وأفاد شهود عيان», «وتقدر المعارضة السورية والجيش الحر»", () => {
    expect(r.claim("شائعات").certainty).toBe("rumoured");
    expect(r.content(r.claim("شائعات"))).toBe("نية عناصر التنظيم الانسحاب من المنطقة");
    expect(r.claim("أفاد")).toMatchObject({
      certainty: "reported",
      source: { text: "شهود عيان", kind: "witness" },
    });
    const estimate = r.claim("تقدر");
    expect(estimate).toMatchObject({ certainty: "reported", source: { affiliation: "opposition" } });
    expect(estimate.source.text).toBe("المعارضة السورية والجيش الحر");
  });

  it("«قائلاً» is a cue of its own for the same source; «يشار إلى أن» asserts, so is no claim", () => {
    const said = r.claim("قائلا");
    expect(said.source.text).toBe("مصدر عسكري من الأبابيل");
    expect(said.content).toEqual(r.claim("أوضح").content);
    expect(r.claims.map((c) => c.cue.text)).not.toContain("يشار إلى");
  });
});
