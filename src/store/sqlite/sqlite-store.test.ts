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
  it("keeps everything across close and re-open", async () => {
    const path = tempPath();
    const store = openSqliteStore(path);
    await store.putArticles([article("a", "اشتباكات في حي جوبر"), article("b", "اشتباكات في حي جوبر")]);
    await store.putArticles([article("a", "اشتباكات عنيفة في حي جوبر")]);
    await store.putAnalysis("a", 2, { events: 1 });
    const stats = await store.stats();
    await store.close();
    await store.close(); // closing twice is harmless

    const again = openSqliteStore(path);
    expect(await again.stats()).toEqual(stats);
    expect((await again.getArticle("a", 1))?.text).toBe("اشتباكات في حي جوبر");
    expect((await again.getArticle("b"))?.duplicateOf).toBe("a");
    expect(await again.getAnalysis("a")).toEqual({ events: 1 });
    const hits = await again.search("جوبر");
    expect(hits.map((h) => h.id).sort()).toEqual(["a", "b"]);
    await again.close();
  });

  it("writes a WAL journal", async () => {
    const path = tempPath();
    await openSqliteStore(path).close();
    const db = new Database(path);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("migrates a database written at an older schema version, then re-opening is a no-op", async () => {
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
    expect((await store.getArticle("old"))?.text).toBe("قصف على بلدة الهبيط");
    // The search index was backfilled.
    expect((await store.search("الهبيط")).map((h) => h.id)).toEqual(["old"]);
    await store.close();
    const db = new Database(path);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 1 });
    db.close();
  });

  it("moves the analyses of an older store into a rowid table and keeps every one", async () => {
    const path = tempPath();
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 5));
    old.prepare("INSERT INTO articles(key, id, latest_version) VALUES (1, 'a', 2), (2, 'b', 1)").run();
    const version = old.prepare(
      `INSERT INTO article_versions(article, version, text, content_hash, ingested_at)
       VALUES (?, ?, 'نص', ?, '2020-01-01T00:00:00.000Z')`,
    );
    version.run(1, 1, "h11");
    version.run(1, 2, "h12");
    version.run(2, 1, "h21");
    const analysis = old.prepare(
      "INSERT INTO analyses(article, version, analysis, analysed_at) VALUES (?, ?, ?, '2020-01-02')",
    );
    analysis.run(1, 1, JSON.stringify({ id: "a", version: 1 }));
    analysis.run(1, 2, JSON.stringify({ id: "a", version: 2 }));
    expect(() => old.prepare("SELECT rowid FROM analyses").all()).toThrow(/rowid/);
    old.close();

    const store = openSqliteStore(path);
    expect(await store.getAnalysis("a", 1)).toEqual({ id: "a", version: 1 });
    expect(await store.getAnalysis("a", 2)).toEqual({ id: "a", version: 2 });
    expect((await store.listUnanalysed()).map((a) => a.id)).toEqual(["b"]);
    await store.close();
    const db = new Database(path);
    expect(db.prepare("SELECT count(*) AS n FROM analyses WHERE rowid > 0").get()).toEqual({ n: 2 });
    db.close();
  });

  it("refuses a database from a newer Marsad", () => {
    const path = tempPath();
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer/);
  });

  it("accepts an injected near-duplicate rule", async () => {
    const store = openSqliteStore(":memory:", {
      nearDuplicate: (_, candidates) => {
        const [first] = [...candidates];
        return first ? { id: first.id, similarity: 0.5 } : null;
      },
    });
    const results = await store.putArticles([
      article("x", "نص أول", { bands: ["k"] }),
      article("y", "نص آخر تماما", { bands: ["k"] }),
    ]);
    expect(results[1]?.nearDuplicateOf).toBe("x");
    await store.close();
  });
});

describe("two connections to one file", () => {
  it("both write, and each sees the other's articles", async () => {
    const path = tempPath();
    const first = openSqliteStore(path);
    const second = openSqliteStore(path);
    await first.putArticles([article("one", "نص one")]);
    await second.putArticles([article("two", "نص two")]);
    expect((await first.getArticle("two"))?.text).toBe("نص two");
    expect((await second.stats()).articles).toBe(2);
    await first.close();
    await second.close();
  });
});
