/**
 * What the UI reads from the Marsad API: the client's view of the server's records (src/api/read-model),
 * narrowed to the fields the pages use. Kept free of DOM types so the server's typecheck can hold the two
 * together: test/web-api-types.test.ts fails when a server record no longer satisfies the view here.
 */

export interface Place {
  readonly text: string;
  readonly name_en?: string | null;
  readonly pcode: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly admin1?: string | null;
  readonly admin2?: string | null;
}

export interface MentionRef {
  readonly doc: string;
  readonly event: string;
  readonly source: string;
  readonly claims: readonly string[];
}

export interface ContradictionValue {
  readonly value: string | number;
  readonly doc: string;
  readonly source: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly text: string | null;
}

export interface Contradiction {
  readonly field: string;
  readonly detail?: string;
  readonly values: readonly ContradictionValue[];
}

export interface EventItem {
  readonly id: string;
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly date: string | null;
  readonly place: Place | null;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly fatalities: number | null;
  readonly status: string;
  readonly mentions: readonly MentionRef[];
  readonly sources: number;
  readonly corroboration: string;
  readonly contradictions: readonly Contradiction[];
  readonly stories: readonly string[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface MarkSpan extends Span {
  readonly kind: string;
  readonly primary: boolean;
  readonly label: string | null;
}

export interface MentionDetail extends MentionRef {
  readonly outlet: string | null;
  readonly published_at: string | null;
  readonly title: string | null;
  readonly status: string;
  readonly certainty: string | null;
  readonly sentence: Span | null;
  readonly spans: readonly MarkSpan[];
  readonly attributions: readonly {
    id: string;
    certainty: string;
    source: { text: string; kind: string };
    cue: Span;
  }[];
}

export interface EventDetail extends Omit<EventItem, "mentions"> {
  readonly mentions: readonly MentionDetail[];
}

export interface Page<T> {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: readonly T[];
}

export interface Story {
  readonly id: string;
  readonly title: string | null;
  readonly first_date: string | null;
  readonly last_date: string | null;
  readonly documents: readonly {
    id: string;
    source: string | null;
    published_at: string | null;
    title: string | null;
  }[];
  readonly events: readonly string[];
  readonly event_details?: readonly EventItem[];
}
