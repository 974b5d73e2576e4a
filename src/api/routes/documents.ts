import type { Hono } from "hono";
import type { AppContext } from "../context.js";
import { badParameter, notFound } from "../errors.js";
import { paging, Query } from "../params.js";

export function registerDocuments(app: Hono, ctx: AppContext): void {
  app.get("/api/documents/:id", async (c) => {
    const query = new Query(c, ["version"]);
    const id = c.req.param("id");
    const version =
      query.string("version") === undefined
        ? undefined
        : query.int("version", { min: 1, max: 1e9, fallback: 1 });
    const article = await ctx.store.getArticle(id, version);
    if (!article) throw notFound("document", version === undefined ? id : `${id}" version "${version}`);
    const analysis = (await ctx.store.getAnalysis(id, article.version)) as Record<string, unknown> | null;
    // The analysis repeats the text; the document carries it once.
    const { text: _text, ...layers } = analysis ?? {};
    return c.json({
      id: article.id,
      version: article.version,
      source: article.source,
      url: article.url,
      published_at: article.published_at,
      title: article.title ?? null,
      text: article.text,
      duplicate_of: article.duplicateOf,
      near_duplicate_of: article.nearDuplicateOf,
      ingested_at: article.ingestedAt,
      analysis: analysis === null ? null : layers,
    });
  });

  app.get("/api/search", async (c) => {
    const query = new Query(c, ["q", "limit", "offset"]);
    const q = query.string("q");
    if (q === undefined) throw badParameter("q", "required: the words to search for");
    const { limit, offset } = paging(query, 100, 20);
    return c.json({ query: q, limit, offset, items: await ctx.store.search(q, { limit, offset }) });
  });
}
