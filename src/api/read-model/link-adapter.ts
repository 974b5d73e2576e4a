import type { EventRecord } from "../../export/event-record.js";
import type { StoryRecord } from "../../export/story-record.js";
import { eventRecords, storyRecords } from "../../export/write-outputs.js";
import { dayRange } from "../../link/dates.js";
import type { Linker } from "../../link/linker.js";
import { linkerFromState } from "../../link/persist.js";
import type { MentionRecord } from "../../link/types.js";
import type { LinkState } from "../../store/link-types.js";
import type { CanonicalEventJson, LinkedView, MentionSource, StoryJson } from "./types.js";

/**
 * The one place the API reads the linking state: it loads the state into a linker, as `marsad run` holds it,
 * and builds the same event and story records that events.jsonl and stories.jsonl are written from
 * (src/export), so the API and the files cannot disagree. What follows only reshapes those records for the
 * endpoints (ids, every story an event is reported in, latest first).
 */

/** The last day an event's date covers, as a day number; null when undated. */
export function lastDay(date: string | null): number | null {
  return dayRange(date)?.last ?? null;
}

function latestFirst<T>(items: T[], day: (item: T) => number | null, id: (item: T) => string): T[] {
  return items.sort((a, b) => {
    const da = day(a) ?? Number.NEGATIVE_INFINITY;
    const db = day(b) ?? Number.NEGATIVE_INFINITY;
    return da !== db ? db - da : id(a).localeCompare(id(b), "en", { numeric: true });
  });
}

function eventJson(record: EventRecord, stories: readonly string[]): CanonicalEventJson {
  return {
    id: record.id,
    event_type: record.event_type,
    sub_event_type: record.sub_event_type,
    date: record.date,
    time_precision: record.time_precision,
    place: record.place,
    destination: record.destination ?? null,
    actor1: record.actor1,
    actor2: record.actor2,
    fatalities: record.fatalities,
    status: record.status,
    aggregate: record.aggregate === true,
    mentions: record.mentions.map((m) => ({
      doc: m.doc,
      event: m.event,
      source: m.credited || m.doc,
      claims: m.claims,
    })),
    sources: record.sources,
    corroboration: record.corroboration,
    contradictions: record.contradictions,
    stories,
    updated_at: record.updated_at,
  };
}

function mentionSource(r: MentionRecord): MentionSource {
  return {
    doc: r.doc,
    version: r.version,
    outlet: r.outlet,
    published_at: r.published_at,
    source: r.credit.name || r.outlet || r.doc,
    via: r.credit.via,
    mention: r.mention,
    claims: r.claims,
  };
}

function storyJson(record: StoryRecord): StoryJson {
  return {
    id: record.id,
    title: record.documents.find((d) => d.title)?.title ?? null,
    first_date: record.first_date,
    last_date: record.last_date,
    documents: record.documents.map((d) => ({
      id: d.doc,
      version: d.version,
      source: d.source,
      published_at: d.published_at,
      title: d.title,
    })),
    events: record.events.map((e) => e.id),
  };
}

/** Every story whose documents report the event, first mention's story first. */
function storiesOfEvent(linker: Linker, id: string): string[] {
  const mentions = linker.events.events.get(id)?.mentions ?? [];
  const stories = mentions.map((m) => linker.docs.get(m.doc)?.story);
  return [...new Set(stories.filter((s): s is string => s !== undefined))];
}

export function viewFromLinkState(state: LinkState): LinkedView {
  const linker = linkerFromState(state);
  const records = eventRecords(linker);
  const events = records.map((record) => eventJson(record, storiesOfEvent(linker, record.id)));
  const mentions = new Map<string, readonly MentionSource[]>();
  for (const event of linker.events.events.values())
    mentions.set(event.id, event.mentions.map(mentionSource));
  latestFirst(
    events,
    (e) => lastDay(e.date),
    (e) => e.id,
  );
  const stories = [...storyRecords(linker, records)].map(storyJson);
  latestFirst(
    stories,
    (s) => lastDay(s.last_date),
    (s) => s.id,
  );
  return { events, stories, mentions };
}
