import type { EventPlace, EventStatus, EventType, TimePrecision } from "../core/layers.js";
import type { TextSpan } from "../core/span.js";
import type { AssessedEvent } from "../link/assess.js";
import type { Contradiction } from "../link/contradictions.js";
import type { Corroboration } from "../link/corroboration.js";

/**
 * A canonical event as `events.jsonl` writes it (docs/output-format.md, "marsad run"). Spans are offsets into
 * one document's text, so the event's own place carries no span: each mention names its document and spans.
 */

/** A place without spans (they belong to a mention's document). */
export type PlaceRecord = Omit<EventPlace, "start" | "end">;

export interface MentionRef {
  readonly doc: string;
  readonly version: number;
  /** The mention's id in the document's analysis. */
  readonly event: string;
  /** The outlet that published the document. */
  readonly source: string | null;
  /** Who the report is credited to when counting sources, when not the outlet (a quoted monitor …). */
  readonly credited: string;
  readonly claims: readonly string[];
  readonly trigger: TextSpan;
  readonly date: string | null;
  readonly status: EventStatus;
  readonly fatalities: number | null;
  readonly published_at: string | null;
}

export interface EventRecord {
  readonly id: string;
  readonly event_type: EventType;
  readonly sub_event_type: string;
  readonly date: string | null;
  readonly time_precision: TimePrecision;
  readonly place: PlaceRecord | null;
  readonly destination?: PlaceRecord;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly actor1_id: string | null;
  readonly actor2_id: string | null;
  readonly inter1: number | null;
  readonly inter2: number | null;
  readonly fatalities: number | null;
  readonly status: EventStatus;
  readonly aggregate?: true;
  readonly story: string | null;
  readonly mentions: readonly MentionRef[];
  /** Independent sources that report the event, whatever they say of it. */
  readonly sources: number;
  readonly corroboration: Corroboration;
  readonly contradictions: readonly Contradiction[];
  /** When the linker last changed the event (ISO 8601); null when unknown. */
  readonly updated_at: string | null;
}

function placeRecord(place: EventPlace): PlaceRecord {
  const { start: _start, end: _end, ...rest } = place;
  return rest;
}

export function eventRecord(
  assessed: AssessedEvent,
  story: string | null,
  updatedAt: string | null,
): EventRecord {
  const { fields, event } = assessed;
  return {
    id: event.id,
    event_type: fields.event_type,
    sub_event_type: fields.sub_event_type,
    date: fields.date,
    time_precision: fields.time_precision,
    place: fields.place ? placeRecord(fields.place) : null,
    ...(fields.destination ? { destination: placeRecord(fields.destination) } : {}),
    actor1: fields.actor1,
    actor2: fields.actor2,
    actor1_id: fields.actor1_id,
    actor2_id: fields.actor2_id,
    inter1: fields.inter1,
    inter2: fields.inter2,
    fatalities: fields.fatalities,
    status: fields.status,
    ...(fields.aggregate ? { aggregate: true as const } : {}),
    story,
    mentions: event.mentions.map((m) => ({
      doc: m.doc,
      version: m.version,
      event: m.mention.id,
      source: m.outlet,
      credited: m.credit.name,
      claims: m.mention.claims,
      trigger: m.mention.trigger,
      date: m.mention.date,
      status: m.mention.status,
      fatalities: m.mention.fatalities,
      published_at: m.published_at,
    })),
    sources: assessed.sources.independent,
    corroboration: assessed.corroboration,
    contradictions: assessed.contradictions,
    updated_at: updatedAt,
  };
}
