import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonLines, runCli } from "./support/run-cli.js";

describe("marsad ingest, search and stats on one store", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
  const db = join(dir, "store.db");
  let first: ReturnType<typeof runCli>;

  beforeAll(() => {
    first = runCli(["ingest", "data/samples/articles.jsonl", "--db", db]);
  });

  it("stores every sample and marks the re-posted wire story as a near duplicate", () => {
    expect(first.status).toBe(0);
    expect(first.stderr).toContain("16 new");
    expect(first.stderr).toMatch(/1 near duplicate/);
  });

  it("changes nothing when the same files are ingested again", () => {
    const again = runCli(["ingest", "data/samples/articles.jsonl", "--db", db]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain("0 new, 0 new versions, 16 unchanged");
  });

  it("adds a version when an id comes back with a new text, and keeps bad records out", () => {
    const file = join(dir, "update.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "sample-108", text: "خرج عشرات المحتجين في مدينة شهبا بريف السويداء." }),
        JSON.stringify({ id: "broken", text: 42 }),
      ].join("\n"),
    );
    const result = runCli(["ingest", file, "--db", db]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/update\.jsonl:2 \(field "text"\)/);
    expect(result.stderr).toContain("1 new versions");
    const stats = JSON.parse(runCli(["stats", "--db", db, "--json"]).stdout) as Record<string, number>;
    expect(stats.articles).toBe(16);
    expect(stats.versions).toBe(17);
  });

  it("finds articles whatever the spelling of hamza and ta marbuta", () => {
    const result = runCli(["search", "الحجر", "الاسود", "--db", db, "--json"]);
    expect(result.status).toBe(0);
    const ids = jsonLines(result.stdout).map((hit) => hit.id);
    expect(ids).toEqual(expect.arrayContaining(["seed-000", "seed-004"]));
    expect(ids).not.toContain("sample-109");
  });

  it("survives a query made of search syntax and SQL", () => {
    const result = runCli(["search", `"' OR 1=1; DROP TABLE articles; --`, "NEAR(", "*", "--db", db]);
    expect(result.status).toBe(0);
    expect(runCli(["stats", "--db", db, "--json"]).status).toBe(0);
  });
});
