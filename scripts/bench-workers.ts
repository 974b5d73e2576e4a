/**
 * Worker throughput against PostgreSQL: for 1, 2 and 4 `marsad worker` processes, queues the same synthetic
 * reports (test/support/worker-articles.ts) into a fresh schema and times them from the first enqueue until
 * every article is stored, analysed and linked. Worker start-up (loading the analyser) is not timed.
 *
 *   MARSAD_TEST_POSTGRES_URL=postgres://… npm run bench:workers -- [--articles 400] [--workers 1,2,4]
 */
import pg from "pg";
import { openShared } from "../src/queue/open.js";
import { enqueueIngest } from "../src/queue/queues.js";
import { workerArticles } from "../test/support/worker-articles.js";
import { exited, schemaUrl, startWorker, waitFor } from "../test/support/worker-db.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? String(args[at + 1]) : fallback;
};
const ARTICLES = Number(option("articles", "400"));
const COUNTS = option("workers", "1,2,4").split(",").map(Number);
const url = process.env.MARSAD_TEST_POSTGRES_URL || process.env.MARSAD_DATABASE_URL;
if (!url) {
  console.error(
    "set MARSAD_TEST_POSTGRES_URL (or MARSAD_DATABASE_URL) to a database this may create schemas in",
  );
  process.exit(2);
}

async function bench(workers: number, admin: pg.Client): Promise<number> {
  const schema = `bench_workers_${process.pid}_${workers}`;
  const at = schemaUrl(url!, schema);
  const shared = await openShared(at);
  const children = Array.from({ length: workers }, () => startWorker(at));
  try {
    await waitFor("workers to start", async () => children.every((c) => c.log.includes("working on")), 120);
    const linked = async () =>
      Number((await admin.query(`SELECT count(*) AS n FROM ${schema}.link_docs`)).rows[0].n) === ARTICLES;
    const started = performance.now();
    const articles = workerArticles(ARTICLES);
    for (let start = 0; start < ARTICLES; start += 100)
      await enqueueIngest(shared.boss, articles.slice(start, start + 100));
    await waitFor("every article linked", linked, 600);
    return ARTICLES / ((performance.now() - started) / 1000);
  } finally {
    for (const child of children) child.child.kill("SIGTERM");
    await Promise.all(children.map((c) => exited(c.child)));
    await shared.close();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
  }
}

const admin = new pg.Client({ connectionString: url });
await admin.connect();
try {
  console.log(`${ARTICLES} articles per run; ingest, analyse and link; PostgreSQL at ${new URL(url).host}`);
  for (const workers of COUNTS) {
    const rate = await bench(workers, admin);
    console.log(`${workers} worker${workers === 1 ? " " : "s"}: ${rate.toFixed(1)} articles/s`);
  }
} finally {
  await admin.end();
}
