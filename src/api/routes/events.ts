import type { Hono } from "hono";
import type { EventType } from "../../core/layers.js";
import { ACLED_SUB_EVENT_TYPES, eventTypeOf } from "../../events/acled-types.js";
import { dayNumber } from "../../link/dates.js";
import type { AppContext } from "../context.js";
import { badParameter, notFound } from "../errors.js";
import { paging, Query } from "../params.js";
import { eventDetail } from "../read-model/event-detail.js";
import type { EventFilter } from "../read-model/filter-events.js";
import { timeline } from "../read-model/read-model.js";
import { CORROBORATIONS } from "../read-model/types.js";

export const EVENT_FILTERS = [
  "from",
  "to",
  "type",
  "sub_type",
  "place",
  "actor",
  "corroboration",
  "source",
] as const;
const EVENT_TYPES = Object.keys(ACLED_SUB_EVENT_TYPES) as EventType[];
const SUB_TYPES = Object.values(ACLED_SUB_EVENT_TYPES).flat();
export const MAX_EVENTS_PAGE = 1000;

export function eventFilter(query: Query): EventFilter {
  const from = query.day("from");
  const to = query.day("to");
  if (from && to && from > to) throw badParameter("to", `"${to}" is before "from" (${from})`);
  const type = query.oneOf("type", EVENT_TYPES);
  const subType = query.oneOf("sub_type", SUB_TYPES);
  if (type && subType && eventTypeOf(subType) !== type)
    throw badParameter("sub_type", `"${subType}" is not a sub-type of "${type}"`);
  const filter: Record<string, unknown> = {
    from: from === undefined ? undefined : dayNumber(from),
    to: to === undefined ? undefined : dayNumber(to),
    type,
    subType,
    place: query.string("place"),
    actor: query.string("actor"),
    corroboration: query.oneOf("corroboration", CORROBORATIONS),
    source: query.string("source"),
  };
  // exactOptionalPropertyTypes: absent filters are left out, not set to undefined.
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== undefined && v !== null),
  ) as EventFilter;
}

export function registerEvents(app: Hono, ctx: AppContext): void {
  app.get("/api/events", async (c) => {
    const query = new Query(c, [...EVENT_FILTERS, "limit", "offset"]);
    const filter = eventFilter(query);
    const { limit, offset } = paging(query, MAX_EVENTS_PAGE, 50);
    const events = await ctx.model.events(filter);
    return c.json({ total: events.length, limit, offset, items: events.slice(offset, offset + limit) });
  });

  app.get("/api/timeline", async (c) => {
    const query = new Query(c, EVENT_FILTERS);
    return c.json(timeline(await ctx.model.events(eventFilter(query))));
  });

  app.get("/api/events/:id", async (c) => {
    new Query(c, []);
    const id = c.req.param("id");
    const view = await ctx.model.view();
    const event = view.events.find((e) => e.id === id);
    if (!event) throw notFound("event", id);
    return c.json(await eventDetail(ctx.store, event, view.mentions.get(id) ?? []));
  });
}
