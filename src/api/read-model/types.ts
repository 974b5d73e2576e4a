import type { Claim, EventMention } from "../../core/layers.js";
import type { EventRecord, PlaceRecord } from "../../export/event-record.js";

/**
 * The API's view of the linking state, in the public shapes of docs/output-format.md (events.jsonl,
 * stories.jsonl); fields the spec does not name are additions, never renamings.
 */

export { CORROBORATIONS, type Corroboration } from "../../link/corroboration.js";

/** The spec's mention reference: which document's which event mention, from which source. */
export interface MentionRef {
  readonly doc: string;
  readonly event: string;
  readonly source: string;
  readonly claims: readonly string[];
}

/**
 * A canonical event as the API serves it: the events.jsonl record's fields (src/export/event-record.ts), with
 * the spec's short mention references, `destination` and `aggregate` always present, and the event's stories.
 */
export interface CanonicalEventJson
  extends Pick<
    EventRecord,
    | "id"
    | "event_type"
    | "sub_event_type"
    | "date"
    | "time_precision"
    | "place"
    | "actor1"
    | "actor2"
    | "fatalities"
    | "status"
    | "sources"
    | "corroboration"
    | "contradictions"
    | "updated_at"
  > {
  readonly destination: PlaceRecord | null;
  readonly aggregate: boolean;
  readonly mentions: readonly MentionRef[];
  /** Stories whose documents report the event. */
  readonly stories: readonly string[];
}

export interface StoryDocumentJson {
  readonly id: string;
  readonly version: number;
  readonly source: string | null;
  readonly published_at: string | null;
  readonly title: string | null;
}

export interface StoryJson {
  readonly id: string;
  /** The earliest document's title, when it has one. */
  readonly title: string | null;
  readonly first_date: string | null;
  readonly last_date: string | null;
  readonly documents: readonly StoryDocumentJson[];
  /** Canonical event ids in time order (undated last). */
  readonly events: readonly string[];
}

/** One mention as the event page needs it: the analysis' own mention with the source it is credited to. */
export interface MentionSource {
  readonly doc: string;
  readonly version: number;
  readonly outlet: string | null;
  readonly published_at: string | null;
  readonly source: string;
  readonly via: "outlet" | "quoted";
  readonly mention: EventMention;
  readonly claims: readonly Claim[];
}

/** Everything the read endpoints serve, computed once from one linking state. */
export interface LinkedView {
  /** Latest first (by the last day of the date), undated last. */
  readonly events: readonly CanonicalEventJson[];
  /** Latest first, by last date. */
  readonly stories: readonly StoryJson[];
  readonly mentions: ReadonlyMap<string, readonly MentionSource[]>;
}
