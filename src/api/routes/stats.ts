import type { Hono } from "hono";
import type { AppContext } from "../context.js";
import { Query } from "../params.js";

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

export function registerStats(app: Hono, ctx: AppContext): void {
  app.get("/api/stats", async (c) => {
    new Query(c, []);
    const [store, view] = await Promise.all([ctx.store.stats(), ctx.model.view()]);
    const dated = view.events
      .map((e) => e.date?.slice(0, 10))
      .filter((d): d is string => Boolean(d))
      .sort();
    return c.json({
      ...store,
      events: view.events.length,
      stories: view.stories.length,
      events_by_type: countBy(view.events, (e) => e.event_type),
      events_by_corroboration: countBy(view.events, (e) => e.corroboration),
      first_event: dated[0] ?? null,
      last_event: dated.at(-1) ?? null,
    });
  });
}
