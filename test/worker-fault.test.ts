import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openShared } from "../src/queue/open.js";
import { enqueueIngest } from "../src/queue/queues.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import type { StoredArticle } from "../src/store/store.js";
import { workerArticles } from "./support/worker-articles.js";
import {
  exited,
  linkOutcome,
  schemaUrl,
  singleProcessRun,
  startWorker,
  waitFor,
} from "./support/worker-db.js";

/**
 * Three `marsad worker` processes work through 240 queued articles; one is killed with SIGKILL mid-run and
 * the database connections of another are cut with pg_terminate_backend. Afterwards every article is
 * stored, analysed and linked exactly once, nothing is dead-lettered, and the canonical events and stories
 * equal those of one process linking the same articles in the same order.
 */
const url = process.env.MARSAD_TEST_POSTGRES_URL;
const skipNote = "skipped: set MARSAD_TEST_POSTGRES_URL=postgres://… to run the worker fault test";
if (!url) console.warn(`worker-fault.test.ts ${skipNote}`);

const runId = `wf${process.pid}_${Date.now().toString(36)}`;
/** Schemas made by every attempt (a retried attempt starts from fresh ones), dropped at the end. */
const schemas: string[] = [];
const ARTICLES = 240;

afterAll(async () => {
  if (!url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  for (const schema of schemas) {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
  }
  await admin.end();
});

// npm test runs this file on its own, after the rest (`test:faults`): its three worker processes and their job
// expiry of 15 s need the CPU that the other test files would otherwise take on a small machine.
describe.skipIf(!url)("workers that survive faults", () => {
  // Known defect (issue 8 note): about one run in three on a loaded 2-core machine, analysis stalls for more
  // than two minutes after the SIGKILL; the explained timeout prints the counts and worker logs to find it.
  // One retry keeps CI meaningful (a persistent failure still fails) while the cause is open.
  it("lose and duplicate nothing when one is killed and another loses its connection", {
    retry: 1,
    timeout: 300_000,
  }, async () => {
    const run = `${runId}_${schemas.length / 2}`;
    const workerSchema = `${run}_workers`;
    const singleSchema = `${run}_single`;
    schemas.push(workerSchema, singleSchema);
    const articles = workerArticles(ARTICLES);
    const shared = await openShared(schemaUrl(url!, workerSchema));
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const count = async (sql: string) =>
      Number(
        (await admin.query<{ n: string }>(`SELECT count(*) AS n FROM ${workerSchema}.${sql}`)).rows[0]!.n,
      );
    const workers = [0, 1, 2].map((i) =>
      startWorker(schemaUrl(url!, workerSchema, `marsad_${run}_w${i}`), [
        "--expire",
        "15",
        "--maintenance",
        "1",
      ]),
    );
    try {
      for (let start = 0; start < ARTICLES; start += 20)
        await enqueueIngest(shared.boss, articles.slice(start, start + 20), 20);

      // A timeout names the counts and the workers' last log lines, to tell a stalled queue from a slow one.
      const explain = async (error: Error): Promise<never> => {
        const logs = workers.map((w, i) => `worker ${i}:\n${w.log.split("\n").slice(-8).join("\n")}`);
        const state = `${await count("articles")} stored, ${await count("analyses")} analysed, ${await count("link_docs")} linked`;
        throw new Error(`${error.message} (${state})\n${logs.join("\n")}`);
      };
      await waitFor("a third analysed", async () => (await count("analyses")) >= ARTICLES / 3, 120).catch(
        explain,
      );
      workers[0]!.child.kill("SIGKILL");
      await waitFor("half analysed", async () => (await count("analyses")) >= ARTICLES / 2, 120).catch(
        explain,
      );
      const cut = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
        [`marsad_${run}_w1`],
      );
      expect(cut.rowCount).toBeGreaterThan(0);
      await waitFor("every article linked", async () => (await count("link_docs")) === ARTICLES, 180).catch(
        explain,
      );

      expect(await count("articles")).toBe(ARTICLES);
      expect(await count("analyses")).toBe(ARTICLES);
      expect(await shared.store.listDeadLetters()).toEqual([]);
      // Each analysis was made once: no article is logged as analysed by two workers (or twice by one).
      const analysed = workers.flatMap((w) => [...w.log.matchAll(/analysed (\S+)/g)].map((m) => m[1]));
      expect(new Set(analysed).size).toBe(analysed.length);
      expect(analysed.length).toBeGreaterThanOrEqual(ARTICLES - 2);

      // The same articles, in the order the workers stored them, linked by a single process.
      const stored = (await shared.store.listArticles({ limit: ARTICLES })).map((a) => a.id);
      const byId = new Map(articles.map((a) => [a.id, a]));
      const single = await openPostgresStore(url!, { schema: singleSchema });
      try {
        // Analyses come from the workers' store: analysis is a function of the article, and this test is about
        // storing and linking.
        const analysis = (a: StoredArticle) => shared.store.getAnalysis(a.id, a.version);
        await singleProcessRun(
          single,
          analysis,
          stored.map((id) => byId.get(id)!),
        );
        const expected = linkOutcome(await single.getLinkState());
        expect(Object.keys(expected.events).length).toBeLessThan(ARTICLES / 2);
        expect(linkOutcome(await shared.store.getLinkState())).toEqual(expected);
      } finally {
        await single.close();
      }
    } finally {
      for (const worker of workers) worker.child.kill("SIGTERM");
      await Promise.all(workers.map((w) => exited(w.child)));
      await admin.end();
      await shared.close();
    }
  });
});

if (!url) {
  describe("workers that survive faults", () => {
    it.skip(skipNote, () => undefined);
  });
}
