import { assessEvent } from "../../link/assess.js";
import { dayRange, dayString } from "../../link/dates.js";
import type { MentionRecord } from "../../link/types.js";
import type { LinkedDocRow, LinkState } from "../../store/link-types.js";
import type { CanonicalEventJson, LinkedView, MentionSource, StoryDocumentJson, StoryJson } from "./types.js";

/**
 * The one place the API reads the linker's own row data (`data` of link rows, src/link/persist.ts): turns the
 * stored linking state into the spec's canonical events and stories. When src/export gains the function
 * that writes events.jsonl / stories.jsonl from the same state, this file should call it instead.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Mention rows grouped by event; a row without the linker's record (a damaged state) is skipped. */
function recordsByEvent(state: LinkState): Map<string, MentionRecord[]> {
  const out = new Map<string, MentionRecord[]>();
  for (const row of state.mentions) {
    const data = row.data;
    if (!isObject(data) || !isObject(data.mention) || !isObject(data.credit)) continue;
    const record = { ...(data as unknown as Omit<MentionRecord, "doc">), doc: row.doc };
    const list = out.get(row.event);
    if (list) list.push(record);
    else out.set(row.event, [record]);
  }
  return out;
}

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

function eventJson(
  id: string,
  records: MentionRecord[],
  stories: readonly string[],
  updatedAt: string | null,
): CanonicalEventJson {
  const assessed = assessEvent({ id, seq: 0, mentions: records, keys: new Set() });
  const f = assessed.fields;
  return {
    id,
    event_type: f.event_type,
    sub_event_type: f.sub_event_type,
    date: f.date,
    time_precision: f.time_precision,
    place: f.place,
    destination: f.destination,
    actor1: f.actor1,
    actor2: f.actor2,
    fatalities: f.fatalities,
    status: f.status,
    aggregate: f.aggregate,
    mentions: records.map((r) => ({
      doc: r.doc,
      event: r.mention.id,
      source: r.credit.name || r.doc,
      claims: r.mention.claims,
    })),
    sources: assessed.sources.independent,
    corroboration: assessed.corroboration,
    contradictions: assessed.contradictions,
    stories,
    updated_at: updatedAt,
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

function docJson(row: LinkedDocRow): StoryDocumentJson {
  const data = isObject(row.data) ? row.data : {};
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : null);
  return {
    id: row.id,
    version: row.version,
    source: text("outlet"),
    published_at: text("published_at"),
    title: text("title"),
  };
}

function storiesJson(state: LinkState, events: readonly CanonicalEventJson[]): StoryJson[] {
  const docs = new Map<string, StoryDocumentJson[]>();
  for (const row of state.docs) docs.set(row.story, [...(docs.get(row.story) ?? []), docJson(row)]);
  const eventsOf = new Map<string, CanonicalEventJson[]>();
  for (const event of events)
    for (const story of event.stories) eventsOf.set(story, [...(eventsOf.get(story) ?? []), event]);
  const stories = state.stories.map((row): StoryJson => {
    const members = (docs.get(row.id) ?? []).sort((a, b) =>
      (a.published_at ?? "").localeCompare(b.published_at ?? ""),
    );
    const timeline = [...(eventsOf.get(row.id) ?? [])].sort(
      (a, b) => (dayRange(a.date)?.first ?? Infinity) - (dayRange(b.date)?.first ?? Infinity),
    );
    const days = [
      ...members.map((d) => dayRange(d.published_at?.slice(0, 10))?.first ?? null),
      ...timeline.map((e) => lastDay(e.date)),
    ].filter((d): d is number => d !== null);
    return {
      id: row.id,
      title: members.find((d) => d.title)?.title ?? null,
      first_date: days.length > 0 ? dayString(Math.min(...days)) : null,
      last_date: days.length > 0 ? dayString(Math.max(...days)) : null,
      documents: members,
      events: timeline.map((e) => e.id),
    };
  });
  return latestFirst(
    stories,
    (s) => lastDay(s.last_date),
    (s) => s.id,
  );
}

export function viewFromLinkState(state: LinkState): LinkedView {
  const storyOfDoc = new Map(state.docs.map((d) => [d.id, d.story]));
  const byEvent = recordsByEvent(state);
  const events: CanonicalEventJson[] = [];
  const mentions = new Map<string, readonly MentionSource[]>();
  for (const row of state.events) {
    const records = byEvent.get(row.id);
    if (!records || records.length === 0) continue;
    const stories = [...new Set(records.map((r) => storyOfDoc.get(r.doc)).filter((s) => s !== undefined))];
    const updated =
      isObject(row.data) && typeof row.data.updated_at === "string" ? row.data.updated_at : null;
    events.push(eventJson(row.id, records, stories, updated));
    mentions.set(row.id, records.map(mentionSource));
  }
  latestFirst(
    events,
    (e) => lastDay(e.date),
    (e) => e.id,
  );
  return { events, stories: storiesJson(state, events), mentions };
}
