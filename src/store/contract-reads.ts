import { describe, expect, it } from "vitest";
import type { Store } from "./store.js";
import { makeArticleInput as article } from "./test-article.js";

/** Read half of the Store contract: listing and counting, stats, analyses. */
export function describeReadsContract(store: () => Store): void {
  describe("reads", () => {
    describeListing(store);
    describeAnalyses(store);
  });
}

function describeListing(store: () => Store): void {
  it("pages through articles in ingestion order, with a count for the total", async () => {
    expect(await store().countArticles()).toBe(0);
    const ids = Array.from({ length: 25 }, (_, i) => `p${String(i).padStart(2, "0")}`);
    await store().putArticles(ids.map((id) => article(id, `خبر رقم ${id}`)));
    const pages = await Promise.all([0, 10, 20].map((offset) => store().listArticles({ limit: 10, offset })));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat().map((a) => a.id)).toEqual(ids);
    expect(await store().listArticles({ limit: 5, offset: 30 })).toEqual([]);
    expect((await store().listArticles()).length).toBe(25);
    expect(await store().countArticles()).toBe(25);
    // A new version is not a new article; an unchanged re-put changes nothing.
    await store().putArticles([article("p03", "نص معدل"), article("p04", "خبر رقم p04")]);
    expect(await store().countArticles()).toBe(25);
    expect((await store().listArticles({ limit: 1, offset: 3 }))[0]).toMatchObject({ id: "p03", version: 2 });
  });

  it("rejects a negative or fractional page", async () => {
    await expect(store().listArticles({ limit: -1 })).rejects.toThrow();
    await expect(store().listUnanalysed({ offset: 1.5 })).rejects.toThrow();
    await expect(store().search("خبر", { limit: Number.NaN })).rejects.toThrow();
  });

  it("reports stats over the latest versions", async () => {
    await store().putArticles([
      article("s1", "خبر أول", { source: "سانا", published_at: "2023-01-02" }),
      article("s2", "خبر ثان", { source: "سانا", published_at: "2023-05-01" }),
      article("s3", "خبر ثالث", { source: "المرصد", published_at: "2022-12-30" }),
      article("s4", "خبر رابع"),
    ]);
    await store().putArticles([
      article("s1", "خبر أول معدل", { source: "سانا", published_at: "2023-01-02" }),
    ]);
    await store().putAnalysis("s2", 1, { ok: true });
    expect(await store().stats()).toEqual({
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
}

function describeAnalyses(store: () => Store): void {
  it("round-trips analyses per version; without a version, the latest version's", async () => {
    await store().putArticles([article("n1", "خبر للتحليل")]);
    const analysis = { events: [{ type: "Battles", span: [0, 3] }], note: "نص عربي", nested: { n: null } };
    await store().putAnalysis("n1", 1, analysis);
    expect(await store().getAnalysis("n1")).toEqual(analysis);
    await store().putAnalysis("n1", 1, { replaced: true });
    expect(await store().getAnalysis("n1", 1)).toEqual({ replaced: true });
    await store().putArticles([article("n1", "خبر للتحليل بعد التعديل")]);
    expect(await store().getAnalysis("n1")).toBeNull(); // the latest version has none yet
    expect(await store().getAnalysis("n1", 1)).toEqual({ replaced: true });
    expect(await store().getAnalysis("n1", 3)).toBeNull();
    expect(await store().getAnalysis("missing")).toBeNull();
    await expect(store().putAnalysis("missing", 1, {})).rejects.toThrow(/missing/);
    await expect(store().putAnalysis("n1", 9, {})).rejects.toThrow();
    await expect(store().putAnalysis("n1", 2, undefined)).rejects.toThrow();
    await store().putAnalysis("n1", 2, { second: true });
    expect(await store().getAnalysis("n1")).toEqual({ second: true });
  });

  it("lists the latest versions still without an analysis", async () => {
    await store().putArticles(["u1", "u2", "u3", "u4"].map((id) => article(id, `خبر ${id}`)));
    const unanalysed = async (limit?: number) =>
      (await store().listUnanalysed(limit === undefined ? {} : { limit })).map((a) => a.id);
    expect(await unanalysed()).toEqual(["u1", "u2", "u3", "u4"]);
    await store().putAnalysis("u2", 1, { done: true });
    await store().putAnalysis("u4", 1, { done: true });
    expect(await unanalysed()).toEqual(["u1", "u3"]);
    expect(await unanalysed(1)).toEqual(["u1"]);
    expect((await store().listUnanalysed({ offset: 1 })).map((a) => a.id)).toEqual(["u3"]);
    // A new text of an analysed article needs analysing again; its old analysis does not count.
    await store().putArticles([article("u2", "خبر u2 معدل")]);
    const listed = await store().listUnanalysed();
    expect(listed.map((a) => [a.id, a.version])).toEqual([
      ["u1", 1],
      ["u2", 2],
      ["u3", 1],
    ]);
    expect(listed[1]).toMatchObject({
      text: "خبر u2 معدل",
      contentHash: article("u2", "خبر u2 معدل").contentHash,
    });
    // An analysis of an older version does not take the latest off the list either.
    await store().putAnalysis("u2", 1, { again: true });
    expect(await unanalysed()).toEqual(["u1", "u2", "u3"]);
  });
}
