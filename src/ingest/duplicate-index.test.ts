import { describe, expect, it } from "vitest";
import {
  BOILERPLATE_A,
  BOILERPLATE_B,
  SAME_TOPIC_OTHER_STORY,
  SITE_TEMPLATE,
  WIRE_STORY,
} from "../../test/fixtures/ingest/stories.js";
import { bestNearDuplicate, DuplicateIndex } from "./duplicate-index.js";
import { fingerprintArticle, minhashSignature } from "./fingerprint.js";

function article(id: string, text: string, source: string | null = null) {
  return fingerprintArticle({ id, text, source, url: null, published_at: null });
}

describe("DuplicateIndex", () => {
  it("marks exact and near duplicates within a batch, pointing at the first article", () => {
    const index = new DuplicateIndex();
    const results = [
      index.add(article("wire", WIRE_STORY)),
      index.add(article("site-a", BOILERPLATE_A.before + WIRE_STORY + BOILERPLATE_A.after)),
      index.add(article("copy", WIRE_STORY)),
      index.add(article("other", SAME_TOPIC_OTHER_STORY)),
      index.add(article("site-b", BOILERPLATE_B.before + WIRE_STORY + BOILERPLATE_B.after)),
    ];
    expect(results.map((r) => [r.duplicateOf, r.nearDuplicateOf])).toEqual([
      [null, null],
      [null, "wire"],
      ["wire", null],
      [null, null],
      [null, "wire"],
    ]);
    expect(results[1]!.similarity).toBeGreaterThan(0.5);
    expect(index.size).toBe(4 + 1);
  });

  it("never matches an article with itself, even when its id comes again", () => {
    const index = new DuplicateIndex();
    index.add(article("same-id", WIRE_STORY));
    const again = index.add(article("same-id", BOILERPLATE_A.before + WIRE_STORY));
    expect(again).toEqual({ duplicateOf: null, nearDuplicateOf: null, similarity: null });
  });

  it("does not take a shared site template for a shared story", () => {
    const page = (story: string) => SITE_TEMPLATE.before + story + SITE_TEMPLATE.after;
    const index = new DuplicateIndex();
    index.add(article("site-1", page(WIRE_STORY), "site.example"));
    expect(
      index.add(article("site-2", page(SAME_TOPIC_OTHER_STORY), "site.example")).nearDuplicateOf,
    ).toBeNull();
    expect(
      index.add(article("elsewhere", `${page(WIRE_STORY)} المصدر: وكالات`, "other.example")).nearDuplicateOf,
    ).toBe("site-1");
  });

  it("check does not add", () => {
    const index = new DuplicateIndex();
    const first = article("a", WIRE_STORY);
    expect(index.check(first).nearDuplicateOf).toBeNull();
    expect(index.size).toBe(0);
    index.add(first);
    expect(index.check(article("b", `${WIRE_STORY} المصدر: وكالات`)).nearDuplicateOf).toBe("a");
  });
});

describe("bestNearDuplicate", () => {
  it("picks the most similar near-duplicate and skips the rest (what the store calls with its band hits)", () => {
    const target = minhashSignature(BOILERPLATE_A.before + WIRE_STORY);
    const candidate = (id: string, text: string) => ({ id, signature: minhashSignature(text) });
    const candidates = [
      candidate("other", SAME_TOPIC_OTHER_STORY),
      candidate("padded", BOILERPLATE_B.before + WIRE_STORY + BOILERPLATE_B.after),
      candidate("closest", BOILERPLATE_A.before + WIRE_STORY + BOILERPLATE_A.after),
    ];
    expect(bestNearDuplicate(target, candidates)?.id).toBe("closest");
    expect(bestNearDuplicate(target, candidates.slice(0, 1))).toBeNull();
  });

  it("asks more of a candidate from the same source", () => {
    const page = (story: string) => SITE_TEMPLATE.before + story + SITE_TEMPLATE.after;
    const target = minhashSignature(page(WIRE_STORY));
    const candidates = [
      { id: "same-site", source: "site.example", signature: minhashSignature(page(SAME_TOPIC_OTHER_STORY)) },
    ];
    expect(bestNearDuplicate(target, candidates)?.id).toBe("same-site");
    expect(bestNearDuplicate(target, candidates, "site.example")).toBeNull();
  });
});
