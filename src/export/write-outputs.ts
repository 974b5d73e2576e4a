import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { assessEvent } from "../link/assess.js";
import type { Linker } from "../link/linker.js";
import { acledRow, CSV_COLUMNS } from "./acled-csv.js";
import { csvRecord } from "./csv.js";
import { type EventRecord, eventRecord } from "./event-record.js";
import { eventFeature } from "./geojson.js";
import { storyRecord } from "./story-record.js";
import { openTextWriter } from "./text-writer.js";

/** The four files of `marsad run`, written from the linker's whole state (every stored story and event). */

export const OUTPUT_FILES = {
  events: "events.jsonl",
  stories: "stories.jsonl",
  csv: "events.csv",
  geojson: "events.geojson",
} as const;

export interface OutputSummary {
  /** Canonical events that are not aggregates (the ones event counts and exports include). */
  readonly events: number;
  readonly aggregates: number;
  readonly stories: number;
  /** Events with at least one contradiction, and contradictions in all. */
  readonly contestedEvents: number;
  readonly contradictions: number;
  readonly byCorroboration: Readonly<Record<string, number>>;
  readonly located: number;
}

/** Every canonical event as its record, in time order (undated last), then by creation. */
export function eventRecords(linker: Linker): EventRecord[] {
  const records = [...linker.events.events.values()].map((event) => {
    const story = linker.docs.get(event.mentions[0]?.doc ?? "")?.story ?? null;
    return {
      seq: event.seq,
      record: eventRecord(assessEvent(event), story, linker.updatedAt.get(event.id) ?? null),
    };
  });
  records.sort((a, b) => {
    const x = a.record.date ?? "\uffff";
    const y = b.record.date ?? "\uffff";
    return x < y ? -1 : x > y ? 1 : a.seq - b.seq;
  });
  return records.map((r) => r.record);
}

async function writeLines(path: string, values: Iterable<unknown>): Promise<void> {
  const out = openTextWriter(path);
  for (const value of values) await out.write(`${JSON.stringify(value)}\n`);
  await out.close();
}

async function writeCsv(path: string, events: readonly EventRecord[]): Promise<void> {
  const out = openTextWriter(path);
  await out.write(csvRecord(CSV_COLUMNS));
  for (const event of events) if (!event.aggregate) await out.write(csvRecord(acledRow(event)));
  await out.close();
}

async function writeGeojson(path: string, events: readonly EventRecord[]): Promise<number> {
  const out = openTextWriter(path);
  await out.write('{"type":"FeatureCollection","features":[\n');
  let n = 0;
  for (const event of events) {
    const feature = eventFeature(event);
    if (!feature) continue;
    await out.write(`${n > 0 ? ",\n" : ""}${JSON.stringify(feature)}`);
    n++;
  }
  await out.write("\n]}\n");
  await out.close();
  return n;
}

export function* storyRecords(linker: Linker, events: readonly EventRecord[]) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const stories = [...linker.stories.stories.values()].sort((a, b) => a.seq - b.seq);
  for (const story of stories) {
    const docs = [...story.docs].flatMap((id) => linker.docs.get(id) ?? []);
    const storyEvents = [...(linker.storyEvents.get(story.id) ?? [])].flatMap((id) => byId.get(id) ?? []);
    yield storyRecord(story, docs, storyEvents);
  }
}

export async function writeOutputs(dir: string, linker: Linker): Promise<OutputSummary> {
  mkdirSync(dir, { recursive: true });
  const events = eventRecords(linker);
  await writeLines(join(dir, OUTPUT_FILES.events), events);
  await writeLines(join(dir, OUTPUT_FILES.stories), storyRecords(linker, events));
  await writeCsv(join(dir, OUTPUT_FILES.csv), events);
  const located = await writeGeojson(join(dir, OUTPUT_FILES.geojson), events);
  const counted = events.filter((e) => !e.aggregate);
  const byCorroboration: Record<string, number> = {};
  for (const e of counted) byCorroboration[e.corroboration] = (byCorroboration[e.corroboration] ?? 0) + 1;
  return {
    events: counted.length,
    aggregates: events.length - counted.length,
    stories: linker.stories.stories.size,
    contestedEvents: counted.filter((e) => e.contradictions.length > 0).length,
    contradictions: counted.reduce((n, e) => n + e.contradictions.length, 0),
    byCorroboration,
    located,
  };
}
