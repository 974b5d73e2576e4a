import type { Claim, EventMention, EventStatus, EventType, TimePrecision } from "../../core/layers.js";
import type { PlaceRecord } from "../../export/event-record.js";
import type { Contradiction } from "../../link/contradictions.js";
import type { Corroboration } from "../../link/corroboration.js";

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

/** A contradiction as events.jsonl gives it: the linker's own record, every value tied to its span. */
export type ContradictionJson = Contradiction;

export interface CanonicalEventJson {
  readonly id: string;
  readonly event_type: EventType;
  readonly sub_event_type: string;
  readonly date: string | null;
  readonly time_precision: TimePrecision;
  /** The event's place as events.jsonl gives it: no spans (those belong to a mention's document). */
  readonly place: PlaceRecord | null;
  readonly destination: PlaceRecord | null;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly fatalities: number | null;
  readonly status: EventStatus;
  readonly aggregate: boolean;
  readonly mentions: readonly MentionRef[];
  /** Independent sources. */
  readonly sources: number;
  readonly corroboration: Corroboration;
  readonly contradictions: readonly ContradictionJson[];
  /** Stories whose documents report the event. */
  readonly stories: readonly string[];
  readonly updated_at: string | null;
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
