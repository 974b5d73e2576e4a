import { describe, expect, it } from "vitest";
import { createApp } from "../src/api/index.js";
import type { Article } from "../src/core/article.js";
import { openStore } from "../src/store/open-store.js";

/** POST /api/articles with workers: the records are checked, the valid ones queued, nothing stored in the request. */
describe("API ingestion onto the job queue", () => {
  it("queues valid records, reports bad ones, and answers 202", async () => {
    const store = await openStore(":memory:");
    const queued: Article[] = [];
    const app = createApp({
      store,
      token: "secret",
      log: () => {},
      enqueue: async (articles) => {
        queued.push(...articles);
        return 1;
      },
    });
    const body = [
      JSON.stringify({ id: "hama-1", text: "قصفت طائرات حربية مدينة حماة.", source: "سمارت" }),
      JSON.stringify({ id: "", text: "بلا معرف" }),
    ].join("\n");
    const response = await app.request("/api/articles", {
      method: "POST",
      headers: { authorization: "Bearer secret", "content-type": "application/x-ndjson" },
      body,
    });
    expect(response.status).toBe(202);
    const report = (await response.json()) as { received: number; queued: number; errors: unknown[] };
    expect(report).toMatchObject({ received: 2, queued: 1 });
    expect(report.errors).toHaveLength(1);
    expect(queued.map((a) => a.id)).toEqual(["hama-1"]);
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });
});
