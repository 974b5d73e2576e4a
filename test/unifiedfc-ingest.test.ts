import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sharedDataPath } from "../src/core/paths.js";
import { fingerprintArticle, readArticles } from "../src/ingest/index.js";
import { openStore } from "../src/store/open-store.js";
import type { ArticleInput, PutResult, Store } from "../src/store/store.js";

const CLAIMS = sharedDataPath("unifiedfc", "claims");

async function ingestAll(store: Store): Promise<{ results: PutResult[]; errors: string[] }> {
  const results: PutResult[] = [];
  const errors: string[] = [];
  let batch: ArticleInput[] = [];
  for await (const item of readArticles([CLAIMS], { format: "unifiedfc" })) {
    if (item.kind === "error") errors.push(item.error.message);
    else batch.push(fingerprintArticle(item.article));
    if (batch.length === 500) {
      results.push(...(await store.putArticles(batch)));
      batch = [];
    }
  }
  results.push(...(await store.putArticles(batch)));
  return { results, errors };
}

// The whole corpus, read in place from ../shared/data; skipped where that folder is absent.
describe.skipIf(!existsSync(CLAIMS))("ingesting every UnifiedFC article into the store", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-ufc-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stores all of them without an error, and a second ingest changes nothing", async () => {
    const store = await openStore(join(dir, "ufc.db"));
    try {
      const first = await ingestAll(store);
      expect(first.errors).toEqual([]);
      expect(first.results.length).toBeGreaterThan(2400);
      const statsBefore = await store.stats();

      const second = await ingestAll(store);
      expect(second.errors).toEqual([]);
      expect(second.results.every((r) => r.status === "unchanged")).toBe(true);
      expect(await store.stats()).toEqual(statsBefore);
    } finally {
      await store.close();
    }
  }, 180_000);
});
