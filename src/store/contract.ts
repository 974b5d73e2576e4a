import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeDuplicatesContract } from "./contract-duplicates.js";
import { describeLinkContract } from "./contract-link.js";
import { describeReadsContract } from "./contract-reads.js";
import { describeSearchContract } from "./contract-search.js";
import type { ArticleInput, Store } from "./store.js";
import { makeArticleInput as article } from "./test-article.js";

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
    afterEach(async () => {
      await store.close();
    });
    const get = () => store;

    describeWrites(get);
    describeDuplicatesContract(get);
    describeReadsContract(get);
    describeSearchContract(get);
    describeLinkContract(get);
  });
}

function describeWrites(store: () => Store): void {
  it("inserts and reads back an article", async () => {
    const input = article("a1", "قصفت طائرات حربية بلدة كفرنبل صباح اليوم.", {
      source: "وكالة مثال",
      url: "https://example.org/a1",
      published_at: "2024-03-05",
      title: "قصف كفرنبل",
    });
    const [result] = await store().putArticles([input]);
    expect(result).toEqual({
      id: "a1",
      status: "inserted",
      version: 1,
      duplicateOf: null,
      nearDuplicateOf: null,
    });
    const stored = await store().getArticle("a1");
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
    expect(await store().getArticle("missing")).toBeNull();
    expect(await store().getArticle("a1", 2)).toBeNull();
  });

  it("re-ingesting the same text is a no-op, even with other metadata", async () => {
    const input = article("a1", "اشتباكات في محيط مدينة مارع.", { source: "المصدر الأول", title: "عنوان" });
    await store().putArticles([input]);
    const before = await store().getArticle("a1");
    const [again] = await store().putArticles([
      { ...input, source: "changed metadata alone is not a new version", title: null, url: "https://x.org" },
    ]);
    expect(again).toMatchObject({ id: "a1", status: "unchanged", version: 1 });
    // The stored metadata is kept, not updated.
    expect(await store().getArticle("a1")).toEqual(before);
    expect(before).toMatchObject({ source: "المصدر الأول", title: "عنوان", url: null });
    expect(await store().stats()).toMatchObject({ articles: 1, versions: 1 });
  });

  it("a changed text adds a version and keeps the old one", async () => {
    await store().putArticles([article("a1", "مقتل ثلاثة مدنيين في دوما.")]);
    const [result] = await store().putArticles([article("a1", "مقتل خمسة مدنيين في دوما.")]);
    expect(result).toMatchObject({ status: "new_version", version: 2 });
    expect(await store().getArticle("a1")).toMatchObject({ version: 2, text: "مقتل خمسة مدنيين في دوما." });
    expect(await store().getArticle("a1", 1)).toMatchObject({
      version: 1,
      text: "مقتل ثلاثة مدنيين في دوما.",
    });
    expect(await store().stats()).toMatchObject({ articles: 1, versions: 2 });
  });

  it("an earlier text of the same id coming back is unchanged, so re-ingesting inputs never adds versions", async () => {
    const first = article("a1", "قصف مدفعي على بلدة طفس.");
    const second = article("a1", "قصف مدفعي على بلدة طفس وإصابة مدنيين.");
    await store().putArticles([first, second]);
    const [again] = await store().putArticles([first]);
    expect(again).toMatchObject({ status: "unchanged", version: 1 });
    expect(await store().getArticle("a1")).toMatchObject({ version: 2, text: second.text });
    await store().putArticles([first, second]);
    expect(await store().stats()).toMatchObject({ articles: 1, versions: 2 });
  });

  it("handles the same id twice in one batch", async () => {
    const results = await store().putArticles([
      article("a1", "نص أول"),
      article("a1", "نص أول"),
      article("a1", "نص ثان"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["inserted", "unchanged", "new_version"]);
  });

  it("rejects a batch with a bad record, naming it, and stores nothing of that batch", async () => {
    await store().putArticles([article("kept", "خبر سابق عن معرة النعمان")]);
    const bad = { ...article("bad-record", "x"), text: null } as unknown as ArticleInput;
    const batch = [article("b1", "خبر جديد عن سراقب"), bad, article("b2", "خبر آخر عن أريحا")];
    const pending = store().putArticles(batch);
    expect(pending).toBeInstanceOf(Promise); // a rejection, not a synchronous throw
    await expect(pending).rejects.toThrow(/bad-record/);
    expect(await store().getArticle("b1")).toBeNull();
    expect(await store().getArticle("b2")).toBeNull();
    expect(await store().getArticle("kept")).toMatchObject({ text: "خبر سابق عن معرة النعمان" });
    expect(await store().stats()).toMatchObject({ articles: 1, versions: 1 });
    expect(await store().countArticles()).toBe(1);
    expect(await store().search("سراقب")).toEqual([]);
    // The store is still usable after a failed batch.
    const [retry] = await store().putArticles([article("b1", "خبر جديد عن سراقب")]);
    expect(retry?.status).toBe("inserted");
  });

  it("stores hostile text and ids verbatim", async () => {
    const text = `<script>alert("x")</script> '; DROP TABLE articles; -- " OR 1=1 بيان`;
    const id = `id'"; DROP TABLE articles; --`;
    await store().putArticles([article(id, text, { title: "<b>عنوان</b>" })]);
    expect(await store().getArticle(id)).toMatchObject({ id, text, title: "<b>عنوان</b>" });
    expect((await store().stats()).articles).toBe(1);
  });
}
