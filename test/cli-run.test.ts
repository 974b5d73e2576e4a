import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../src/export/acled-csv.js";
import type { EventRecord } from "../src/export/event-record.js";
import type { StoryRecord } from "../src/export/story-record.js";
import { parseCsv } from "./support/parse-csv.js";
import { jsonLines, runCli } from "./support/run-cli.js";

/**
 * `marsad run` on the bundled samples, end to end: the real analysis pipeline, linking and exports. The
 * assertions are about linking (what merges, what stays apart, what is counted and contradicted), which
 * the samples were written to show.
 */
describe("marsad run on the sample articles", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-run-"));
  const db = join(dir, "store.db");
  const out = join(dir, "out");
  let first: ReturnType<typeof runCli>;
  let events: EventRecord[];

  beforeAll(() => {
    first = runCli(["run", "data/samples/articles.jsonl", "--out", out, "--db", db]);
    events = jsonLines(readFileSync(join(out, "events.jsonl"), "utf8")) as unknown as EventRecord[];
  }, 120_000);

  const eventsOf = (doc: string) => events.filter((e) => e.mentions.some((m) => m.doc === doc));

  it("writes the four files and a summary", () => {
    expect(first.status).toBe(0);
    for (const file of ["events.jsonl", "stories.jsonl", "events.csv", "events.geojson"])
      expect(existsSync(join(out, file))).toBe(true);
    expect(first.stderr).toMatch(/documents: +16 documents read \(16 new/);
    expect(first.stderr).toMatch(/events: +\d+ \(\d+ confirmed/);
    expect(first.stderr).toMatch(/stories: +\d+/);
    expect(first.stderr).toMatch(/contradictions: +\d+ in \d+ events/);
    expect(first.stderr).toMatch(/time: +[\d.]+ s/);
    expect(first.stdout).toBe("");
  });

  it("merges the Maarat al-Numan strike across outlets, counts the re-post once, and shows the denial and the tolls", () => {
    const strike = events.find(
      (e) =>
        e.sub_event_type === "Air/drone strike" &&
        !e.aggregate &&
        e.mentions.some((m) => m.doc === "sample-101"),
    );
    expect(strike).toBeDefined();
    const docs = new Set(strike!.mentions.map((m) => m.doc));
    expect(docs).toEqual(new Set(["sample-101", "sample-102", "sample-103", "sample-104"]));
    // 102 and its near-duplicate re-post 104 are one source: monitor, network, official agency.
    expect(strike!.sources).toBe(3);
    expect(strike!.corroboration).toBe("denied");
    const tolls = strike!.contradictions.find((c) => c.field === "fatalities");
    expect(tolls?.values.map((v) => v.value).sort()).toEqual([7, 9, 9]);
    const text = (id: string) =>
      jsonLines(readFileSync("data/samples/articles.jsonl", "utf8")).find((a) => a.id === id)!.text as string;
    for (const value of [
      ...tolls!.values,
      ...strike!.contradictions.find((c) => c.field === "status")!.values,
    ]) {
      expect(text(value.doc).slice(value.start!, value.end!)).toBe(value.text);
    }
  });

  it("keeps the two reference reports' evacuations apart, with no contradiction between them", () => {
    const seed0 = eventsOf("seed-000");
    const seed4 = eventsOf("seed-004");
    expect(seed0.length).toBeGreaterThan(0);
    expect(seed4.length).toBeGreaterThan(0);
    expect(seed0.filter((e) => seed4.includes(e))).toEqual([]);
    expect([...seed0, ...seed4].flatMap((e) => e.contradictions)).toEqual([]);
  });

  it("records Saturday against Sunday for the Shuhayl raid, a destination and a place contradiction", () => {
    const fields = (doc: string) => eventsOf(doc).flatMap((e) => e.contradictions.map((c) => c.field));
    expect(fields("sample-107")).toContain("date");
    expect(fields("sample-111")).toContain("destination");
    expect(fields("sample-113")).toContain("place");
    const protest = eventsOf("sample-114").find((e) => e.event_type === "Protests");
    expect(protest).toMatchObject({ corroboration: "confirmed", sources: 2 });
  });

  it("writes stories with their events in time order", () => {
    const stories = jsonLines(readFileSync(join(out, "stories.jsonl"), "utf8")) as unknown as StoryRecord[];
    const maarat = stories.find((s) => s.documents.some((d) => d.doc === "sample-101"))!;
    expect(maarat.documents.map((d) => d.doc)).toEqual(expect.arrayContaining(["sample-102", "sample-104"]));
    for (const story of stories) {
      const dates = story.events.map((e) => e.date).filter((d): d is string => d !== null);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it("writes ACLED columns in order, then provenance, without aggregate events", () => {
    const rows = parseCsv(readFileSync(join(out, "events.csv"), "utf8"));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]!.slice(0, 3)).toEqual(["event_id_cnty", "event_date", "year"]);
    expect(rows[0]!.at(-6)).toBe("marsad_event_id");
    const counted = events.filter((e) => !e.aggregate);
    expect(rows.length - 1).toBe(counted.length);
    for (const row of rows.slice(1)) expect(row).toHaveLength(CSV_COLUMNS.length);
    const byId = new Map(rows.slice(1).map((r) => [r[CSV_COLUMNS.indexOf("marsad_event_id")], r]));
    const located = counted.find((e) => e.place?.country === "Syria")!;
    expect(byId.get(located.id)?.slice(15, 18)).toEqual(["760", "Middle East", "Syria"]);
  });

  it("writes one GeoJSON point per located event, longitude first", () => {
    const geojson = JSON.parse(readFileSync(join(out, "events.geojson"), "utf8")) as {
      type: string;
      features: { geometry: { coordinates: [number, number] }; properties: EventRecord }[];
    };
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features.length).toBeGreaterThan(0);
    for (const f of geojson.features) {
      expect(f.geometry.coordinates).toEqual([f.properties.place!.lon, f.properties.place!.lat]);
      expect(f.properties.aggregate).toBeUndefined();
    }
  });

  it("adds to the store on a second run without relinking, and links only the new article", () => {
    const extra = join(dir, "extra.jsonl");
    writeFileSync(
      extra,
      `${JSON.stringify({
        id: "extra-1",
        source: "إذاعة الوادي",
        published_at: "2020-11-09",
        text: "داهمت قوات سوريا الديمقراطية (قسد) بلدة الشحيل بريف دير الزور الشرقي يوم السبت واعتقلت 11 شخصاً.",
      })}\n`,
    );
    const again = runCli(["run", "data/samples/articles.jsonl", extra, "--out", out, "--db", db]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/1 new, 0 new versions, 16 unchanged/);
    expect(again.stderr).toMatch(/1 analysed, 0 failed; 1 linked/);
    const after = jsonLines(readFileSync(join(out, "events.jsonl"), "utf8")) as unknown as EventRecord[];
    const before = new Map(events.map((e) => [e.id, e.mentions.map((m) => m.doc)]));
    for (const event of after) {
      const old = before.get(event.id);
      if (old) expect(event.mentions.map((m) => m.doc).filter((d) => d !== "extra-1")).toEqual(old);
    }
  });
});
