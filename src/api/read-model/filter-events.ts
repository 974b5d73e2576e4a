import type { EventPlace, EventType } from "../../core/layers.js";
import { dayRange } from "../../link/dates.js";
import { type AreaIndex, searchKey } from "./areas.js";
import type { CanonicalEventJson, Corroboration, MentionSource } from "./types.js";

/** The filters of GET /api/events (and the timeline), already validated. Days are day numbers. */
export interface EventFilter {
  readonly from?: number;
  readonly to?: number;
  readonly type?: EventType;
  readonly subType?: string;
  readonly place?: string;
  readonly actor?: string;
  readonly corroboration?: Corroboration;
  readonly source?: string;
}

type Test = (event: CanonicalEventJson) => boolean;

function contains(values: readonly (string | null | undefined)[], needle: string): boolean {
  return values.some((v) => typeof v === "string" && v !== "" && searchKey(v).includes(needle));
}

function placeNames(place: EventPlace | null): (string | null | undefined)[] {
  if (!place) return [];
  return [place.text, place.name_en, place.pcode, place.admin1, place.admin2, place.admin3];
}

/**
 * A place filter names a governorate or district (P-code or name, either language): events there match,
 * by their place's admin1/admin2, or by being that area itself. Anything else matches place words.
 */
function placeTest(query: string, areas: AreaIndex): Test {
  const area = areas.find(query);
  if (area) {
    const name = area.name_en.toLowerCase();
    const inArea = (p: EventPlace | null) =>
      p !== null &&
      ((area.level === "admin1" ? p.admin1 : p.admin2)?.toLowerCase() === name ||
        p.pcode === area.pcode ||
        (p.level === (area.level === "admin1" ? "governorate" : "district") &&
          p.name_en?.toLowerCase() === name));
    return (e) => inArea(e.place) || inArea(e.destination);
  }
  const needle = searchKey(query);
  return (e) => contains([...placeNames(e.place), ...placeNames(e.destination)], needle);
}

function actorTest(query: string, mentions: ReadonlyMap<string, readonly MentionSource[]>): Test {
  const needle = searchKey(query);
  return (e) =>
    contains([e.actor1, e.actor2], needle) ||
    (mentions.get(e.id) ?? []).some(({ mention: m }) =>
      contains(
        [m.actor1, m.actor2, m.actor1_id, m.actor2_id, m.actor1_span?.text, m.actor2_span?.text],
        needle,
      ),
    );
}

function sourceTest(query: string, mentions: ReadonlyMap<string, readonly MentionSource[]>): Test {
  const needle = searchKey(query);
  return (e) => (mentions.get(e.id) ?? []).some((m) => contains([m.source, m.outlet], needle));
}

/** Date overlap: an event matches when any day of its date lies in [from, to]; undated events never do. */
function dateTest(from: number | undefined, to: number | undefined): Test {
  return (e) => {
    const range = dayRange(e.date);
    if (!range) return false;
    return (from === undefined || range.last >= from) && (to === undefined || range.first <= to);
  };
}

export function eventMatcher(
  filter: EventFilter,
  areas: AreaIndex,
  mentions: ReadonlyMap<string, readonly MentionSource[]>,
): Test {
  const tests: Test[] = [];
  if (filter.from !== undefined || filter.to !== undefined) tests.push(dateTest(filter.from, filter.to));
  if (filter.type) tests.push((e) => e.event_type === filter.type);
  if (filter.subType) tests.push((e) => e.sub_event_type === filter.subType);
  if (filter.corroboration) tests.push((e) => e.corroboration === filter.corroboration);
  if (filter.place) tests.push(placeTest(filter.place, areas));
  if (filter.actor) tests.push(actorTest(filter.actor, mentions));
  if (filter.source) tests.push(sourceTest(filter.source, mentions));
  return (e) => tests.every((test) => test(e));
}
