import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeSearchContract } from "./contract-search.js";
import type { ArticleInput, Store } from "./store.js";
import { makeArticleInput as article, perturbedSignature } from "./test-article.js";

/**
 * The behaviour every Store must have, as a vitest suite: call it from an implementation's test file with a
 * function that opens a fresh, empty store. SQLite runs it now; PostgreSQL will run the same suite.
 */
export function describeStoreContract(name: string, open: () => Store | Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(() => {
      store.close();
    });
    const get = () => store;

    describeWrites(get);
    describeDuplicates(get);
    describeReads(get);
    describeSearchContract(get);
  });
}

function describeWrites(store: () => Store): void {
  it("inserts and reads back an article", () => {
    const input = article("a1", "قصفت طائرات حربية بلدة كفرنبل صباح اليوم.", {
      source: "وكالة مثال",
      url: "https://example.org/a1",
      published_at: "2024-03-05",
      title: "قصف كفرنبل",
    });
    const [result] = store().putArticles([input]);
    expect(result).toEqual({
      id: "a1",
      status: "inserted",
      version: 1,
      duplicateOf: null,
      nearDuplicateOf: null,
    });
    const stored = store().getArticle("a1");
    expect(stored).toMatchObject({
      id: "a1",
      text: input.text,
      source: "وكالة مثال",
      url: "https://example.org/a1",
      published_at: "2024-03-05",
      title: "قصف كفرنبل",
      version: 1,
      contentHash: input.contentHash,
      duplicateOf: null,
      nearDuplicateOf: null,
    });
    expect(Number.isNaN(Date.parse(stored!.ingestedAt))).toBe(false);
    expect(store().getArticle("missing")).toBeNull();
    expect(store().getArticle("a1", 2)).toBeNull();
  });

  it("re-ingesting the same text is a no-op", () => {
    const input = article("a1", "اشتباكات في محيط مدينة مارع.");
    store().putArticles([input]);
    const before = store().getArticle("a1");
    const [again] = store().putArticles([
      { ...input, source: "changed metadata alone is not a new version" },
    ]);
    expect(again).toMatchObject({ id: "a1", status: "unchanged", version: 1 });
    expect(store().getArticle("a1")).toEqual(before);
    expect(store().stats()).toMatchObject({ articles: 1, versions: 1 });
  });

  it("a changed text adds a version and keeps the old one", () => {
    store().putArticles([article("a1", "مقتل ثلاثة مدنيين في دوما.")]);
    const [result] = store().putArticles([article("a1", "مقتل خمسة مدنيين في دوما.")]);
    expect(result).toMatchObject({ status: "new_version", version: 2 });
    expect(store().getArticle("a1")).toMatchObject({ version: 2, text: "مقتل خمسة مدنيين في دوما." });
    expect(store().getArticle("a1", 1)).toMatchObject({ version: 1, text: "مقتل ثلاثة مدنيين في دوما." });
    expect(store().stats()).toMatchObject({ articles: 1, versions: 2 });
  });

  it("handles the same id twice in one batch", () => {
    const results = store().putArticles([
      article("a1", "نص أول"),
      article("a1", "نص أول"),
      article("a1", "نص ثان"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["inserted", "unchanged", "new_version"]);
  });

  it("stores nothing of a batch with a bad record, and names that record", () => {
    store().putArticles([article("kept", "خبر سابق عن معرة النعمان")]);
    const bad = { ...article("bad-record", "x"), text: null } as unknown as ArticleInput;
    const batch = [article("b1", "خبر جديد عن سراقب"), bad, article("b2", "خبر آخر عن أريحا")];
    expect(() => store().putArticles(batch)).toThrow(/bad-record/);
    expect(store().getArticle("b1")).toBeNull();
    expect(store().getArticle("b2")).toBeNull();
    expect(store().getArticle("kept")).toMatchObject({ text: "خبر سابق عن معرة النعمان" });
    expect(store().stats()).toMatchObject({ articles: 1, versions: 1 });
    expect(store().search("سراقب")).toEqual([]);
    // The store is still usable after a failed batch.
    expect(store().putArticles([article("b1", "خبر جديد عن سراقب")])[0]?.status).toBe("inserted");
  });

  it("stores hostile text and ids verbatim", () => {
    const text = `<script>alert("x")</script> '; DROP TABLE articles; -- " OR 1=1 بيان`;
    const id = `id'"; DROP TABLE articles; --`;
    store().putArticles([article(id, text, { title: "<b>عنوان</b>" })]);
    expect(store().getArticle(id)).toMatchObject({ id, text, title: "<b>عنوان</b>" });
    expect(store().stats().articles).toBe(1);
  });
}

function describeDuplicates(store: () => Store): void {
  it("marks exact duplicates with the original's id", () => {
    const text = "قوات النظام تستعيد السيطرة على قرية تل ملح.";
    const [a, b] = store().putArticles([article("a", text), article("b", text)]);
    const [c] = store().putArticles([article("c", text)]);
    expect(a).toMatchObject({ duplicateOf: null });
    expect(b).toMatchObject({ status: "inserted", duplicateOf: "a", nearDuplicateOf: null });
    expect(c).toMatchObject({ duplicateOf: "a" });
    expect(store().getArticle("b")?.duplicateOf).toBe("a");
    expect(store().stats().duplicates).toBe(2);
  });

  it("marks near duplicates that share a band key and are similar enough", () => {
    const base = article("base", "نص الخبر الأصلي", { bands: ["x1", "x2"] });
    const near = article("near", "نص الخبر الأصلي مع توقيع الوكالة", {
      bands: ["x2", "x9"],
      signature: perturbedSignature(base.signature, 8), // similarity ~0.88
    });
    const far = article("far", "خبر مختلف يشارك مفتاحا", {
      bands: ["x1"],
      signature: perturbedSignature(base.signature, 48), // ~0.26
    });
    const noBand = article("no-band", "خبر بلا مفتاح مشترك", {
      bands: ["z1"],
      signature: base.signature,
    });
    const results = store().putArticles([base, near, far, noBand]);
    expect(results.map((r) => r.nearDuplicateOf)).toEqual([null, "base", null, null]);
    expect(results.map((r) => r.duplicateOf)).toEqual([null, null, null, null]);
    expect(store().getArticle("near")?.nearDuplicateOf).toBe("base");
    expect(store().stats().nearDuplicates).toBe(1);
  });

  it("matches near duplicates against the latest version's bands and signature only", () => {
    const v1 = article("story", "الصيغة الأولى من الخبر", { bands: ["old"] });
    const v2 = article("story", "الصيغة الثانية من الخبر", {
      bands: ["new"],
      signature: perturbedSignature(v1.signature, 40),
    }); // a different story now, under a different band
    store().putArticles([v1, v2]);
    const [staleBand, fresh] = store().putArticles([
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

function describeReads(store: () => Store): void {
  it("pages through articles in ingestion order", () => {
    const ids = Array.from({ length: 25 }, (_, i) => `p${String(i).padStart(2, "0")}`);
    store().putArticles(ids.map((id) => article(id, `خبر رقم ${id}`)));
    const pages = [0, 10, 20].map((offset) => store().listArticles({ limit: 10, offset }));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat().map((a) => a.id)).toEqual(ids);
    expect(store().listArticles({ limit: 5, offset: 30 })).toEqual([]);
    expect(store().listArticles().length).toBe(25);
  });

  it("reports stats over the latest versions", () => {
    store().putArticles([
      article("s1", "خبر أول", { source: "سانا", published_at: "2023-01-02" }),
      article("s2", "خبر ثان", { source: "سانا", published_at: "2023-05-01" }),
      article("s3", "خبر ثالث", { source: "المرصد", published_at: "2022-12-30" }),
      article("s4", "خبر رابع"),
    ]);
    store().putArticles([article("s1", "خبر أول معدل", { source: "سانا", published_at: "2023-01-02" })]);
    store().putAnalysis("s2", 1, { ok: true });
    expect(store().stats()).toEqual({
      articles: 4,
      versions: 5,
      duplicates: 0,
      nearDuplicates: 0,
      analysed: 1,
      sources: [
        { source: "سانا", articles: 2 },
        { source: "المرصد", articles: 1 },
        { source: null, articles: 1 },
      ],
      firstPublished: "2022-12-30",
      lastPublished: "2023-05-01",
    });
  });

  it("round-trips analyses per version", () => {
    store().putArticles([article("n1", "خبر للتحليل")]);
    const analysis = { events: [{ type: "Battles", span: [0, 3] }], note: "نص عربي", nested: { n: null } };
    store().putAnalysis("n1", 1, analysis);
    expect(store().getAnalysis("n1")).toEqual(analysis);
    store().putAnalysis("n1", 1, { replaced: true });
    expect(store().getAnalysis("n1", 1)).toEqual({ replaced: true });
    store().putArticles([article("n1", "خبر للتحليل بعد التعديل")]);
    expect(store().getAnalysis("n1")).toBeNull();
    expect(store().getAnalysis("n1", 1)).toEqual({ replaced: true });
    expect(store().getAnalysis("missing")).toBeNull();
    expect(() => store().putAnalysis("missing", 1, {})).toThrow(/missing/);
    expect(() => store().putAnalysis("n1", 9, {})).toThrow();
  });
}
