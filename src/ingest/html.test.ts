import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collect } from "../../test/fixtures/ingest/collect.js";
import { decodeHtml, extractHtml } from "./html.js";
import { readArticles } from "./read-articles.js";

const PAGE = "test/fixtures/ingest/page.html";
const tmp = mkdtempSync(join(tmpdir(), "marsad-html-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("extractHtml", () => {
  const page = extractHtml(readFileSync(PAGE, "utf8"));

  it("keeps the article's paragraphs and drops navigation, sidebar, footer, scripts and styles", () => {
    const paragraphs = page.text.split("\n\n");
    expect(page.method).toBe("readability");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toBe("قصف مدفعي على أطراف بلدة كفر نبودة");
    expect(paragraphs[1]).toMatch(/^تعرضت أطراف بلدة كفر نبودة في ريف حماة الشمالي/);
    expect(paragraphs[3]).toBe(
      "وتشهد المنطقة منذ أسابيع تصعيداً متواصلاً، في ظل تعثر المفاوضات حول وقف إطلاق النار في الشمال السوري.",
    );
    for (const junk of [
      "الرئيسية",
      "تسجيل الدخول",
      "الأكثر قراءة",
      "جميع الحقوق",
      "analytics",
      "font-family",
    ]) {
      expect(page.text).not.toContain(junk);
    }
  });

  it("collapses HTML whitespace as a browser shows it", () => {
    expect(page.text).toContain("إلى النزوح نحو المزارع");
    expect(page.text).not.toMatch(/ {2}|^\s|\s$/);
  });

  it("reads the page's metadata", () => {
    expect(page).toMatchObject({
      title: "قصف مدفعي على أطراف بلدة كفر نبودة",
      url: "https://example.org/news/2019/06/kafr-nabuda-shelling",
      siteName: "شبكة أخبار الوادي",
      publishedAt: "2019-06-14T09:30:00+03:00",
    });
  });

  it("falls back to <time datetime>, og:url, and a body with no article in it", () => {
    const html =
      '<html><head><link rel="canonical" href="/relative/path"><meta property="og:url" content="https://example.com/x">' +
      '</head><body><aside><time datetime="2017-11-02">الخميس</time> نص جانبي وحيد<br>في سطرين</aside></body></html>';
    expect(extractHtml(html)).toEqual({
      text: "الخميس نص جانبي وحيد\nفي سطرين",
      title: null,
      url: "https://example.com/x",
      siteName: null,
      publishedAt: "2017-11-02",
      method: "body",
    });
  });

  it("reads a bare fragment, tables cell by cell, and lists item by item", () => {
    expect(extractHtml("<p>فقرة <i>أولى</i></p><p>ثانية</p>").text).toBe("فقرة أولى\n\nثانية");
    const table = extractHtml(
      "<table><tr><th>المدينة</th><th>العدد</th></tr><tr><td>حمص</td><td>12</td></tr></table>",
    );
    expect(table.text).toBe("المدينة العدد\n\nحمص 12");
    expect(extractHtml("<ul><li>أولاً</li><li>ثانياً</li></ul>").text).toBe("أولاً\n\nثانياً");
  });
});

describe("decodeHtml", () => {
  it("honours a declared windows-1256 charset and refuses an unknown one", () => {
    const head = Buffer.from('<html><head><meta charset="windows-1256"></head><body><p>');
    const bytes = Buffer.concat([
      head,
      Buffer.from([0xd3, 0xe1, 0xc7, 0xe3]),
      Buffer.from("</p></body></html>"),
    ]);
    const decoded = decodeHtml(bytes);
    expect("text" in decoded && extractHtml(decoded.text).text).toBe("سلام");
    expect(decodeHtml(Buffer.from('<meta charset="klingon"><p>x</p>'))).toEqual({
      problem: 'declared charset "klingon" is not a known encoding',
    });
  });
});

describe("HTML files", () => {
  it("become one article named after the file; the options override the page's metadata", async () => {
    const { articles, messages } = await collect(
      readArticles([PAGE], { source: "مصدر آخر", published_at: "2019-06-15" }),
    );
    expect(messages).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      id: "page",
      source: "مصدر آخر",
      published_at: "2019-06-15",
      url: "https://example.org/news/2019/06/kafr-nabuda-shelling",
      title: "قصف مدفعي على أطراف بلدة كفر نبودة",
    });
  });

  it("warn when a page has no text", async () => {
    const path = join(tmp, "scripts-only.htm");
    writeFileSync(
      path,
      "<html><head><title>فارغة</title></head><body><script>let x = 1;</script></body></html>",
    );
    const { articles, messages } = await collect(readArticles([path]));
    expect(articles).toEqual([]);
    expect(messages).toEqual([`warning: ${path}: no articles (no text found in the page)`]);
  });
});
