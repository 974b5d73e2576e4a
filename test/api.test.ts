import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, listen, type RunningServer } from "../src/api/index.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { MARKUP, SQL, seedStore } from "./support/api-fixture.js";

const TOKEN = "test-token-1234";
let dir: string;
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "marsad-api-"));
  store = await openStore(join(dir, "marsad.db"));
  await seedStore(store);
  server = await listen(createApp({ store, token: TOKEN, host: "127.0.0.1", log: () => {} }), {
    port: 0,
    host: "127.0.0.1",
  });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: the tests read JSON bodies of many shapes and assert on them
type Json = any;

async function get(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  const response = await fetch(`${server.url}${path}`, init);
  const type = response.headers.get("content-type") ?? "";
  const body = type.includes("json") ? await response.json() : await response.text();
  return { status: response.status, headers: response.headers, body };
}

type EventItem = {
  id: string;
  place: { name_en: string } | null;
  sub_event_type: string;
  corroboration: string;
};

async function places(query: string): Promise<string[]> {
  const { status, body } = await get(`/api/events?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return (body.items as EventItem[]).map((e) => e.place?.name_en ?? "?");
}

describe("GET /api/events", () => {
  it("lists the linked events latest first, with security headers", async () => {
    const { status, headers, body } = await get("/api/events");
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    expect((body.items as EventItem[]).map((e) => e.place?.name_en)).toEqual([
      "Al Bab",
      "Izra'",
      "As-Sweida",
      "Al Mayadin",
      "Kafr Nobol",
    ]);
    expect(headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(headers.get("content-security-policy")).not.toContain("unsafe-inline");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("filters by governorate or district, as a P-code or an Arabic or English name", async () => {
    expect(await places("place=SY07")).toEqual(["Kafr Nobol"]);
    expect(await places(`place=${encodeURIComponent("إدلب")}`)).toEqual(["Kafr Nobol"]);
    expect(await places("place=idleb")).toEqual(["Kafr Nobol"]);
    expect(await places("place=SY0903")).toEqual(["Al Mayadin"]);
    expect(await places(`place=${encodeURIComponent("درعا")}`)).toEqual(["Izra'"]);
  });

  it("filters by dates, type, sub-type, actor, corroboration and source", async () => {
    expect(await places("from=2023-04-13&to=2023-04-14")).toEqual(["As-Sweida", "Al Mayadin"]);
    expect(await places("type=Protests")).toEqual(["As-Sweida"]);
    expect(await places(`sub_type=${encodeURIComponent("Armed clash")}`)).toEqual(["Izra'"]);
    expect(await places(`actor=${encodeURIComponent("قوات النظام")}`)).toEqual(["Kafr Nobol"]);
    expect(await places("actor=russia")).toEqual(["Al Mayadin"]);
    expect(await places("corroboration=contested")).toEqual(["Kafr Nobol"]);
    expect(await places("corroboration=confirmed")).toEqual(["Al Mayadin"]);
    expect(await places(`source=${encodeURIComponent("مرصد الشمال")}`)).toEqual(["Kafr Nobol"]);
    expect(await places("type=Battles&place=SY07")).toEqual([]);
  });

  it("pages with limit and offset, keeping the total", async () => {
    const all = await places("limit=100");
    const pages: string[] = [];
    for (const offset of [0, 2, 4]) {
      const { body } = await get(`/api/events?limit=2&offset=${offset}`);
      expect(body).toMatchObject({ total: 5, limit: 2, offset });
      pages.push(...(body.items as EventItem[]).map((e) => e.place?.name_en ?? "?"));
    }
    expect(pages).toEqual(all);
    expect((await get("/api/events?offset=5")).body.items).toEqual([]);
  });

  it.each([
    ["from=2023-02-30", "from"],
    ["to=yesterday", "to"],
    ["from=2023-05-01&to=2023-04-01", "to"],
    ["limit=0", "limit"],
    ["limit=abc", "limit"],
    ["limit=100000", "limit"],
    ["offset=-1", "offset"],
    ["type=Bombing", "type"],
    [`type=Protests&sub_type=${encodeURIComponent("Armed clash")}`, "sub_type"],
    ["corroboration=likely", "corroboration"],
    ["colour=red", "colour"],
    ["type=Riots&type=Protests", "type"],
  ])("answers 400 naming the parameter for %s", async (query, name) => {
    const { status, body } = await get(`/api/events?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe("bad_parameter");
    expect(body.error.message).toContain(`"${name}"`);
  });
});

describe("event, story, document and search endpoints", () => {
  it("gives every mention's sentence, spans and certainty, and the contradiction with its sources", async () => {
    const { body: list } = await get("/api/events?corroboration=contested");
    const { status, body } = await get(`/api/events/${list.items[0].id}`);
    expect(status).toBe(200);
    expect(body.mentions.map((m: { doc: string }) => m.doc)).toEqual(["t-001", "t-002"]);
    for (const mention of body.mentions) {
      const { body: doc } = await get(`/api/documents/${mention.doc}`);
      expect(doc.text.slice(mention.sentence.start, mention.sentence.end)).toBe(mention.sentence.text);
      for (const span of mention.spans) expect(doc.text.slice(span.start, span.end)).toBe(span.text);
      expect(mention.spans.map((s: { kind: string }) => s.kind)).toEqual(
        expect.arrayContaining(["trigger", "actor", "place", "number"]),
      );
    }
    expect(body.mentions[1]).toMatchObject({ certainty: "reported", source: "مرصد الشمال لحقوق الإنسان" });
    expect(body.mentions[1].attributions[0]).toMatchObject({ certainty: "reported", cue: { text: "أفاد" } });
    expect(body.contradictions).toEqual([
      expect.objectContaining({
        field: "fatalities",
        values: [
          expect.objectContaining({ value: 4, doc: "t-001", text: "مقتل 4 مدنيين" }),
          expect.objectContaining({ value: 7, doc: "t-002", text: "مقتل 7 مدنيين" }),
        ],
      }),
    ]);
  });

  it("answers 404 with a JSON error for unknown ids and routes", async () => {
    for (const path of ["/api/events/ev999", "/api/stories/st999", "/api/documents/nope", "/api/nothing"]) {
      const { status, body } = await get(path);
      expect(status).toBe(404);
      expect(body.error).toMatchObject({ code: "not_found" });
    }
  });

  it("lists stories and gives one with its documents and events in time order", async () => {
    const { body } = await get("/api/stories");
    expect(body.total).toBeGreaterThanOrEqual(5);
    const mayadin = body.items.find((s: { documents: { id: string }[] }) =>
      s.documents.some((d) => d.id === "t-003"),
    );
    const { status, body: story } = await get(`/api/stories/${mayadin.id}`);
    expect(status).toBe(200);
    expect(story.event_details.map((e: EventItem) => e.place?.name_en)).toContain("Al Mayadin");
  });

  it("searches the text, and requires the query", async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent("كفرنبل")}`);
    expect(body.items.map((h: { id: string }) => h.id).sort()).toEqual(["t-001", "t-002"]);
    expect((await get("/api/search")).status).toBe(400);
  });

  it("checks a claim: returns the articles that bear on it", async () => {
    const claim = "قتل سبعة مدنيين في قصف على كفرنبل";
    const { status, body } = await get("/api/verify", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ claim }),
    });
    expect(status).toBe(200);
    expect(body.claim).toBe(claim);
    expect(body.evidence.map((e: { doc: string }) => e.doc)).toEqual(
      expect.arrayContaining(["t-001", "t-002"]),
    );
    const bad = await get("/api/verify", { method: "POST", body: JSON.stringify({ claim: 42 }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('"claim"');
  });

  it("describes itself in OpenAPI 3.1 and reports stats", async () => {
    const { body } = await get("/api/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        "/api/events",
        "/api/events/{id}",
        "/api/stories",
        "/api/verify",
        "/api/articles",
      ]),
    );
    const stats = await get("/api/stats");
    expect(stats.body).toMatchObject({
      articles: 7,
      events: 5,
      events_by_corroboration: { contested: 1, confirmed: 1 },
    });
  });
});

describe("writes and access", () => {
  const article = (id: string, text: string) =>
    JSON.stringify({ id, text, source: "اختبار", published_at: "2023-04-20" });

  it("refuses ingestion without the right token", async () => {
    const body = article("t-100", "نص تجريبي عن قصف على بلدة كفرنبل.");
    expect((await get("/api/articles", { method: "POST", body })).status).toBe(401);
    const wrong = await get("/api/articles", {
      method: "POST",
      body,
      headers: { authorization: "Bearer nope" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("unauthorized");
  });

  it("refuses every write when no token is configured, and reads off loopback", async () => {
    const open = createApp({ store, host: "127.0.0.1", log: () => {} });
    const noToken = await listen(open, { port: 0, host: "127.0.0.1" });
    try {
      const response = await fetch(`${noToken.url}/api/articles`, {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}` },
        body: article("t-101", "نص."),
      });
      expect(response.status).toBe(403);
      expect((await fetch(`${noToken.url}/api/events`)).status).toBe(200);
    } finally {
      await noToken.close();
    }
    // Bound to every interface: reads need the token, and without one are refused.
    const exposed = createApp({ store, host: "0.0.0.0", log: () => {} });
    expect((await exposed.request("/api/events")).status).toBe(403);
    const guarded = createApp({ store, host: "0.0.0.0", token: TOKEN, log: () => {} });
    expect((await guarded.request("/api/events")).status).toBe(401);
    const auth = { headers: { authorization: `Bearer ${TOKEN}` } };
    expect((await guarded.request("/api/events", auth)).status).toBe(200);
  });

  it("stores markup and SQL as inert text, reports bad records, and leaves the database intact", async () => {
    const id = `x-${SQL}`;
    const text = `قال شهود إن ${MARKUP} كتبت على جدار في الميادين ${SQL} يوم الأربعاء.`;
    const lines = [article(id, text), JSON.stringify({ id: "t-102" })].join("\n");
    const { status, body } = await get("/api/articles", {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/x-ndjson" },
      body: lines,
    });
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body.stored).toEqual([expect.objectContaining({ id, status: "inserted", version: 1 })]);
    expect(body.errors).toEqual([expect.objectContaining({ record: 2, field: "text" })]);
    expect(body.analysed).toBe(1);
    expect(body.linked).toBe(1);

    const doc = await get(`/api/documents/${encodeURIComponent(id)}`);
    expect(doc.headers.get("content-type")).toContain("application/json");
    expect(doc.body.text).toBe(text);
    expect(doc.body.analysis.sentences.length).toBeGreaterThan(0);
    const hits = await get(`/api/search?q=${encodeURIComponent("DROP TABLE articles")}`);
    expect(hits.body.items.map((h: { id: string }) => h.id).sort()).toEqual([id, "t-006"].sort());
    expect(await store.countArticles()).toBe(8);
    expect((await store.getArticle("t-001"))?.text).toContain("كفرنبل");
  });
});

describe("web files", () => {
  it("serves vendor files and never a path outside its folders", async () => {
    const leaflet = await get("/vendor/leaflet/leaflet.js");
    expect(leaflet.status).toBe(200);
    expect(leaflet.headers.get("content-type")).toContain("text/javascript");
    const admin1 = await get("/data/boundaries/syr-admin1.geojson");
    const admin2 = await get("/data/boundaries/syr-admin2.geojson");
    expect([admin1.status, admin2.status]).toEqual([200, 200]);
    expect(admin1.body.features).toHaveLength(14);
    expect(admin2.body.features).toHaveLength(61);
    // Simplified to stay small: the map ships with the package.
    expect(JSON.stringify(admin1.body).length + JSON.stringify(admin2.body).length).toBeLessThan(1_000_000);
    for (const path of ["/vendor/leaflet/..%2f..%2f..%2fpackage.json", "/app/%2e%2e/%2e%2e/package.json"]) {
      expect((await get(path)).status).toBe(404);
    }
  });
});
