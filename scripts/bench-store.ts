/**
 * Store throughput: puts 10,000 small articles in batches of 500 into a temp SQLite file and prints
 * articles/s, file size and peak RSS; then compares three full-text index designs on the same texts
 * (plain unicode61, unicode61 + clitic variants as shipped, trigram) by build time, size and hit counts.
 * Text comes from ANERcorp sentences in ../shared/data (read at run time, never copied), else synthetic.
 *
 *   npm run bench:store -- [--articles 10000] [--batch 500]   (KEEP=1 keeps the temp folder)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { sharedDataPath } from "../src/core/paths.js";
import { fingerprintArticle } from "../src/ingest/fingerprint.js";
import { variantsText } from "../src/store/sqlite/search-text.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { ArticleInput } from "../src/store/store.js";
import { normalizeArabic } from "../src/text/normalize.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ARTICLES = option("articles", 10_000);
const BATCH = option("batch", 500);

function loadSentences(): string[] {
  const path = sharedDataPath("anercorp", "ANERCorp_CamelLab_train.txt");
  if (!existsSync(path)) {
    return Array.from(
      { length: 4000 },
      (_, i) => `قصفت الطائرات بلدة رقم ${i} في ريف حلب وقتل ${i % 17} مدنيين`,
    );
  }
  const sentences: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const word = line.split(" ")[0];
    if (word) words.push(word);
    if (!word || word === ".") {
      if (words.length > 3) sentences.push(words.join(" "));
      words = [];
    }
  }
  return sentences;
}

/** Seeded, so every run measures the same texts (mulberry32). */
let seed = 0x5eed;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function makeArticles(sentences: string[]): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    let text = [0, 1, 2].map(() => sentences[Math.floor(random() * sentences.length)]!).join(" ");
    if (i % 20 === 19) text = out[i - 7]!.text; // exact duplicates
    if (i % 20 === 9) text = `${out[i - 3]!.text} المصدر: وكالة الأنباء.`; // near duplicates
    const published_at = `2018-0${1 + (i % 9)}-1${i % 10}`;
    // Ingestion's fingerprints, computed here, outside the timed part.
    out.push(
      fingerprintArticle({ id: `bench-${i}`, text, source: `source-${i % 7}`, url: null, published_at }),
    );
  }
  return out;
}

async function benchPut(dir: string, articles: ArticleInput[]): Promise<void> {
  const path = join(dir, "bench.db");
  const store = openSqliteStore(path);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < articles.length; i += BATCH) await store.putArticles(articles.slice(i, i + BATCH));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const cpuSeconds = (used.user + used.system) / 1e6;
  const again = performance.now();
  for (let i = 0; i < articles.length; i += BATCH) await store.putArticles(articles.slice(i, i + BATCH));
  const unchangedSeconds = (performance.now() - again) / 1000;
  const searchStart = performance.now();
  const queries = ["مخيم", "الاسد", "دمشق", "وزير الخارجية", "الولايات المتحده"];
  for (let r = 0; r < 20; r++) for (const q of queries) await store.search(q, { limit: 20 });
  const searchMs = (performance.now() - searchStart) / (20 * queries.length);
  const stats = await store.stats();
  await store.close();
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  const size = statSync(path).size + (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
  console.log(
    `put ${articles.length} articles (${mb.toFixed(1)} MB text) in batches of ${BATCH}: ` +
      `${seconds.toFixed(2)} s, ${(articles.length / seconds).toFixed(0)} articles/s, ${(mb / seconds).toFixed(2)} MB/s`,
  );
  console.log(
    `  per CPU second: ${(articles.length / cpuSeconds).toFixed(0)} articles/s (${cpuSeconds.toFixed(2)} s CPU)`,
  );
  console.log(`re-put unchanged: ${(articles.length / unchangedSeconds).toFixed(0)} articles/s`);
  console.log(`search (limit 20, with snippets): ${searchMs.toFixed(2)} ms/query`);
  console.log(
    `duplicates ${stats.duplicates}, near duplicates ${stats.nearDuplicates}; ` +
      `file ${(size / 1e6).toFixed(1)} MB; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

const FTS_DESIGNS = {
  unicode61: "fts5(norm, content='', tokenize='unicode61 remove_diacritics 2')",
  "unicode61+clitics": "fts5(norm, variants, content='', tokenize='unicode61 remove_diacritics 2')",
  trigram: "fts5(norm, content='', tokenize='trigram')",
} as const;

/** Same texts, three index designs: build time, size, and how many articles each query finds. */
function compareFts(dir: string, articles: ArticleInput[]): void {
  const norms = articles.map((a) => normalizeArabic(a.text));
  const queries = ["مخيم", "الاسد", "دمشق", "المدينه", "مدينه", "السيارات", "قتل", "حزب"];
  console.log(`\nFTS design comparison (hits per query: ${queries.join(" | ")})`);
  for (const [name, definition] of Object.entries(FTS_DESIGNS)) {
    const path = join(dir, `fts-${name}.db`);
    const db = new Database(path);
    db.exec(`CREATE VIRTUAL TABLE t USING ${definition}`);
    const withVariants = name.includes("clitics");
    const insert = db.prepare(
      withVariants
        ? "INSERT INTO t(rowid, norm, variants) VALUES (?, ?, ?)"
        : "INSERT INTO t(rowid, norm) VALUES (?, ?)",
    );
    const started = performance.now();
    db.transaction(() => {
      for (const [i, norm] of norms.entries()) {
        if (withVariants) insert.run(i + 1, norm, variantsText(norm));
        else insert.run(i + 1, norm);
      }
    })();
    const seconds = (performance.now() - started) / 1000;
    db.exec("VACUUM");
    const count = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM t WHERE t MATCH ?");
    const hits = queries.map((q) => count.get(`"${normalizeArabic(q)}"`)!.n);
    db.close();
    console.log(
      `${name.padEnd(18)} build ${seconds.toFixed(2)} s, size ${(statSync(path).size / 1e6).toFixed(1)} MB, ` +
        `hits ${hits.join(" | ")}`,
    );
  }
}

const dir = mkdtempSync(join(tmpdir(), "marsad-bench-store-"));
try {
  const articles = makeArticles(loadSentences());
  await benchPut(dir, articles);
  compareFts(dir, articles);
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
}
