import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { describeStoreContract } from "../contract.js";
import { makeArticleInput as article } from "../test-article.js";
import { MIGRATIONS, migrate } from "./migrations.js";
import { openPostgresStore } from "./postgres-store.js";

/**
 * Runs against the server named by MARSAD_TEST_POSTGRES_URL (.ci/run starts one; see .ci/postgres.sh),
 * each test in a schema of its own, dropped at the end. Without the variable, the suite is skipped and says so.
 */
const url = process.env.MARSAD_TEST_POSTGRES_URL;
const skipNote = "skipped: set MARSAD_TEST_POSTGRES_URL=postgres://… to run the PostgreSQL store tests";
if (!url) console.warn(`postgres-store.test.ts ${skipNote}`);

const run = `t${process.pid}_${Date.now().toString(36)}`;
let schemas = 0;
const freshSchema = () => `marsad_${run}_${schemas++}`;
const open = (schema = freshSchema(), options = {}) => openPostgresStore(url!, { schema, ...options });

afterAll(async () => {
  if (!url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (let i = 0; i < schemas; i++) await admin.query(`DROP SCHEMA IF EXISTS marsad_${run}_${i} CASCADE`);
  await admin.end();
});

describe.skipIf(!url)("postgres", () => {
  describeStoreContract("postgres", () => open());
  describeMigrations();
  describeConcurrency();
});

if (!url) {
  describe("postgres", () => {
    it.skip(skipNote, () => undefined);
  });
}

function describeMigrations(): void {
  describe("postgres migrations", () => {
    it("records each step, and re-opening is a no-op that keeps the data", async () => {
      const schema = freshSchema();
      const store = await open(schema);
      await store.putArticles([article("kept", "قصف على قرية الرامي")]);
      await store.close();
      const again = await open(schema);
      expect((await again.search("الرامي")).map((h) => h.id)).toEqual(["kept"]);
      await again.close();
      const client = await schemaClient(schema);
      const { rows } = await client.query("SELECT version, name FROM schema_migrations ORDER BY version");
      expect(rows).toEqual(MIGRATIONS.map((m, i) => ({ version: i + 1, name: m.name })));
      await client.end();
    });

    it("migrates a schema left at an older step", async () => {
      const schema = freshSchema();
      const client = await schemaClient(schema);
      await migrate(client, schema, MIGRATIONS.slice(0, 2));
      await client.end();
      const store = await open(schema);
      await store.putArticles([article("a", "خبر")]);
      await store.putAnalysis("a", 1, { ok: true });
      expect(await store.getAnalysis("a")).toEqual({ ok: true });
      await store.close();
    });

    it("refuses a schema from a newer Marsad", async () => {
      const schema = freshSchema();
      const client = await schemaClient(schema);
      await migrate(client, schema, [...MIGRATIONS, { name: "999_future", up: "SELECT 1" }]);
      await client.end();
      await expect(open(schema)).rejects.toThrow(/newer/);
    });

    it("migrates once when several processes open a new schema together", async () => {
      const schema = freshSchema();
      const stores = await Promise.all([1, 2, 3, 4].map(() => open(schema)));
      await stores[0]!.putArticles([article("one", "خبر واحد")]);
      for (const store of stores) expect(await store.countArticles()).toBe(1);
      await Promise.all(stores.map((store) => store.close()));
    });
  });
}

function describeConcurrency(): void {
  describe("postgres with several writers", () => {
    it("two stores putting the same ids at once insert each once, and mark the copies", async () => {
      const schema = freshSchema();
      const [first, second] = await Promise.all([open(schema), open(schema)]);
      const batch = (tag: string) =>
        Array.from({ length: 20 }, (_, i) => article(`story-${i}`, `خبر رقم ${i} عن بلدة العرقوب`)).concat(
          article(`copy-${tag}`, "بيان مشترك عن بلدة العرقوب"),
        );
      const [a, b] = await Promise.all([first!.putArticles(batch("a")), second!.putArticles(batch("b"))]);
      const inserted = [...a, ...b].filter((r) => r.status === "inserted" && r.id.startsWith("story"));
      expect(inserted.length).toBe(20);
      // Whichever batch went second saw the other's copy as the original.
      const copies = [a.at(-1)!, b.at(-1)!].map((r) => r.duplicateOf);
      expect(copies.filter((d) => d === null).length).toBe(1);
      expect(copies.filter((d) => d !== null).length).toBe(1);
      expect(await first!.stats()).toMatchObject({ articles: 22, versions: 22, duplicates: 1 });
      await Promise.all([first!.close(), second!.close()]);
    });

    it("stores an article too big for one tsvector, searchable by its first megabyte", async () => {
      const store = await open();
      // About 1.6 MB of distinct words: to_tsvector alone fails past 1 MiB.
      const words = Array.from({ length: 120_000 }, (_, i) => `كلمة${i}`);
      const [result] = await store.putArticles([article("huge", words.join(" "))]);
      expect(result?.status).toBe("inserted");
      expect((await store.search("كلمة0")).map((h) => h.id)).toEqual(["huge"]);
      expect(await store.search("كلمة119999")).toEqual([]);
      expect((await store.getArticle("huge"))?.text.length).toBe(words.join(" ").length);
      await store.close();
    });

    it("rejects a NUL character by field, which PostgreSQL text cannot hold", async () => {
      const store = await open();
      const pending = store.putArticles([article("ok", "خبر"), article("nul", "نص\u0000مع صفر")]);
      await expect(pending).rejects.toThrow(/"nul".*field "text" contains a NUL/);
      expect(await store.countArticles()).toBe(0);
      await store.close();
    });

    it("says where it could not connect, without the password", async () => {
      const refused = "postgres://someone:s3cret-pw@127.0.0.1:1/marsad";
      const pending = openPostgresStore(refused, { connectTimeoutMs: 2000 });
      await expect(pending).rejects.toThrow(/127\.0\.0\.1:1\/marsad/);
      await expect(openPostgresStore(refused)).rejects.not.toThrow(/s3cret|someone/);
      await expect(openPostgresStore("postgres://u:s3cret@[bad")).rejects.not.toThrow(/s3cret/);
      await expect(openPostgresStore(`${url}?pool_size=0`)).rejects.toThrow(/pool_size/);
    });
  });
}

/** A plain client whose search_path is `schema`, for looking under the store. */
async function schemaClient(schema: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  return client;
}
