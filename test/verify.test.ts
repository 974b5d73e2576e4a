import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, listen, type RunningServer } from "../src/api/index.js";
import { stanceVerifier, type VerifyResult } from "../src/api/verify.js";
import { openStore } from "../src/store/open-store.js";
import { runCli } from "./support/run-cli.js";
import { AGREEING, CLAIM, DENYING, UNRELATED } from "./support/stance-fixture.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-verify-"));
const db = join(dir, "store.db");

beforeAll(() => {
  const articles = [
    { id: "report", text: AGREEING, source: "شبكة محلية", published_at: "2019-05-08" },
    { id: "denial", text: DENYING, source: "مديرية الصحة", published_at: "2019-05-09" },
    { id: "books", text: UNRELATED, source: "وكالة", published_at: "2019-05-08" },
  ];
  const file = join(dir, "articles.jsonl");
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n"));
  const ingest = runCli(["ingest", file, "--db", db]);
  if (ingest.status !== 0) throw new Error(ingest.stderr);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function checkResult(result: VerifyResult): void {
  expect(result.claim).toBe(CLAIM);
  expect(result.method).toBe("stance-unifiedfc");
  const docs = result.evidence.map((e) => e.doc);
  expect(docs).toEqual(expect.arrayContaining(["report", "denial"]));
  expect(docs).not.toContain("books");
  for (const e of result.evidence) {
    expect(["agree", "disagree", "discuss"]).toContain(e.stance);
    expect(e.rationale.length).toBeGreaterThan(0);
  }
  expect(["supported", "refuted", "disputed", "unverified"]).toContain(result.verdict);
}

describe("marsad verify", () => {
  it("judges the stored articles that bear on the claim (--json)", () => {
    const result = runCli(["verify", "--json", CLAIM, "--db", db]);
    expect(result.status, result.stderr).toBe(0);
    checkResult(JSON.parse(result.stdout) as VerifyResult);
  });

  it("prints the verdict and the sources on each side", () => {
    const result = runCli(["verify", CLAIM, "--db", db]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^claim: .*\nverdict: (supported|refuted|disputed|unverified)/);
    expect(result.stdout).toContain("report");
    expect(result.stdout).toContain("denial");
    expect(result.stdout).not.toContain("books");
  });

  it("says so when nothing stored bears on the claim", () => {
    const result = runCli(["verify", "انهيار جسر حديدي فوق نهر الفرات في مدينة الرقة", "--db", db]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("verdict: unverified");
  });
});

describe("POST /api/verify with the stance verifier", () => {
  it("returns each source's stance and rationale", async () => {
    const store = await openStore(db);
    let server: RunningServer | undefined;
    try {
      server = await listen(createApp({ store, host: "127.0.0.1", verify: stanceVerifier, log: () => {} }), {
        port: 0,
        host: "127.0.0.1",
      });
      const response = await fetch(`${server.url}/api/verify`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ claim: CLAIM }),
      });
      expect(response.status).toBe(200);
      checkResult((await response.json()) as VerifyResult);
    } finally {
      await server?.close();
      await store.close();
    }
  });
});
