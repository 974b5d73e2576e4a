import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { describeStoreContract } from "../contract.js";
import { makeArticleInput as article } from "../test-article.js";
import { MIGRATIONS, migrate } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-store-"));
let files = 0;
const tempPath = () => join(dir, `store-${files++}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract("sqlite in memory", () => openSqliteStore(":memory:"));
describeStoreContract("sqlite file", () => openSqliteStore(tempPath()));

describe("sqlite store on disk", () => {
  it("keeps everything across close and re-open", () => {
    const path = tempPath();
    const store = openSqliteStore(path);
    store.putArticles([article("a", "اشتباكات في حي جوبر"), article("b", "اشتباكات في حي جوبر")]);
    store.putArticles([article("a", "اشتباكات عنيفة في حي جوبر")]);
    store.putAnalysis("a", 2, { events: 1 });
    const stats = store.stats();
    store.close();
    store.close(); // closing twice is harmless

    const again = openSqliteStore(path);
    expect(again.stats()).toEqual(stats);
    expect(again.getArticle("a", 1)?.text).toBe("اشتباكات في حي جوبر");
    expect(again.getArticle("b")?.duplicateOf).toBe("a");
    expect(again.getAnalysis("a")).toEqual({ events: 1 });
    expect(
      again
        .search("جوبر")
        .map((h) => h.id)
        .sort(),
    ).toEqual(["a", "b"]);
    again.close();
  });

  it("writes a WAL journal", () => {
    const path = tempPath();
    openSqliteStore(path).close();
    const db = new Database(path);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("migrates a database written at an older schema version, then re-opening is a no-op", () => {
    const path = tempPath();
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 1));
    expect(old.pragma("user_version", { simple: true })).toBe(1);
    old.prepare("INSERT INTO articles(key, id, latest_version) VALUES (1, 'old', 1)").run();
    old
      .prepare(
        `INSERT INTO article_versions(article, version, text, content_hash, ingested_at)
         VALUES (1, 1, 'قصف على بلدة الهبيط', 'h', '2020-01-01T00:00:00.000Z')`,
      )
      .run();
    old.close();

    const store = openSqliteStore(path);
    expect(store.getArticle("old")?.text).toBe("قصف على بلدة الهبيط");
    expect(store.search("الهبيط").map((h) => h.id)).toEqual(["old"]); // the search index was backfilled
    store.close();
    const db = new Database(path);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 1 });
    db.close();
  });

  it("refuses a database from a newer Marsad", () => {
    const path = tempPath();
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer/);
  });

  it("accepts an injected near-duplicate rule", () => {
    const store = openSqliteStore(":memory:", {
      nearDuplicate: (_, candidates) => {
        const [first] = [...candidates];
        return first ? { id: first.id, similarity: 0.5 } : null;
      },
    });
    const results = store.putArticles([
      article("x", "نص أول", { bands: ["k"] }),
      article("y", "نص آخر تماما", { bands: ["k"] }),
    ]);
    expect(results[1]?.nearDuplicateOf).toBe("x");
    store.close();
  });
});

describe("two connections to one file", () => {
  it("both write, and each sees the other's articles", () => {
    const path = tempPath();
    const first = openSqliteStore(path);
    const second = openSqliteStore(path);
    first.putArticles([article("one", "نص one")]);
    second.putArticles([article("two", "نص two")]);
    expect(first.getArticle("two")?.text).toBe("نص two");
    expect(second.stats().articles).toBe(2);
    first.close();
    second.close();
  });
});
