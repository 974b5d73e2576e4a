import { disorderType } from "../link/event-types.js";
import type { CsvCell } from "./csv.js";
import type { EventRecord } from "./event-record.js";

/**
 * events.csv: ACLED's columns in ACLED's order (docs/output-format.md), then Marsad's provenance columns.
 * Aggregate events are left out, as ACLED-style exports leave them out.
 */

export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

export const PROVENANCE_COLUMNS = [
  "marsad_event_id",
  "corroboration",
  "independent_sources",
  "contradictions",
  "mention_docs",
  "source_spans",
] as const;

export const CSV_COLUMNS = [...ACLED_COLUMNS, ...PROVENANCE_COLUMNS] as const;

/** ISO 3166 numeric and alpha-3 codes and ACLED region of the countries Marsad's gazetteers cover. */
const COUNTRIES: Readonly<Record<string, { iso: number; iso3: string; region: string }>> = {
  Syria: { iso: 760, iso3: "SYR", region: "Middle East" },
  Lebanon: { iso: 422, iso3: "LBN", region: "Middle East" },
  Iraq: { iso: 368, iso3: "IRQ", region: "Middle East" },
  Jordan: { iso: 400, iso3: "JOR", region: "Middle East" },
  Turkey: { iso: 792, iso3: "TUR", region: "Middle East" },
  Israel: { iso: 376, iso3: "ISR", region: "Middle East" },
  Palestine: { iso: 275, iso3: "PSE", region: "Middle East" },
};

/** ACLED's interaction code: the two actor types, lower first; one type alone is followed by 0. */
export function interaction(inter1: number | null, inter2: number | null): number | null {
  if (inter1 === null) return null;
  if (inter2 === null) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

function civilianTargeting(event: EventRecord): string {
  const targetsCivilians =
    event.event_type === "Violence against civilians" ||
    (event.event_type === "Explosions/Remote violence" && event.inter2 === 7);
  return targetsCivilians ? "Civilian targeting" : "";
}

function seqOf(id: string): string {
  return id.replace(/\D+/g, "");
}

/** ACLED notes are a sentence of English; Marsad writes what it knows, and the words that triggered it. */
function notes(event: EventRecord): string {
  const where = event.place ? ` in ${event.place.name_en ?? event.place.text}` : "";
  const who = event.actor1 ? ` by ${event.actor1}` : "";
  const toll = event.fatalities === null ? "" : ` Fatalities reported: ${event.fatalities}.`;
  const triggers = [...new Set(event.mentions.map((m) => m.trigger.text))].join(" / ");
  return `${event.sub_event_type}${who}${where} (${event.status}; ${event.corroboration}, ${event.sources} source(s)).${toll} Trigger: ${triggers}`;
}

function tags(event: EventRecord): string {
  const fields = [...new Set(event.contradictions.map((c) => c.field))];
  return fields.length > 0 ? `contradictions=${fields.join("|")}` : "";
}

function timestamp(updatedAt: string | null): number | null {
  const ms = updatedAt === null ? Number.NaN : Date.parse(updatedAt);
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

export function acledRow(event: EventRecord): CsvCell[] {
  const place = event.place;
  const country = place?.country ?? null;
  const codes = country === null ? undefined : COUNTRIES[country];
  const date = event.date?.slice(0, 10) ?? null;
  const outlets = [...new Set(event.mentions.map((m) => m.source ?? m.credited).filter((s) => s !== ""))];
  return [
    `${codes?.iso3 ?? "XXX"}${seqOf(event.id)}`,
    date,
    date === null ? null : Number(date.slice(0, 4)),
    event.time_precision,
    disorderType(event.event_type),
    event.event_type,
    event.sub_event_type,
    event.actor1,
    null,
    event.inter1,
    event.actor2,
    null,
    event.inter2,
    interaction(event.inter1, event.inter2),
    civilianTargeting(event),
    codes?.iso ?? null,
    codes?.region ?? null,
    country,
    place?.admin1 ?? null,
    place?.admin2 ?? null,
    place?.admin3 ?? null,
    place ? (place.name_en ?? place.text) : null,
    place?.lat ?? null,
    place?.lon ?? null,
    place?.geo_precision ?? null,
    outlets.join("; "),
    null,
    notes(event),
    event.fatalities ?? 0,
    tags(event),
    timestamp(event.updated_at),
    event.id,
    event.corroboration,
    event.sources,
    event.contradictions.length,
    event.mentions.map((m) => m.doc).join("; "),
    event.mentions.map((m) => `${m.doc}@${m.trigger.start}-${m.trigger.end}`).join("; "),
  ];
}
