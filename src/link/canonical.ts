import type { EventPlace, EventStatus, EventType, GeoPrecision, TimePrecision } from "../core/layers.js";
import { dayRange, dayString } from "./dates.js";
import { placeKey } from "./places.js";
import type { MentionRecord } from "./types.js";

/**
 * The values of a canonical event, chosen from its mentions: the most precise, then most reported value of
 * each field, and for fatalities the lowest reported toll (ACLED's rule: the most conservative estimate when
 * reports differ). Disagreements are not hidden by this choice: they are listed as contradictions.
 */
export interface CanonicalFields {
  readonly event_type: EventType;
  readonly sub_event_type: string;
  readonly date: string | null;
  readonly time_precision: TimePrecision;
  readonly place: EventPlace | null;
  readonly destination: EventPlace | null;
  readonly actor1: string | null;
  readonly actor1_id: string | null;
  readonly inter1: number | null;
  readonly actor2: string | null;
  readonly actor2_id: string | null;
  readonly inter2: number | null;
  readonly fatalities: number | null;
  readonly status: EventStatus;
  readonly aggregate: boolean;
}

/** The most frequent key among the values, ties to the earliest; undefined when there are none. */
function mode<T>(values: readonly T[], key: (value: T) => string): T | undefined {
  const counts = new Map<string, { value: T; n: number }>();
  for (const value of values) {
    const k = key(value);
    const entry = counts.get(k);
    if (entry) entry.n++;
    else counts.set(k, { value, n: 1 });
  }
  let best: { value: T; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.value;
}

function happenedFirst(records: readonly MentionRecord[]): readonly MentionRecord[] {
  const happened = records.filter((r) => r.mention.status === "happened" || r.mention.status === "ongoing");
  return happened.length > 0 ? happened : records;
}

function chooseDate(records: readonly MentionRecord[]): { date: string | null; precision: TimePrecision } {
  const dated = records.filter((r) => dayRange(r.mention.date) !== null);
  if (dated.length === 0) return { date: null, precision: 3 };
  if (dated.some((r) => r.mention.aggregate)) {
    const ranges = dated.map((r) => dayRange(r.mention.date)!);
    const first = Math.min(...ranges.map((r) => r.first));
    const last = Math.max(...ranges.map((r) => r.last));
    const precision = Math.max(...dated.map((r) => r.mention.time_precision)) as TimePrecision;
    return { date: first === last ? dayString(first) : `${dayString(first)}/${dayString(last)}`, precision };
  }
  const precision = Math.min(...dated.map((r) => r.mention.time_precision)) as TimePrecision;
  const finest = dated.filter((r) => r.mention.time_precision === precision).map((r) => r.mention.date!);
  return { date: mode(finest, (d) => d) ?? null, precision };
}

function choosePlace(places: readonly (EventPlace | null | undefined)[]): EventPlace | null {
  const known = places.filter((p): p is EventPlace => p !== null && p !== undefined);
  if (known.length === 0) return null;
  const best = Math.min(...known.map((p) => p.geo_precision)) as GeoPrecision;
  return mode(
    known.filter((p) => p.geo_precision === best),
    placeKey,
  )!;
}

function chooseActor(records: readonly MentionRecord[], role: 1 | 2) {
  const named = records
    .map((r) => r.mention)
    .filter((m) => (role === 1 ? m.actor1 : m.actor2) !== null)
    .map((m) =>
      role === 1
        ? { name: m.actor1!, id: m.actor1_id ?? null, inter: m.inter1 ?? null }
        : { name: m.actor2!, id: m.actor2_id ?? null, inter: m.inter2 ?? null },
    );
  return mode(named, (a) => a.id ?? a.name) ?? { name: null, id: null, inter: null };
}

function chooseStatus(records: readonly MentionRecord[]): EventStatus {
  const statuses = records.map((r) => r.mention.status);
  if (statuses.includes("happened")) return "happened";
  if (statuses.includes("ongoing")) return "ongoing";
  return mode(statuses, (s) => s) ?? "happened";
}

export function canonicalFields(records: readonly MentionRecord[]): CanonicalFields {
  if (records.length === 0) throw new Error("a canonical event needs at least one mention");
  const reporting = happenedFirst(records);
  const type = mode(
    reporting.map((r) => r.mention),
    (m) => m.sub_event_type,
  )!;
  const { date, precision } = chooseDate(records);
  const actor1 = chooseActor(reporting, 1);
  const actor2 = chooseActor(reporting, 2);
  const tolls = reporting.map((r) => r.mention.fatalities).filter((n): n is number => n !== null);
  return {
    event_type: type.event_type,
    sub_event_type: type.sub_event_type,
    date,
    time_precision: precision,
    place: choosePlace(reporting.map((r) => r.mention.place)),
    destination: choosePlace(reporting.map((r) => r.mention.destination)),
    actor1: actor1.name,
    actor1_id: actor1.id,
    inter1: actor1.inter,
    actor2: actor2.name,
    actor2_id: actor2.id,
    inter2: actor2.inter,
    fatalities: tolls.length > 0 ? Math.min(...tolls) : null,
    status: chooseStatus(records),
    aggregate: records.some((r) => r.mention.aggregate === true),
  };
}
