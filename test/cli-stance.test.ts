import { describe, expect, it } from "vitest";
import { jsonLines, runCli } from "./support/run-cli.js";
import { AGREEING, CLAIM, DENYING, UNRELATED } from "./support/stance-fixture.js";

const pairs = [
  { id: "agree-1", claim: CLAIM, article: AGREEING },
  { id: 7, claim: CLAIM, article: DENYING },
  { id: "off-topic", claim: CLAIM, article: UNRELATED },
];

describe("marsad stance", () => {
  const result = runCli(["stance"], { input: pairs.map((p) => JSON.stringify(p)).join("\n") });
  const out = jsonLines(result.stdout);

  it("answers every pair in order with the spec's fields", () => {
    expect(result.status, result.stderr).toBe(0);
    expect(out.map((r) => r.id)).toEqual(["agree-1", "7", "off-topic"]);
    for (const r of out) {
      expect(Object.keys(r)).toEqual(["id", "stance", "confidence", "rationale"]);
      expect(["agree", "disagree", "discuss", "unrelated"]).toContain(r.stance);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("finds the article about something else unrelated, with no rationale", () => {
    expect(out[2]).toMatchObject({ stance: "unrelated", rationale: [] });
  });

  it("tells the report of the strike from its denial, pointing at lines that restate it", () => {
    expect(out[0]!.stance).toBe("agree");
    expect(out[1]!.stance).toBe("disagree");
    expect(out[0]!.rationale).toContain(1);
    const denyLines = DENYING.split("\n").length;
    for (const line of out[1]!.rationale as number[]) expect(line).toBeLessThan(denyLines);
    expect((out[1]!.rationale as number[]).length).toBeGreaterThan(0);
  });

  it("skips a bad line, names its line and field, and goes on", () => {
    const input = [
      JSON.stringify({ id: "a", claim: CLAIM }),
      "{not json",
      JSON.stringify({ id: "b", claim: CLAIM, article: UNRELATED }),
    ].join("\n");
    const bad = runCli(["stance"], { input });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('stdin:1 (field "article")');
    expect(bad.stderr).toContain("stdin:2");
    expect(jsonLines(bad.stdout).map((r) => r.id)).toEqual(["b"]);
  });

  it("documents its input and output with examples", () => {
    const help = runCli(["stance", "--help"]);
    expect(help.stdout).toContain('{"id","stance","confidence","rationale"}');
    expect(help.stdout).toContain("Examples:");
  });
});
