/** The UI's client for the Marsad API (same origin), with the types of what it reads. */

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

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = "marsad.token";

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string };
  } | null;
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      body?.error?.code ?? "error",
      body?.error?.message ?? response.statusText,
    );
  }
  return body as T;
}

export function getJson<T>(path: string, params: URLSearchParams = new URLSearchParams()): Promise<T> {
  const query = params.toString();
  return request<T>(query ? `${path}?${query}` : path);
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return request<T>(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}
