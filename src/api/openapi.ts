import { ACLED_SUB_EVENT_TYPES } from "../events/acled-types.js";
import { CORROBORATIONS } from "./read-model/types.js";

/** The OpenAPI 3.1 description served at GET /api/openapi.json, written by hand beside the routes. */

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const str = (description: string, extra: Json = {}): Json => ({ type: "string", description, ...extra });
const day = (description: string): Json => str(description, { format: "date" });

function param(name: string, description: string, schema: Json = { type: "string" }, where = "query"): Json {
  return { name, in: where, required: where === "path", description, schema };
}

const paging = (max: number, fallback: number) => [
  param("limit", `page size (1–${max})`, { type: "integer", minimum: 1, maximum: max, default: fallback }),
  param("offset", "items to skip", { type: "integer", minimum: 0, default: 0 }),
];

const eventFilters = [
  param("from", "events whose date reaches this day or later", day("YYYY-MM-DD")),
  param("to", "events whose date starts on this day or earlier", day("YYYY-MM-DD")),
  param("type", "ACLED event type", { type: "string", enum: Object.keys(ACLED_SUB_EVENT_TYPES) }),
  param("sub_type", "ACLED sub-event type", {
    type: "string",
    enum: Object.values(ACLED_SUB_EVENT_TYPES).flat(),
  }),
  param(
    "place",
    "governorate or district (P-code such as SY07, English or Arabic name), else words of the place",
  ),
  param("actor", "words of an actor's name (either language) or an actor id"),
  param("corroboration", "corroboration label", { type: "string", enum: CORROBORATIONS }),
  param("source", "words of a source's or outlet's name"),
];

function ok(description: string, schema: Json): Json {
  return { description, content: { "application/json": { schema } } };
}

const errors = (...codes: number[]): Json =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/Error${code}` }]));

const page = (item: string): Json => ({
  type: "object",
  required: ["total", "limit", "offset", "items"],
  properties: {
    total: { type: "integer" },
    limit: { type: "integer" },
    offset: { type: "integer" },
    items: { type: "array", items: ref(item) },
  },
});

const schemas: Json = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: { code: { type: "string" }, message: { type: "string" } },
      },
    },
  },
  Span: {
    type: "object",
    required: ["start", "end", "text"],
    properties: { start: { type: "integer" }, end: { type: "integer" }, text: { type: "string" } },
  },
  CanonicalEvent: {
    type: "object",
    description:
      "A canonical event of events.jsonl (docs/output-format.md), plus `destination`, `stories`, `updated_at`.",
    required: [
      "id",
      "event_type",
      "sub_event_type",
      "date",
      "mentions",
      "sources",
      "corroboration",
      "contradictions",
    ],
    properties: {
      id: { type: "string" },
      event_type: { type: "string" },
      sub_event_type: { type: "string" },
      date: { type: ["string", "null"] },
      time_precision: { type: "integer", enum: [1, 2, 3] },
      place: { type: ["object", "null"] },
      destination: { type: ["object", "null"] },
      actor1: { type: ["string", "null"] },
      actor2: { type: ["string", "null"] },
      fatalities: { type: ["integer", "null"] },
      status: { type: "string", enum: ["happened", "ongoing", "expected", "rumoured", "denied"] },
      aggregate: { type: "boolean" },
      mentions: {
        type: "array",
        items: {
          type: "object",
          properties: {
            doc: { type: "string" },
            event: { type: "string" },
            source: { type: "string" },
            claims: { type: "array", items: { type: "string" } },
          },
        },
      },
      sources: { type: "integer", description: "independent sources" },
      corroboration: { type: "string", enum: CORROBORATIONS },
      contradictions: {
        type: "array",
        items: {
          type: "object",
          properties: { field: { type: "string" }, values: { type: "array", items: { type: "object" } } },
        },
      },
      stories: { type: "array", items: { type: "string" } },
    },
  },
  EventDetail: {
    allOf: [ref("CanonicalEvent")],
    description:
      "Each mention adds version, outlet, published_at, title, status, certainty, sentence (a span), spans ({kind: trigger|actor|place|date|number|source|cue, start, end, text, primary, label}) and attributions (claims with certainty).",
  },
  Story: {
    type: "object",
    properties: {
      id: { type: "string" },
      title: { type: ["string", "null"] },
      first_date: { type: ["string", "null"] },
      last_date: { type: ["string", "null"] },
      documents: { type: "array", items: { type: "object" } },
      events: { type: "array", items: { type: "string" }, description: "event ids in time order" },
    },
  },
  SearchHit: {
    type: "object",
    properties: {
      id: { type: "string" },
      version: { type: "integer" },
      source: { type: ["string", "null"] },
      published_at: { type: ["string", "null"] },
      snippet: { type: "string" },
      score: { type: "number" },
    },
  },
};

const paths: Json = {
  "/api/events": {
    get: {
      summary: "Canonical events, latest first, filtered and paged",
      parameters: [...eventFilters, ...paging(1000, 50)],
      responses: { 200: ok("a page of events", page("CanonicalEvent")), ...errors(400) },
    },
  },
  "/api/events/{id}": {
    get: {
      summary: "One event with every mention's evidence",
      parameters: [param("id", "event id", { type: "string" }, "path")],
      responses: { 200: ok("the event", ref("EventDetail")), ...errors(404) },
    },
  },
  "/api/timeline": {
    get: {
      summary: "Events per day (by type) under the same filters",
      parameters: eventFilters,
      responses: {
        200: ok("counts per day", {
          type: "object",
          properties: { days: { type: "array", items: { type: "object" } }, undated: { type: "integer" } },
        }),
        ...errors(400),
      },
    },
  },
  "/api/stories": {
    get: {
      summary: "Stories, latest first",
      parameters: paging(500, 50),
      responses: { 200: ok("a page of stories", page("Story")), ...errors(400) },
    },
  },
  "/api/stories/{id}": {
    get: {
      summary: "One story with its documents and events in time order",
      parameters: [param("id", "story id", { type: "string" }, "path")],
      responses: { 200: ok("the story", ref("Story")), ...errors(404) },
    },
  },
  "/api/documents/{id}": {
    get: {
      summary: "A stored article with its analysis",
      parameters: [
        param("id", "article id", { type: "string" }, "path"),
        param("version", "a stored version (default latest)", { type: "integer", minimum: 1 }),
      ],
      responses: { 200: ok("the document", { type: "object" }), ...errors(400, 404) },
    },
  },
  "/api/search": {
    get: {
      summary: "Full-text search (Arabic spelling variants match)",
      parameters: [{ ...param("q", "words, all must occur"), required: true }, ...paging(100, 20)],
      responses: {
        200: ok("hits, best first", {
          type: "object",
          properties: { items: { type: "array", items: ref("SearchHit") } },
        }),
        ...errors(400),
      },
    },
  },
  "/api/stats": {
    get: { summary: "Store and event figures", responses: { 200: ok("figures", { type: "object" }) } },
  },
  "/api/verify": {
    post: {
      summary: "Check a claim against the stored articles",
      parameters: [
        param("limit", "evidence items (1–50)", { type: "integer", minimum: 1, maximum: 50, default: 10 }),
      ],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["claim"],
              properties: { claim: { type: "string", maxLength: 2000 } },
            },
          },
        },
      },
      responses: { 200: ok("verdict and evidence", { type: "object" }), ...errors(400) },
    },
  },
  "/api/articles": {
    post: {
      summary: "Ingest, analyse and link articles (JSON lines or a JSON array of input records)",
      security: [{ bearer: [] }],
      requestBody: {
        required: true,
        content: {
          "application/x-ndjson": { schema: { type: "string" } },
          "application/json": { schema: { type: "array", items: { type: "object" } } },
        },
      },
      responses: {
        201: ok("what was stored, skipped, analysed and linked", { type: "object" }),
        ...errors(400, 401, 403, 413),
      },
    },
  },
  "/api/openapi.json": {
    get: { summary: "This description", responses: { 200: ok("OpenAPI 3.1", { type: "object" }) } },
  },
};

const errorResponses = Object.fromEntries(
  [400, 401, 403, 404, 413].map((code) => [
    `Error${code}`,
    { description: `error ${code}`, content: { "application/json": { schema: ref("Error") } } },
  ]),
);

export function openApiDocument(): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "Marsad API",
      version: "1",
      description:
        "Canonical conflict events linked across Arabic news articles, with the evidence for every value. Reads are open on a loopback address; writes need `Authorization: Bearer <token>`.",
    },
    paths,
    components: {
      schemas,
      responses: errorResponses,
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
  };
}
