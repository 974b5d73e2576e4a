import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { toAnalysisJson } from "../src/analyze/analysis-json.js";
import { createAnalyzer } from "../src/analyze/analyzer.js";
import { fingerprintArticle } from "../src/ingest/fingerprint.js";
import { linkStore } from "../src/link/index.js";
import { SharedLinker } from "../src/queue/linking.js";
import type { SharedStore } from "../src/store/postgres/link-lock.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { workerArticles } from "./support/worker-articles.js";
import { linkOutcome } from "./support/worker-db.js";

/**
 * Linking by several processes at once through the link lock: each SharedLinker has its own connection pool
 * and in-memory state, as separate machines would. Whatever the interleaving, the canonical events and
 * stories equal one process linking the same articles, so no merge is lost and no event is made twice.
 */
const url = process.env.MARSAD_TEST_POSTGRES_URL;
const skipNote = "skipped: set MARSAD_TEST_POSTGRES_URL=postgres://… to run the shared linking test";
if (!url) console.warn(`worker-link.test.ts ${skipNote}`);

const run = `wl${process.pid}_${Date.now().toString(36)}`;
let schemas = 0;
const freshSchema = () => `${run}_${schemas++}`;

afterAll(async () => {
  if (!url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (let i = 0; i < schemas; i++) await admin.query(`DROP SCHEMA IF EXISTS ${run}_${i} CASCADE`);
  await admin.end();
});

const articles = workerArticles(48);

async function analysedStore(analyses: Map<string, unknown>, schema = freshSchema()): Promise<SharedStore> {
  const store = await openPostgresStore(url!, { schema });
  await store.putArticles(articles.map(fingerprintArticle));
  for (const article of articles) await store.putAnalysis(article.id, 1, analyses.get(article.id));
  return store;
}

describe.skipIf(!url)("linking from several workers", () => {
  /** Links the articles from three workers (first turn by turn, then all at once); returns both outcomes. */
  async function linkBoth() {
    const analyzer = createAnalyzer();
    const analyses = new Map(articles.map((a) => [a.id, toAnalysisJson(analyzer.analyze(a))]));
    const single = await analysedStore(analyses);
    const schema = freshSchema();
    const shared = await analysedStore(analyses, schema);
    const others = await Promise.all([0, 1, 2].map(() => openPostgresStore(url!, { schema })));
    try {
      await linkStore(single);
      const linkers = others.map((store) => new SharedLinker(store, { batch: 5 }));
      // Turn by turn: every step after the first finds another worker's generation and reloads.
      const reloads: boolean[] = [];
      for (let turn = 0; turn < 6; turn++) reloads.push((await linkers[turn % 3]!.step()).reloaded);
      // Then all at once: the lock makes them take turns.
      await Promise.all(linkers.map((linker) => linker.linkAll()));
      return {
        reloads,
        single: linkOutcome(await single.getLinkState()),
        shared: linkOutcome(await shared.getLinkState()),
      };
    } finally {
      await Promise.all([single, shared, ...others].map((store) => store.close()));
    }
  }

  it("links every article once, each mention into one event, with no event lost or made twice", async () => {
    const { reloads, single, shared } = await linkBoth();
    expect(reloads).toEqual([true, true, true, true, true, true]);
    expect(Object.keys(shared.stories).sort()).toEqual(articles.map((a) => a.id).sort());
    const mentions = Object.values(shared.events).flat();
    expect(new Set(mentions).size).toBe(mentions.length);
    expect(mentions.sort()).toEqual(Object.values(single.events).flat().sort());
    // Every stored canonical event has a mention, and every mention's event is stored.
    expect([...shared.eventIds].sort()).toEqual(Object.keys(shared.events).sort());
    expect(Object.keys(shared.events).length).toBeLessThan(articles.length / 2);
  }, 120_000);

  // A linker rebuilt from the stored state (src/link/persist.ts) decides exactly as the live linker it was
  // saved from (src/link/reload.test.ts), so a reload in mid-stream changes nothing.
  it("gives the events of a single process, however the workers interleave", async () => {
    const { single, shared } = await linkBoth();
    expect(shared).toEqual(single);
  }, 120_000);

  it("drops its state when a locked step fails, and reloads it", async () => {
    const analyzer = createAnalyzer();
    const analyses = new Map(articles.map((a) => [a.id, toAnalysisJson(analyzer.analyze(a))]));
    const store = await analysedStore(analyses);
    try {
      const linker = new SharedLinker(store, { batch: 5 });
      expect((await linker.step()).reloaded).toBe(true);
      expect((await linker.step()).reloaded).toBe(false);
      await expect(
        store.withLinkLock(async (tx) => {
          await tx.putLinkChanges({ removedStories: ["no-such-story"] });
          throw new Error("the worker failed before commit");
        }),
      ).rejects.toThrow("before commit");
      // The failed transaction wrote no generation: this linker's state is still current.
      expect((await linker.step()).reloaded).toBe(false);
    } finally {
      await store.close();
    }
  }, 120_000);
});

if (!url) {
  describe("linking from several workers", () => {
    it.skip(skipNote, () => undefined);
  });
}
