import { describe, expect, it } from "vitest";
import {
  CERTAINTIES,
  eventTypeOf,
  GOLD_DEV_PATH,
  GOLD_HELDOUT_PATH,
  type GoldArticle,
  type GoldSpan,
  goldArticleText,
  readGoldArticles,
  SOURCE_KINDS,
  STATUSES,
  sharedDataAvailable,
} from "../scripts/lib/gold-events.js";
import { sharedDataPath } from "../src/core/paths.js";

const files = { dev: readGoldArticles(GOLD_DEV_PATH), heldout: readGoldArticles(GOLD_HELDOUT_PATH) };
const all: GoldArticle[] = [...files.dev, ...files.heldout];
const haveShared = sharedDataAvailable();
if (!haveShared) {
  console.warn(
    `gold-annotations: ${sharedDataPath()} is absent, so offsets and checksums are not checked (set MARSAD_SHARED_DATA)`,
  );
}

function spansOf(article: GoldArticle): { where: string; span: GoldSpan }[] {
  const spans: { where: string; span: GoldSpan }[] = [];
  article.events.forEach((e, i) => {
    spans.push({ where: `${article.id} event ${i}`, span: e.trigger });
    for (const m of e.mentions ?? []) spans.push({ where: `${article.id} event ${i} mention`, span: m });
  });
  article.claims.forEach((c, i) => {
    spans.push({ where: `${article.id} claim ${i}`, span: c.cue });
  });
  return spans;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe("event gold files: shape and vocabulary", () => {
  it("hold 51 tuning and 12 held-out articles, each once", () => {
    expect(files.dev).toHaveLength(51);
    expect(files.heldout).toHaveLength(12);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    expect(all.filter((a) => a.source === "seeds").map((a) => a.id)).toEqual(["seed-000", "seed-004"]);
  });
  it("reference UnifiedFC articles by id, file, index and checksum, never by text", () => {
    for (const a of all.filter((x) => x.source === "unifiedfc")) {
      expect(a.id).toMatch(/^ufc-[0-9a-f]{16}$/);
      expect(a.claim_file).toMatch(/^[RV]-\d+\.json$/);
      expect(Number.isInteger(a.article_index)).toBe(true);
      expect(a).not.toHaveProperty("text");
    }
    for (const a of all) expect(a.text_sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it("quote only a few words per span", () => {
    for (const a of all)
      for (const { where, span } of spansOf(a)) expect(span.quote.length, where).toBeLessThanOrEqual(40);
  });
  it("code every event with an ACLED sub-type under its own type, and a known status", () => {
    for (const a of all) {
      for (const e of a.events) {
        expect(eventTypeOf(e.sub_event_type), `${a.id} ${e.sub_event_type}`).toBe(e.event_type);
        expect(STATUSES).toContain(e.status);
        expect(typeof e.aggregate).toBe("boolean");
        if (e.date !== null) expect(e.date).toMatch(DATE);
        if (e.fatalities !== null) expect(Number.isInteger(e.fatalities)).toBe(true);
      }
    }
  });
  it("give every claim a known certainty and source kind", () => {
    for (const a of all) {
      for (const c of a.claims) {
        expect(CERTAINTIES).toContain(c.certainty);
        expect(SOURCE_KINDS).toContain(c.source_kind);
        expect(typeof c.source).toBe("string");
      }
    }
  });
  it("date publications as YYYY-MM-DD or null", () => {
    for (const a of all) if (a.published_at !== null) expect(a.published_at).toMatch(DATE);
  });
});

describe.skipIf(!haveShared)("event gold files against the shared data (needs ../shared/data)", () => {
  const texts = new Map(all.map((a) => [a.id, goldArticleText(a)] as const));
  it("find every article, with the id its URL gives and the exact text annotated", () => {
    for (const [, found] of texts) expect("error" in found ? found.error : "ok").toBe("ok");
  });
  it("have every span slice to its quote", () => {
    for (const a of all) {
      const found = texts.get(a.id);
      if (found === undefined || "error" in found) continue;
      for (const { where, span } of spansOf(a)) {
        expect(found.text.slice(span.start, span.end), where).toBe(span.quote);
      }
    }
  });
  it("keep ignored ranges inside the text and clear of every annotated span", () => {
    for (const a of all) {
      const found = texts.get(a.id);
      if (found === undefined || "error" in found) continue;
      for (const r of a.ignore ?? []) {
        expect(0 <= r.start && r.start < r.end && r.end <= found.text.length).toBe(true);
        for (const { where, span } of spansOf(a)) {
          expect(span.end <= r.start || span.start >= r.end, `${where} inside an ignored range`).toBe(true);
        }
      }
    }
  });
});
