import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collect } from "../../test/fixtures/ingest/collect.js";
import { sharedDataPath } from "../core/paths.js";
import { readArticles } from "./read-articles.js";
import { hostOf, isUnifiedFcClaim, unifiedFcId } from "./unifiedfc.js";

const tmp = mkdtempSync(join(tmpdir(), "marsad-ufc-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A claim file shaped like UnifiedFC's, with texts written for this test. */
function claimFile(name: string, claim: object): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(claim));
  return path;
}

const SHARED_URL = "https://news.example.com/ar/2017/12/story-1";

describe("UnifiedFC adapter", () => {
  it("recognises a claim object by its shape", () => {
    expect(isUnifiedFcClaim({ id: "X-1", claim: "ادعاء", article: [] })).toBe(true);
    expect(isUnifiedFcClaim({ id: "a", text: "نص" })).toBe(false);
    expect(isUnifiedFcClaim({ claim: "ادعاء", article: "نص" })).toBe(false);
  });

  it("derives a stable id from the URL alone", () => {
    expect(unifiedFcId(SHARED_URL)).toMatch(/^ufc-[0-9a-f]{16}$/);
    expect(unifiedFcId(` ${SHARED_URL}\n`)).toBe(unifiedFcId(SHARED_URL));
    expect(unifiedFcId(`${SHARED_URL}?page=2`)).not.toBe(unifiedFcId(SHARED_URL));
    expect(hostOf("http://www.Example.com/a")).toBe("example.com");
    expect(hostOf("not a url")).toBeNull();
  });

  it("yields one article per entry, the same id for a URL under two claims, text untouched", async () => {
    const text = "عنوان الصفحة | الموقع\nقال المتحدث إن القافلة وصلت . \n";
    const first = claimFile("X-1.json", {
      id: "X-1",
      claim: "وصلت القافلة",
      fact: "true",
      article: [text, "نص ثان عن موضوع آخر"],
      url: [SHARED_URL, "http://other.example.org/p?id=7"],
      stance: ["agree", "unrelated"],
      rationale: ["[1]", ""],
    });
    const second = claimFile("X-2.json", {
      id: "X-2",
      claim: "لم تصل القافلة",
      article: [text],
      url: [SHARED_URL],
    });
    const { articles, items, messages } = await collect(readArticles([first, second]));
    expect(messages).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      unifiedFcId(SHARED_URL),
      unifiedFcId("http://other.example.org/p?id=7"),
      unifiedFcId(SHARED_URL),
    ]);
    expect(articles[0]).toEqual({
      id: unifiedFcId(SHARED_URL),
      text,
      source: "news.example.com",
      url: SHARED_URL,
      published_at: null,
    });
    expect(items[0]!.origin).toEqual({ file: first, line: 1 });
  });

  it("reports a bad entry by index and keeps the good ones", async () => {
    const path = claimFile("X-3.json", {
      claim: "ادعاء",
      article: ["نص سليم", "  ", 5, "نص آخر"],
      url: ["http://a.example/1", "http://a.example/2", "http://a.example/3", null],
    });
    const { articles, messages } = await collect(readArticles([path]));
    expect(articles.map((a) => a.text)).toEqual(["نص سليم"]);
    expect(messages).toEqual([
      `${path}:1 (field "article[1]"): must not be empty`,
      `${path}:1 (field "article[2]"): must be a string, got number`,
      `${path}:1 (field "url[3]"): must be a non-empty string (the article's id comes from it), got null`,
    ]);
  });

  it("with the unifiedfc format, refuses records that are not claims", async () => {
    const path = join(tmp, "plain.jsonl");
    writeFileSync(
      path,
      '{"id": "a", "text": "نص"}\n{"claim": "ادعاء", "article": ["نص"], "url": ["http://b.example/1"]}\n',
    );
    const { articles, messages } = await collect(readArticles([path], { format: "unifiedfc" }));
    expect(articles).toHaveLength(1);
    expect(messages).toEqual([
      `${path}:1: not a UnifiedFC claim (expected an object with "claim" text and an "article" array)`,
    ]);
  });
});

const CLAIMS = sharedDataPath("unifiedfc", "claims");

describe.skipIf(!existsSync(CLAIMS))("UnifiedFC corpus (shared data)", () => {
  it("reads every article of every claim without an error", async () => {
    const { articles, messages } = await collect(readArticles([CLAIMS]));
    const ids = new Set(articles.map((a) => a.id));
    console.log(`UnifiedFC: ${articles.length} articles, ${ids.size} unique ids`);
    expect(messages).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(2400);
    expect(ids.size).toBe(new Set(articles.map((a) => a.url)).size);
    expect(articles.every((a) => a.text.trim() !== "" && a.source !== null)).toBe(true);
  });
});
