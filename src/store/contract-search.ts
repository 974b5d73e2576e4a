import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "./store.js";
import { makeArticleInput as article } from "./test-article.js";

/** Search half of the Store contract: normalisation, clitics, ranking, snippets, hostile queries. */
export function describeSearchContract(store: () => Store): void {
  describe("search", () => {
    beforeEach(async () => {
      await store().putArticles([
        article("hamza", "صرح مسؤول في المحافظة بأن الطريق مغلق.", { source: "وكالة أ" }),
        article("alef", "خطاب لبشار الأسد أمام مجلس الشعب.", { published_at: "2021-04-01" }),
        article("camp", "سقطت قذائف بمخيم اليرموك جنوب دمشق وأصيب طفلان."),
        article("clitics", "وصلت التعزيزات للمدينة ثم وبالحسكة انتشرت الدوريات."),
        article("twice", "مخيم الركبان: نقص الغذاء في مخيم الركبان يتفاقم."),
        article("hostile", `نص فيه <script>alert(1)</script> و '; DROP TABLE articles; -- داخل الخبر`),
      ]);
    });

    const ids = async (query: string) => (await store().search(query)).map((hit) => hit.id);

    it("matches spelling variants of hamza, alef, ta marbuta and diacritics", async () => {
      expect(await ids("مسئول")).toEqual(["hamza"]);
      expect(await ids("مسؤول")).toEqual(["hamza"]);
      expect(await ids("الاسد")).toEqual(["alef"]);
      expect(await ids("المحافظه")).toEqual(["hamza"]);
      expect(await ids("مُخَيَّمِ اليرموك")).toEqual(["camp"]);
    });

    it("matches a word behind a clitic prefix", async () => {
      expect(await ids("مخيم اليرموك")).toEqual(["camp"]);
      expect(await ids("يرموك")).toEqual(["camp"]);
      expect(await ids("المدينة")).toEqual(["clitics"]);
      expect(await ids("الحسكة")).toEqual(["clitics"]);
      expect(await ids("حسكه")).toEqual(["clitics"]);
      expect(await ids("الأسد")).toEqual(["alef"]);
    });

    it("requires every term and ranks more frequent matches higher (a higher score is better)", async () => {
      expect(await ids("مخيم دمشق")).toEqual(["camp"]);
      expect(await ids("مخيم")).toEqual(["twice", "camp"]);
      const [first, second] = await store().search("مخيم");
      expect(first!.score).toBeGreaterThan(second!.score);
    });

    it("returns plain raw-text snippets around the match", async () => {
      const [hit] = await store().search("مخيم اليرموك");
      expect(hit).toMatchObject({ id: "camp", version: 1, source: null, published_at: null });
      expect(hit!.snippet).toContain("بمخيم اليرموك");
      expect(hit!.snippet).not.toMatch(/<\/?b>|\[|\]/);
      const [alef] = await store().search("الاسد");
      expect(alef).toMatchObject({ published_at: "2021-04-01" });
      expect(alef!.snippet).toContain("الأسد");
      const [hostile] = await store().search("script");
      expect(hostile!.snippet).toContain("<script>alert(1)</script>");
    });

    it("cuts long snippets at whitespace with ellipses", async () => {
      const filler = "كلام عام لا صلة له بالموضوع ".repeat(30);
      await store().putArticles([article("long", `${filler}انفجار في سوق منبج ${filler}`)]);
      const [hit] = await store().search("منبج");
      expect(hit!.snippet).toContain("انفجار في سوق منبج");
      expect(hit!.snippet.startsWith("…")).toBe(true);
      expect(hit!.snippet.endsWith("…")).toBe(true);
      expect(hit!.snippet.length).toBeLessThan(240);
    });

    it("never rejects on FTS or SQL syntax in the query", async () => {
      const hostile = [
        `" OR 1=1; DROP TABLE x; --`,
        "*",
        "NEAR(",
        "NEAR(a b, 2)",
        "norm: مخيم",
        "مخيم AND OR NOT",
        "(((",
        '"',
        "'; DROP TABLE articles; --",
        "^مخيم",
        "",
        "   ",
        "\u0000",
      ];
      for (const query of hostile) {
        await expect(store().search(query), query).resolves.toBeInstanceOf(Array);
      }
      expect(await ids("DROP TABLE articles")).toEqual(["hostile"]);
      expect((await store().stats()).articles).toBe(6);
    });

    it("searches the latest version only", async () => {
      await store().putArticles([article("camp", "خبر معدل عن مخيم جرمانا.")]);
      expect(await ids("اليرموك")).toEqual([]);
      expect(await ids("جرمانا")).toEqual(["camp"]);
      expect((await store().search("جرمانا"))[0]?.version).toBe(2);
    });

    it("pages through hits", async () => {
      await store().putArticles(
        Array.from({ length: 12 }, (_, i) => article(`r${i}`, `غارة على ريف إدلب رقم ${i}`)),
      );
      const all = await store().search("إدلب", { limit: 50 });
      expect(all.length).toBe(12);
      const pages = await Promise.all(
        [0, 5, 10].map((offset) => store().search("ادلب", { limit: 5, offset })),
      );
      expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
      expect(pages.flat().map((h) => h.id)).toEqual(all.map((h) => h.id));
    });
  });
}
