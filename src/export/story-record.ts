import { dayString } from "../link/dates.js";
import type { Story } from "../link/story-index.js";
import type { DocRecord } from "../link/types.js";
import type { EventRecord } from "./event-record.js";

/** A story as `stories.jsonl` writes it: its documents and its events, both in time order. */
export interface StoryRecord {
  readonly id: string;
  readonly first_date: string | null;
  readonly last_date: string | null;
  readonly documents: readonly {
    readonly doc: string;
    readonly version: number;
    readonly source: string | null;
    readonly published_at: string | null;
    readonly title: string | null;
    /** The article this one copies, when the store marked it a duplicate. */
    readonly copy_of: string | null;
  }[];
  readonly events: readonly {
    readonly id: string;
    readonly date: string | null;
    readonly event_type: string;
    readonly sub_event_type: string;
    readonly place: string | null;
    readonly status: string;
    readonly corroboration: string;
    readonly sources: number;
    readonly aggregate?: true;
  }[];
}

/** Undated items sort last; ties keep their order. */
function byDate<T>(items: readonly T[], date: (item: T) => string | null): T[] {
  return [...items].sort((a, b) => {
    const x = date(a);
    const y = date(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  });
}

export function storyRecord(
  story: Story,
  docs: readonly DocRecord[],
  events: readonly EventRecord[],
): StoryRecord {
  return {
    id: story.id,
    first_date: story.first === null ? null : dayString(story.first),
    last_date: story.last === null ? null : dayString(story.last),
    documents: byDate(docs, (d) => d.published_at).map((d) => ({
      doc: d.id,
      version: d.version,
      source: d.outlet,
      published_at: d.published_at,
      title: d.title,
      copy_of: d.copyOf,
    })),
    events: byDate(events, (e) => e.date).map((e) => ({
      id: e.id,
      date: e.date,
      event_type: e.event_type,
      sub_event_type: e.sub_event_type,
      place: e.place ? (e.place.name_en ?? e.place.text) : null,
      status: e.status,
      corroboration: e.corroboration,
      sources: e.sources,
      ...(e.aggregate ? { aggregate: true as const } : {}),
    })),
  };
}
