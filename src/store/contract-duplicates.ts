import { describe, expect, it } from "vitest";
import { estimateSimilarity, fingerprintArticle, NEAR_DUPLICATE } from "../ingest/fingerprint.js";
import type { Store } from "./store.js";
import { makeArticleInput as article, perturbedSignature } from "./test-article.js";

/** Duplicate half of the Store contract: exact and near duplicates, and how their marks follow versions. */
export function describeDuplicatesContract(store: () => Store): void {
  describe("duplicates", () => {
    describeExact(store);
    describeNear(store);
    describeWireStory(store);
  });
}

function describeExact(store: () => Store): void {
  it("marks exact duplicates with the original's id", async () => {
    const text = "قوات النظام تستعيد السيطرة على قرية تل ملح.";
    const [a, b] = await store().putArticles([article("a", text), article("b", text)]);
    const [c] = await store().putArticles([article("c", text)]);
    expect(a).toMatchObject({ duplicateOf: null });
    expect(b).toMatchObject({ status: "inserted", duplicateOf: "a", nearDuplicateOf: null });
    expect(c).toMatchObject({ duplicateOf: "a" });
    expect((await store().getArticle("b"))?.duplicateOf).toBe("a");
    expect((await store().stats()).duplicates).toBe(2);
  });

  it("keeps duplicate marks per version", async () => {
    const text = "انفجار سيارة مفخخة في مدينة الباب.";
    await store().putArticles([article("orig", text), article("copy", text)]);
    // The copy is rewritten: its new version is no duplicate, its first version still is.
    const [rewritten] = await store().putArticles([article("copy", "انفجار سيارة مفخخة في مدينة جرابلس.")]);
    expect(rewritten).toMatchObject({ status: "new_version", version: 2, duplicateOf: null });
    expect((await store().getArticle("copy"))?.duplicateOf).toBeNull();
    expect((await store().getArticle("copy", 1))?.duplicateOf).toBe("orig");
    expect((await store().stats()).duplicates).toBe(0); // stats count latest versions
    // Marks are not revised when the original changes later: the copy's first version keeps its mark.
    await store().putArticles([article("orig", "نص آخر تماما")]);
    expect((await store().getArticle("copy", 1))?.duplicateOf).toBe("orig");
    // A later article matches latest texts only.
    const [late] = await store().putArticles([article("late", text)]);
    expect(late?.duplicateOf).toBeNull();
  });
}

function describeNear(store: () => Store): void {
  it("marks near duplicates that share a band key and are similar enough", async () => {
    const base = article("base", "نص الخبر الأصلي", { bands: ["x1", "x2"] });
    const near = article("near", "نص الخبر الأصلي مع توقيع الوكالة", {
      bands: ["x2", "x9"],
      signature: perturbedSignature(base.signature, 8), // similarity ~0.88
    });
    const far = article("far", "خبر مختلف يشارك مفتاحا", {
      bands: ["x1"],
      signature: perturbedSignature(base.signature, 48), // ~0.25
    });
    const noBand = article("no-band", "خبر بلا مفتاح مشترك", {
      bands: ["z1"],
      signature: base.signature,
    });
    const results = await store().putArticles([base, near, far, noBand]);
    expect(results.map((r) => r.nearDuplicateOf)).toEqual([null, "base", null, null]);
    expect(results.map((r) => r.duplicateOf)).toEqual([null, null, null, null]);
    expect((await store().getArticle("near"))?.nearDuplicateOf).toBe("base");
    expect((await store().stats()).nearDuplicates).toBe(1);
  });

  it("asks more similarity of two articles from the same source", async () => {
    // One band each in common with the base only, so the base is each one's sole candidate.
    const base = article("base", "خبر من موقع واحد", { bands: ["k1", "k2", "k3"], source: "موقع أ" });
    // ~0.69: above the threshold across sources, below the one within a source (a shared page template).
    const signature = perturbedSignature(base.signature, 20);
    expect(estimateSimilarity(base.signature, signature)).toBeGreaterThanOrEqual(NEAR_DUPLICATE.jaccard);
    expect(estimateSimilarity(base.signature, signature)).toBeLessThan(NEAR_DUPLICATE.sameSourceJaccard);
    const results = await store().putArticles([
      base,
      article("same-site", "خبر آخر من الموقع نفسه", { bands: ["k1"], source: "موقع أ", signature }),
      article("other-site", "الخبر نفسه في موقع آخر", { bands: ["k2"], source: "موقع ب", signature }),
      article("unknown-site", "الخبر نفسه بلا مصدر", { bands: ["k3"], signature }),
    ]);
    expect(results.map((r) => r.nearDuplicateOf)).toEqual([null, null, "base", "base"]);
  });

  it("matches near duplicates against the latest version's bands and signature only", async () => {
    const v1 = article("story", "الصيغة الأولى من الخبر", { bands: ["old"] });
    const v2 = article("story", "الصيغة الثانية من الخبر", {
      bands: ["new"],
      signature: perturbedSignature(v1.signature, 40),
    }); // a different story now (~0.38), under a different band
    await store().putArticles([v1, v2]);
    const [staleBand, fresh] = await store().putArticles([
      // Similar to the current text but sharing only the band the old version had: not a candidate any more.
      article("stale", "نسخة من الصيغة الثانية", { bands: ["old"], signature: v2.signature }),
      article("fresh", "نسخة أخرى من الصيغة الثانية", {
        bands: ["new"],
        signature: perturbedSignature(v2.signature, 4),
      }),
    ]);
    expect(staleBand?.nearDuplicateOf).toBeNull();
    expect(fresh?.nearDuplicateOf).toBe("story");
  });
}

/** Written for this test (no real agency's text): one wire story, two site templates, a second story. */
const STORY =
  "قالت مصادر محلية إن قصفا مدفعيا استهدف صباح الثلاثاء الأحياء الشرقية من مدينة تلكلخ، ما أدى إلى مقتل " +
  "أربعة مدنيين بينهم طفلان وإصابة أحد عشر آخرين بجروح متفاوتة. وأضافت المصادر أن فرق الدفاع المدني عملت " +
  "على انتشال الضحايا من تحت أنقاض منزلين انهارا بالكامل، في حين نقل المصابون إلى مستشفى ميداني في بلدة " +
  "الحواش القريبة. ولم تعلن أي جهة مسؤوليتها عن القصف حتى الآن، بينما دعا ناشطون المنظمات الإنسانية إلى " +
  "التدخل العاجل لتأمين ممرات آمنة للعائلات النازحة من المنطقة. وتشهد المدينة منذ أسابيع تصعيدا متواصلا " +
  "أجبر مئات الأسر على مغادرة منازلها باتجاه القرى المجاورة.";
const OTHER_STORY =
  "أفادت مصادر محلية بأن غارة جوية استهدفت مساء الأحد سوقا شعبيا في بلدة كفرتخاريم بريف إدلب، ما أسفر عن " +
  "مقتل سبعة أشخاص وإصابة عشرين آخرين. وقال مسؤول في الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن مفقودين " +
  "تحت الركام، مشيرا إلى أن المستشفيات في المنطقة تعاني من نقص حاد في المستلزمات الطبية. ولم يصدر أي " +
  "تعليق رسمي على الغارة حتى الآن.";
const siteA = (story: string) =>
  `الرئيسية | أخبار محلية | اقتصاد | رياضة | اتصل بنا\nآخر تحديث: منذ ساعتين\n${story}\n` +
  "شارك الخبر على فيسبوك وتويتر. جميع الحقوق محفوظة لشبكة الأفق الإخبارية ٢٠٢٤.";
const siteB = (story: string) =>
  `الصفحة الرئيسية - سياسة - تقارير - مقالات الرأي\nالمصدر: وكالة الأنباء المحلية\n${story}\n` +
  "اقرأ أيضا: ارتفاع أسعار الخبز في الأسواق. تابعونا على تلغرام.";

function describeWireStory(store: () => Store): void {
  it("with ingestion's fingerprints: the same wire story is a near duplicate, another story is not", async () => {
    const meta = { url: null, published_at: "2024-06-04" };
    const first = fingerprintArticle({ id: "site-a/1", text: siteA(STORY), source: "الأفق", ...meta });
    const reposted = fingerprintArticle({ id: "site-b/7", text: siteB(STORY), source: "وكالة ب", ...meta });
    const other = fingerprintArticle({ id: "site-a/2", text: siteA(OTHER_STORY), source: "الأفق", ...meta });
    // Guards on the fixture, so a change to the fingerprints shows here rather than as a store failure.
    expect(estimateSimilarity(first.signature, reposted.signature)).toBeGreaterThanOrEqual(
      NEAR_DUPLICATE.jaccard,
    );
    expect(estimateSimilarity(first.signature, other.signature)).toBeLessThan(NEAR_DUPLICATE.jaccard);
    // The other story shares a band key with the first, so the signature rule, not the band index, decides.
    const otherCandidate = { ...other, bands: [...other.bands, first.bands[0]!] };

    const results = await store().putArticles([first, reposted, otherCandidate]);
    expect(results.map((r) => [r.id, r.duplicateOf, r.nearDuplicateOf])).toEqual([
      ["site-a/1", null, null],
      ["site-b/7", null, "site-a/1"],
      ["site-a/2", null, null],
    ]);
    expect((await store().getArticle("site-b/7"))?.nearDuplicateOf).toBe("site-a/1");
    expect((await store().stats()).nearDuplicates).toBe(1);
  });
}
