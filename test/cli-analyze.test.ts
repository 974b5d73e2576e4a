import { describe, expect, it } from "vitest";
import { jsonLines, runCli } from "./support/run-cli.js";

describe("marsad analyze", () => {
  it("analyses the bundled samples, one JSON line per article, spans that slice the text", () => {
    const result = runCli(["analyze", "data/samples/articles.jsonl"]);
    expect(result.status).toBe(0);
    const analyses = jsonLines(result.stdout);
    expect(analyses.map((a) => a.id)).toContain("seed-000");
    expect(analyses).toHaveLength(16);
    for (const analysis of analyses) {
      for (const key of [
        "sentences",
        "entities",
        "places",
        "actors",
        "dates",
        "numbers",
        "claims",
        "events",
      ]) {
        expect(Array.isArray(analysis[key]), `${analysis.id}.${key}`).toBe(true);
      }
    }
    expect(result.stderr).toContain("analysed 16 articles");
  });

  it("skips a bad record with a message naming line and field, and still writes the good ones", () => {
    const input = [
      JSON.stringify({ id: "a1", text: "قصفت قوات النظام بلدة كفرنبل اليوم." }),
      JSON.stringify({ id: "a2" }),
      "{not json",
      JSON.stringify({ id: "a3", text: "تظاهر العشرات في مدينة السويداء.", published_at: "2020-06-11" }),
    ].join("\n");
    const result = runCli(["analyze", "--quiet"], { input });
    expect(result.status).toBe(1);
    expect(jsonLines(result.stdout).map((a) => a.id)).toEqual(["a1", "a3"]);
    expect(result.stderr).toMatch(/<stdin>:2 \(field "text"\)/);
    expect(result.stderr).toMatch(/<stdin>:3: invalid JSON/);
  });

  it("treats a bad option value as a usage error", () => {
    const result = runCli(["analyze", "--published-at", "yesterday", "data/samples/articles.jsonl"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("published_at");
    expect(result.stdout).toBe("");
  });
});

describe("marsad --help", () => {
  it("teaches every command with an example", () => {
    const result = runCli(["--help"]);
    expect(result.status).toBe(0);
    for (const command of ["ingest", "analyze", "search", "stats", "ner"])
      expect(result.stdout).toContain(command);
    expect(result.stdout).toContain("Examples:");
  });

  it("exits 2 on an unknown option", () => {
    const result = runCli(["analyze", "--no-such-option"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--no-such-option");
  });
});

describe("marsad output into a pipe that closes early", () => {
  it("ends quietly instead of crashing on EPIPE", async () => {
    const { spawn } = await import("node:child_process");
    const { join } = await import("node:path");
    const { packageRoot } = await import("../src/core/paths.js");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(packageRoot, "src/cli/main.ts"),
        "analyze",
        "--quiet",
        "data/samples/articles.jsonl",
      ],
      { cwd: packageRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toContain("EPIPE");
    expect(code).toBe(0);
  });
});
