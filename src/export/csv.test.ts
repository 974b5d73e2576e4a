import { describe, expect, it } from "vitest";
import { parseCsv } from "../../test/support/parse-csv.js";
import { csvField, csvRecord, defuse } from "./csv.js";

describe("csv", () => {
  it("quotes commas, quotes and line breaks and round-trips them", () => {
    const cells = ['قال "المصدر"، كذا', "a,b", "سطر\nثان", "عادي", 12, null];
    const line = csvRecord(cells);
    expect(line.endsWith("\r\n")).toBe(true);
    expect(parseCsv(line)).toEqual([['قال "المصدر"، كذا', "a,b", "سطر\nثان", "عادي", "12", ""]]);
  });

  it("defuses cells a spreadsheet would run as formulas, but not numbers", () => {
    expect(defuse('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    for (const start of ["+", "-", "@", "\t"]) expect(defuse(`${start}1`)).toBe(`'${start}1`);
    expect(csvField(-3)).toBe("-3");
    expect(csvField("غارة")).toBe("غارة");
    expect(csvField("=1+1,2")).toBe('"\'=1+1,2"');
  });
});
