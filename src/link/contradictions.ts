import type { EventMention, EventPlace } from "../core/layers.js";
import type { Span, TextSpan } from "../core/span.js";
import { type ReportedActor, sameActor } from "./actors.js";
import type { SourceCount } from "./corroboration.js";
import { dayNumber } from "./dates.js";
import { countsConflict, type ReportedNumber } from "./numbers.js";
import { isPrecisePlace, placeKey, placeRelation } from "./places.js";
import type { MentionRecord } from "./types.js";

/**
 * Field-by-field disagreements between independent sources about one canonical event. A field contradicts
 * when two values from different independent sources cannot both be right: counts beyond the tolerance of
 * numbers.ts, two different day-precise dates, two distinct precise places (neither containing the other),
 * destinations that are not the same place, actors that are not one party, happened against denied. Each
 * contradiction lists every value reported for the field, each tied to its document, source and span.
 */

export type ContradictionField =
  | "destination"
  | "fatalities"
  | "count"
  | "date"
  | "place"
  | "actor"
  | "status";

export interface ContradictionValue {
  readonly value: string | number;
  readonly doc: string;
  readonly source: string;
  /** The span that gave the value; null when it came from metadata (a date from the publication day). */
  readonly start: number | null;
  readonly end: number | null;
  readonly text: string | null;
}

export interface Contradiction {
  readonly field: ContradictionField;
  /** For counts, what is counted; for actors, which role (actor1, actor2, actors of a battle). */
  readonly detail?: string;
  readonly values: readonly ContradictionValue[];
}

interface Item<T> {
  readonly group: number;
  readonly record: MentionRecord;
  readonly value: T;
  readonly shown: string | number;
  readonly span: Span & { readonly text?: string };
}

function toValue<T>(item: Item<T>): ContradictionValue {
  const { span } = item;
  const known = span.start >= 0;
  return {
    value: item.shown,
    doc: item.record.doc,
    source: item.record.credit.name || item.record.doc,
    start: known ? span.start : null,
    end: known ? span.end : null,
    text: known ? (span.text ?? null) : null,
  };
}

function detect<T>(
  field: ContradictionField,
  items: readonly Item<T>[],
  conflict: (a: T, b: T) => boolean,
  detail?: string,
): Contradiction | null {
  const disagree = items.some((a, i) =>
    items.some((b, j) => j > i && a.group !== b.group && conflict(a.value, b.value)),
  );
  if (!disagree) return null;
  const seen = new Set<string>();
  const values = items
    .filter((item) => {
      const key = `${item.record.doc}\u0000${item.shown}`;
      return !seen.has(key) && seen.add(key);
    })
    .map(toValue);
  return detail === undefined ? { field, values } : { field, detail, values };
}

/** Marks a value that came from metadata, not from words of the text (a date from the publication day). */
const NO_SPAN: Span = { start: -1, end: -1 };

function spanOrNone(span: TextSpan | undefined): Span & { readonly text?: string } {
  return span ?? NO_SPAN;
}

function placeSpan(place: EventPlace): Span & { readonly text?: string } {
  return place.start !== undefined && place.end !== undefined
    ? { start: place.start, end: place.end, text: place.text }
    : NO_SPAN;
}

type Items = <T>(
  pick: (
    m: EventMention,
    r: MentionRecord,
  ) => { value: T; shown: string | number; span: Item<T>["span"] } | null,
) => Item<T>[];

function itemsOf(records: readonly MentionRecord[], count: SourceCount): Items {
  const groupOf = new Map<MentionRecord, number>();
  count.reports.forEach((report, i) => {
    if (report.slot === "main") groupOf.set(report.record, count.groups[i]!);
  });
  return (pick) =>
    records.flatMap((record) => {
      const picked = record.mention.aggregate ? null : pick(record.mention, record);
      return picked ? [{ group: groupOf.get(record) ?? -1, record, ...picked }] : [];
    });
}

export function findContradictions(records: readonly MentionRecord[], count: SourceCount): Contradiction[] {
  const items = itemsOf(records, count);
  const found: (Contradiction | null)[] = [
    detect(
      "fatalities",
      items((_, r) =>
        r.fatalities
          ? { value: r.fatalities, shown: r.fatalities.value, span: spanOrNone(r.mention.fatalities_span) }
          : null,
      ),
      countsConflict,
    ),
    ...countContradictions(records, items),
    detect(
      "date",
      items((m) =>
        m.date && m.time_precision === 1
          ? { value: dayNumber(m.date), shown: m.date, span: spanOrNone(m.date_span) }
          : null,
      ),
      (a, b) => a !== null && b !== null && a !== b,
    ),
    detect(
      "place",
      items((m) =>
        m.place && isPrecisePlace(m.place)
          ? { value: m.place, shown: placeName(m.place), span: placeSpan(m.place) }
          : null,
      ),
      (a, b) => placeRelation(a, b) === "near",
    ),
    detect(
      "destination",
      items((m) =>
        m.destination
          ? { value: m.destination, shown: placeName(m.destination), span: placeSpan(m.destination) }
          : null,
      ),
      (a, b) => !["same", "contains"].includes(placeRelation(a, b)),
    ),
    ...actorContradictions(items),
    statusContradiction(count),
  ];
  return found.filter((c): c is Contradiction => c !== null);
}

function placeName(place: EventPlace): string {
  return place.name_en ?? place.text ?? placeKey(place);
}

function countContradictions(records: readonly MentionRecord[], items: Items): Contradiction[] {
  const nouns = new Set(records.flatMap((r) => (r.mention.quantities ?? []).map((q) => q.counts ?? "")));
  const out: Contradiction[] = [];
  for (const noun of [...nouns].filter((n) => n !== "").sort()) {
    const found = detect(
      "count",
      items((m) => {
        const q = (m.quantities ?? []).find((x) => x.counts === noun);
        if (!q) return null;
        const value: ReportedNumber = {
          value: q.value,
          approx: q.approx,
          qualifier: q.approx ? "about" : null,
        };
        return { value, shown: q.value, span: { start: q.start, end: q.end, text: q.text } };
      }),
      countsConflict,
      noun,
    );
    if (found) out.push(found);
  }
  return out;
}

function actorOf(m: EventMention, role: 1 | 2): ReportedActor | null {
  const name = role === 1 ? m.actor1 : m.actor2;
  if (!name) return null;
  return {
    name,
    id: (role === 1 ? m.actor1_id : m.actor2_id) ?? null,
    inter: (role === 1 ? m.inter1 : m.inter2) ?? null,
  };
}

function actorContradictions(items: Items): Contradiction[] {
  const roles = ([1, 2] as const).map((role) =>
    detect(
      "actor",
      items((m) => {
        // A battle's two sides are unordered: compared below as a pair, not by role.
        const actor = m.event_type === "Battles" ? null : actorOf(m, role);
        const span = role === 1 ? m.actor1_span : m.actor2_span;
        return actor ? { value: actor, shown: actor.name, span: spanOrNone(span) } : null;
      }),
      (a, b) => !sameActor(a, b),
      `actor${role}`,
    ),
  );
  const sides = detect(
    "actor",
    items((m) => {
      const pair = [actorOf(m, 1), actorOf(m, 2)].filter((a): a is ReportedActor => a !== null);
      if (m.event_type !== "Battles" || pair.length < 2) return null;
      return { value: pair, shown: pair.map((a) => a.name).join(" / "), span: spanOrNone(m.actor1_span) };
    }),
    (a, b) => !a.some((x) => b.some((y) => sameActor(x, y))),
    "sides",
  );
  return [...roles, sides].filter((c): c is Contradiction => c !== null);
}

function statusContradiction(count: SourceCount): Contradiction | null {
  const groupsBy = (stance: string) =>
    new Set(count.groups.filter((_, i) => count.reports[i]!.stance === stance));
  const happened = groupsBy("happened");
  const denied = groupsBy("denied");
  if (happened.size === 0 || denied.size === 0) return null;
  if ([...denied].every((g) => happened.has(g)) && [...happened].every((g) => denied.has(g))) return null;
  const values = count.reports
    .filter((r) => r.stance !== "other")
    .map((r) => ({
      value: r.stance,
      doc: r.record.doc,
      source: r.credit.name || r.record.doc,
      start: r.span.start,
      end: r.span.end,
      text: r.span.text,
    }));
  return { field: "status", values };
}
