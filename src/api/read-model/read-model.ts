import type { Store } from "../../store/store.js";
import { AreaIndex } from "./areas.js";
import { type EventFilter, eventMatcher } from "./filter-events.js";
import { viewFromLinkState } from "./link-adapter.js";
import type { CanonicalEventJson, LinkedView } from "./types.js";

/**
 * The linked view of the store, cached: computing it reads the whole linking state, so it is kept for a few
 * seconds and dropped at once when this server ingests articles. Another process linking into the same
 * store (`marsad run` beside `marsad serve`) shows up when the cache expires.
 */
export class ReadModel {
  readonly areas: AreaIndex;
  private cached: { at: number; view: Promise<LinkedView> } | null = null;

  constructor(
    private readonly store: Store,
    private readonly ttlMs = 5_000,
    areas?: AreaIndex,
  ) {
    this.areas = areas ?? AreaIndex.load();
  }

  view(): Promise<LinkedView> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < this.ttlMs) return this.cached.view;
    const view = this.store.getLinkState().then(viewFromLinkState);
    // A failed load is not cached: the next request tries again.
    view.catch(() => {
      if (this.cached?.view === view) this.cached = null;
    });
    this.cached = { at: now, view };
    return view;
  }

  invalidate(): void {
    this.cached = null;
  }

  async events(filter: EventFilter): Promise<CanonicalEventJson[]> {
    const view = await this.view();
    return view.events.filter(eventMatcher(filter, this.areas, view.mentions));
  }
}

export interface DayCount {
  readonly date: string;
  readonly total: number;
  readonly by_type: Readonly<Record<string, number>>;
}

/** Events per day of their date (the last day for ranges, which summaries usually end on), oldest first. */
export function timeline(events: readonly CanonicalEventJson[]): { days: DayCount[]; undated: number } {
  const days = new Map<string, Record<string, number>>();
  let undated = 0;
  for (const event of events) {
    const day = event.date?.split("/").at(-1)?.slice(0, 10);
    if (day?.length !== 10) {
      undated++;
      continue;
    }
    const counts = days.get(day) ?? {};
    counts[event.event_type] = (counts[event.event_type] ?? 0) + 1;
    days.set(day, counts);
  }
  const out = [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, by_type]) => ({ date, total: Object.values(by_type).reduce((s, n) => s + n, 0), by_type }));
  return { days: out, undated };
}
