import { describe, expect, it } from "vitest";
import { assessEvent } from "../link/assess.js";
import { Linker } from "../link/linker.js";
import { type EventSpec, makeDoc } from "../link/test-helpers.js";
import { ACLED_COLUMNS, acledRow, CSV_COLUMNS, interaction } from "./acled-csv.js";
import { csvRecord } from "./csv.js";
import { eventRecord } from "./event-record.js";
import { eventFeature } from "./geojson.js";

const STRIKE: EventSpec = {
  trigger: "غارة",
  place: "تل الورد",
  actor1: "الطيران الحكومي",
  actor2: "المدنيين",
  fatalities: "4 مدنيين",
};

function recordOf(outlet: string, text: string) {
  const linker = new Linker({ clock: () => new Date("2024-05-01T12:00:00Z") });
  linker.link(
    makeDoc({
      id: "d1",
      outlet,
      text,
      events: [STRIKE],
    }),
  );
  const event = [...linker.events.events.values()][0]!;
  return eventRecord(assessEvent(event), "st1", linker.updatedAt.get(event.id) ?? null);
}

const column = (row: unknown[], name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];

describe("ACLED rows", () => {
  it("has ACLED's 31 columns in order, then provenance", () => {
    expect(ACLED_COLUMNS).toHaveLength(31);
    expect(CSV_COLUMNS.slice(0, 5)).toEqual([
      "event_id_cnty",
      "event_date",
      "year",
      "time_precision",
      "disorder_type",
    ]);
    expect(CSV_COLUMNS.slice(28, 31)).toEqual(["fatalities", "tags", "timestamp"]);
    expect(CSV_COLUMNS.at(31)).toBe("marsad_event_id");
  });

  it("codes an air strike on civilians", () => {
    const row = acledRow(
      recordOf("مرصد الوادي", "قتل 4 مدنيين في غارة نفذها الطيران الحكومي على تل الورد وقتلت المدنيين."),
    );
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(column(row, "event_id_cnty")).toBe("XXX1");
    expect(column(row, "event_date")).toBe("2022-03-10");
    expect(column(row, "year")).toBe(2022);
    expect(column(row, "disorder_type")).toBe("Political violence");
    expect(column(row, "interaction")).toBe(17);
    expect(column(row, "civilian_targeting")).toBe("Civilian targeting");
    expect(column(row, "location")).toBe("Tell al-Ward");
    expect([column(row, "latitude"), column(row, "longitude")]).toEqual([35.6, 36.7]);
    expect(column(row, "fatalities")).toBe(4);
    expect(column(row, "source")).toBe("مرصد الوادي");
    expect(column(row, "timestamp")).toBe(1714564800);
    expect(column(row, "source_spans")).toMatch(/^d1@\d+-\d+$/);
  });

  it("defuses an outlet name that a spreadsheet would run as a formula", () => {
    const line = csvRecord(
      acledRow(
        recordOf(
          '=HYPERLINK("http://x")',
          "غارة نفذها الطيران الحكومي على تل الورد وقتلت 4 مدنيين من المدنيين.",
        ),
      ),
    );
    expect(line).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it("writes interaction codes lower type first", () => {
    expect(interaction(7, 1)).toBe(17);
    expect(interaction(2, null)).toBe(20);
    expect(interaction(null, 3)).toBeNull();
  });
});

describe("GeoJSON features", () => {
  it("places a located event at longitude, latitude and leaves unlocated ones out", () => {
    const record = recordOf(
      "مرصد الوادي",
      "قتل 4 مدنيين في غارة نفذها الطيران الحكومي على تل الورد وقتلت المدنيين.",
    );
    expect(eventFeature(record)).toMatchObject({
      type: "Feature",
      id: record.id,
      geometry: { type: "Point", coordinates: [36.7, 35.6] },
      properties: { id: record.id, corroboration: "single-source" },
    });
    expect(eventFeature({ ...record, place: null })).toBeNull();
    expect(eventFeature({ ...record, aggregate: true })).toBeNull();
  });
});
