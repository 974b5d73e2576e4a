import { describe, expect, it } from "vitest";
import { workerArticles } from "../../test/support/worker-articles.js";
import { toAnalysisJson } from "../analyze/analysis-json.js";
import { createAnalyzer } from "../analyze/analyzer.js";
import type { Article } from "../core/article.js";
import { fingerprintArticle } from "../ingest/fingerprint.js";
import type { LinkState } from "../store/link-types.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { analysisLayers, linkInput, linkStore } from "./link-store.js";
import { linkerFromState } from "./persist.js";

/**
 * A linker rebuilt from the stored state decides exactly as the live linker it was saved from: linking in
 * short runs, each starting from the stored state, stores the very state of one uninterrupted run. The
 * synthetic reports make many ties and full candidate lists, which is where a different order would show.
 */

const clock = () => new Date("2026-01-01T00:00:00Z");
const analyzer = createAnalyzer();

async function addArticles(store: Store, articles: readonly Article[]): Promise<void> {
  const stored = await store.putArticles(articles.map(fingerprintArticle));
  for (const [i, article] of articles.entries())
    await store.putAnalysis(article.id, stored[i]!.version, toAnalysisJson(analyzer.analyze(article)));
}

/** Links every unlinked article in runs of `size`, each run a linker loaded from the store. */
async function linkInRuns(store: Store, size: number): Promise<void> {
  for (;;) {
    const page = await store.listUnlinked({ limit: size });
    if (page.length === 0) return;
    const linker = linkerFromState(await store.getLinkState(), { clock });
    for (const article of page)
      linker.link(linkInput(article, analysisLayers(await store.getAnalysis(article.id, article.version))));
    await store.putLinkChanges(linker.takeChanges());
  }
}

/** The stored state; term rows sorted, as stores list them in no fixed order. */
async function stateOf(store: Store): Promise<LinkState> {
  const state = await store.getLinkState();
  return { ...state, terms: [...state.terms].sort((a, b) => (a.term < b.term ? -1 : 1)) };
}

/** Both ways of linking, phase by phase: the articles of each phase are added, then linked. */
async function compare(phases: readonly (readonly Article[])[]): Promise<[LinkState, LinkState]> {
  const single = openSqliteStore(":memory:");
  const resumed = openSqliteStore(":memory:");
  try {
    for (const articles of phases) {
      await addArticles(single, articles);
      await addArticles(resumed, articles);
      await linkStore(single, { batch: 10_000, clock });
      await linkInRuns(resumed, 7);
    }
    return [await stateOf(resumed), await stateOf(single)];
  } finally {
    await Promise.all([single.close(), resumed.close()]);
  }
}

describe("a linker reloaded from the store", () => {
  const articles = workerArticles(96);

  it("links the rest exactly as the linker that was never interrupted", async () => {
    const [resumed, single] = await compare([articles]);
    expect(single.events.length).toBeGreaterThan(10);
    expect(resumed).toEqual(single);
  }, 120_000);

  it("does so too when new versions of linked articles are relinked in between", async () => {
    const rewritten = [10, 21, 33, 47].map((i, n) => ({ ...articles[i]!, text: articles[90 - n]!.text }));
    const [resumed, single] = await compare([articles.slice(0, 64), rewritten, articles.slice(64)]);
    expect(resumed).toEqual(single);
  }, 120_000);
});
