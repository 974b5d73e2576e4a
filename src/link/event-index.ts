import { bucketsAround, dayRange } from "./dates.js";
import { MERGE_THRESHOLD, matchScore } from "./event-match.js";
import { compatibleTypes } from "./event-types.js";
import { areaKey } from "./places.js";
import type { MentionRecord } from "./types.js";

/**
 * Canonical events and the blocking index that finds candidates for a new mention. A mention is indexed
 * under (event type, governorate, week) and (event type, any place, week), and under its story with the
 * same type and place keys. A dated mention looks in the weeks its date window touches, under its own and
 * compatible types, and at its story's undated events; an undated one looks only within its story (undated
 * reports meet nowhere else). Every list keeps its most recent entries only, so the work per mention
 * depends on how much happens in one place, week or story, never on how much is stored.
 */

export interface CanonicalEvent {
  readonly id: string;
  readonly seq: number;
  readonly mentions: MentionRecord[];
  readonly keys: Set<string>;
}

/** The widest date window (month precision): how far around a date candidates are looked for. */
const SEARCH_WINDOW_DAYS = 31;
/** Events remembered per key, most recent last. */
const POSTING_CAP = 256;
const ANY_PLACE = "*";
const NO_PLACE = "?";

/** The keys a mention is stored under; `story` is its document's story. */
export function indexKeys(record: MentionRecord, story: string): string[] {
  const type = record.mention.event_type;
  const areas = [areaKey(record.mention.place) ?? NO_PLACE, ANY_PLACE];
  const range = dayRange(record.mention.date);
  const slots = [`story ${story}`];
  if (range) slots.push(...bucketsAround(range, 0).map((b) => `week ${b}`));
  else slots.push(`undated ${story}`);
  return slots.flatMap((slot) => areas.map((area) => `${type}|${area}|${slot}`));
}

/** The keys under which a mention's candidates are stored. */
function queryKeys(record: MentionRecord, story: string): string[] {
  const area = areaKey(record.mention.place);
  const areas = area === null ? [ANY_PLACE] : [area, NO_PLACE];
  const range = dayRange(record.mention.date);
  const slots = range
    ? [...bucketsAround(range, SEARCH_WINDOW_DAYS).map((b) => `week ${b}`), `undated ${story}`]
    : [`story ${story}`];
  return compatibleTypes(record.mention.event_type).flatMap((type) =>
    areas.flatMap((a) => slots.map((slot) => `${type}|${a}|${slot}`)),
  );
}

export class EventIndex {
  readonly events = new Map<string, CanonicalEvent>();
  private readonly postings = new Map<string, string[]>();
  /** Candidate events scored so far: the benchmark reads it to show the work per mention stays bounded. */
  scored = 0;

  /** Adds a loaded or new event, indexing it under the keys it already has. */
  put(event: CanonicalEvent): void {
    this.events.set(event.id, event);
    for (const key of event.keys) this.post(key, event.id);
  }

  /**
   * The best event for a mention of a document in `story`, or null when none is compatible enough.
   * `sameStory` says whether another mention's document is in that story.
   */
  best(
    record: MentionRecord,
    story: string,
    sameStory: (other: MentionRecord) => boolean,
  ): CanonicalEvent | null {
    const candidates = new Set<string>();
    for (const key of queryKeys(record, story))
      for (const id of this.postings.get(key) ?? []) candidates.add(id);
    this.scored += candidates.size;
    let best: { event: CanonicalEvent; score: number } | null = null;
    for (const id of candidates) {
      const event = this.events.get(id);
      if (!event) continue;
      const score = matchScore(record, event.mentions, sameStory);
      if (score !== null && score >= MERGE_THRESHOLD && (!best || score > best.score))
        best = { event, score };
    }
    return best?.event ?? null;
  }

  /** Adds a mention to an event and indexes the event under the mention's keys. */
  addMention(event: CanonicalEvent, record: MentionRecord, story: string): void {
    event.mentions.push(record);
    for (const key of indexKeys(record, story)) {
      event.keys.add(key);
      this.post(key, event.id);
    }
  }

  /**
   * Removes a document's mentions from an event; an event left with none is deleted (true). `storyOf`
   * gives the story of each remaining mention's document, to index the event again.
   */
  removeDoc(eventId: string, doc: string, storyOf: (doc: string) => string): boolean {
    const event = this.events.get(eventId);
    if (!event) return false;
    const kept = event.mentions.filter((m) => m.doc !== doc);
    event.mentions.splice(0, event.mentions.length, ...kept);
    for (const key of event.keys) this.unpost(key, eventId);
    event.keys.clear();
    if (kept.length === 0) {
      this.events.delete(eventId);
      return true;
    }
    for (const key of kept.flatMap((m) => indexKeys(m, storyOf(m.doc)))) event.keys.add(key);
    for (const key of event.keys) this.post(key, eventId);
    return false;
  }

  private post(key: string, id: string): void {
    let ids = this.postings.get(key);
    if (!ids) {
      ids = [];
      this.postings.set(key, ids);
    }
    if (ids[ids.length - 1] === id) return;
    const at = ids.lastIndexOf(id);
    if (at >= 0) ids.splice(at, 1);
    ids.push(id);
    if (ids.length > POSTING_CAP) ids.shift();
  }

  private unpost(key: string, id: string): void {
    const ids = this.postings.get(key);
    const at = ids?.lastIndexOf(id) ?? -1;
    if (ids && at >= 0) ids.splice(at, 1);
  }
}
