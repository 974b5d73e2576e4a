import { describe, expect, it } from "vitest";
import { isValidPublishedAt, lenientPublishedAt, publishedAtProblem } from "./published-at.js";

describe("published_at", () => {
  it.each([
    "2018-05-20",
    "2020-02-29",
    "2018-05-20T10:00",
    "2018-05-20T10:00:59Z",
    "2018-05-20T10:00:00.123+03:00",
    "2018-05-20 23:59:60-0500",
  ])("accepts %s", (value) => {
    expect(isValidPublishedAt(value)).toBe(true);
  });

  it.each([
    "2018-13-45",
    "2019-02-29",
    "2018-04-31",
    "yesterday",
    "أمس",
    "20-05-2018",
    "2018-5-20",
    "2018-05-20T24:00",
    "2018-05-20T10:60",
    "",
  ])("refuses %s", (value) => {
    expect(isValidPublishedAt(value)).toBe(false);
  });

  it("explains a refusal", () => {
    expect(publishedAtProblem("yesterday")).toBe(
      '"yesterday" is not a valid date (expected YYYY-MM-DD or an ISO timestamp)',
    );
    expect(publishedAtProblem("2018-05-20")).toBeNull();
  });

  it("salvages the day of an odd page timestamp and drops nonsense", () => {
    expect(lenientPublishedAt(" 2018-05-20 10:00 AST ")).toBe("2018-05-20");
    expect(lenientPublishedAt("2018-05-20T10:00:00+03:00")).toBe("2018-05-20T10:00:00+03:00");
    expect(lenientPublishedAt("منذ ساعتين")).toBeNull();
    expect(lenientPublishedAt(null)).toBeNull();
  });
});
