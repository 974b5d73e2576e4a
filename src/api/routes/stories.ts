import type { Hono } from "hono";
import type { AppContext } from "../context.js";
import { notFound } from "../errors.js";
import { paging, Query } from "../params.js";

export function registerStories(app: Hono, ctx: AppContext): void {
  app.get("/api/stories", async (c) => {
    const query = new Query(c, ["limit", "offset"]);
    const { limit, offset } = paging(query, 500, 50);
    const { stories } = await ctx.model.view();
    return c.json({ total: stories.length, limit, offset, items: stories.slice(offset, offset + limit) });
  });

  app.get("/api/stories/:id", async (c) => {
    new Query(c, []);
    const id = c.req.param("id");
    const view = await ctx.model.view();
    const story = view.stories.find((s) => s.id === id);
    if (!story) throw notFound("story", id);
    const byId = new Map(view.events.map((e) => [e.id, e]));
    // The story's events in full, still in time order.
    return c.json({
      ...story,
      event_details: story.events.map((e) => byId.get(e)).filter((e) => e !== undefined),
    });
  });
}
