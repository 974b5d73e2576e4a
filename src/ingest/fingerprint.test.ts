import { describe, expect, it } from "vitest";
import {
  BOILERPLATE_A,
  BOILERPLATE_B,
  SAME_TOPIC_OTHER_STORY,
  SITE_TEMPLATE,
  WIRE_STORY,
} from "../../test/fixtures/ingest/stories.js";
import {
  contentHash,
  estimateSimilarity,
  fingerprintArticle,
  isEmptySignature,
  isNearDuplicate,
  lshBands,
  minhashSignature,
  NUM_HASHES,
} from "./fingerprint.js";

function signatureOf(text: string): Uint32Array {
  return minhashSignature(text);
}

describe("contentHash", () => {
  it("is the hex SHA-256 of the exact UTF-8 text", () => {
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(contentHash("خبر")).not.toBe(contentHash("خبر "));
  });
});

describe("minhashSignature", () => {
  it("ignores spelling variants the normaliser unifies, diacritics and punctuation", () => {
    const plain = signatureOf("أعلنت الأمم المتحدة إرسال مساعدات إلى مدينة الرقة");
    const variant = signatureOf("اعلنت الامم المتحدة، ارسال مساعداتٍ الى مدينة الرقه!");
    expect(Array.from(variant)).toEqual(Array.from(plain));
  });

  it("is deterministic across runs (stored signatures depend on it)", () => {
    const signature = signatureOf("قصف على بلدة كفرنبل صباح اليوم");
    expect(signature.length).toBe(NUM_HASHES);
    expect(lshBands(signature).slice(0, 2)).toEqual(["b0:304dcf9b2bd8441c", "b1:1abb376b4f3ec578"]);
  });

  it("gives a text without words no bands and no similarity", () => {
    const empty = signatureOf("... ، ؟ !");
    expect(isEmptySignature(empty)).toBe(true);
    expect(lshBands(empty)).toEqual([]);
    expect(estimateSimilarity(empty, empty)).toBe(0);
    expect(isNearDuplicate(empty, empty)).toBe(false);
  });

  it("still fingerprints texts shorter than one shingle", () => {
    const short = signatureOf("عاجل");
    expect(isEmptySignature(short)).toBe(false);
    expect(isNearDuplicate(short, signatureOf("عاجل."))).toBe(true);
  });
});

describe("near-duplicates", () => {
  const story = signatureOf(WIRE_STORY);
  const postedA = signatureOf(BOILERPLATE_A.before + WIRE_STORY + BOILERPLATE_A.after);
  const postedB = signatureOf(BOILERPLATE_B.before + WIRE_STORY + BOILERPLATE_B.after);
  const other = signatureOf(SAME_TOPIC_OTHER_STORY);
  const otherPosted = signatureOf(BOILERPLATE_A.before + SAME_TOPIC_OTHER_STORY + BOILERPLATE_A.after);

  it("finds the same wire story under different boilerplate", () => {
    expect(isNearDuplicate(postedA, postedB)).toBe(true);
    expect(isNearDuplicate(story, postedA)).toBe(true);
    expect(isNearDuplicate(postedB, story)).toBe(true);
    expect(lshBands(postedA).some((band) => lshBands(postedB).includes(band))).toBe(true);
  });

  it("keeps apart two different stories on the same topic, even on the same site", () => {
    expect(isNearDuplicate(story, other)).toBe(false);
    expect(isNearDuplicate(postedA, otherPosted)).toBe(false);
    expect(estimateSimilarity(story, other)).toBeLessThan(0.15);
  });

  it("does not call a short brief a copy of the long report that quotes it", () => {
    const brief = "قصفاً صاروخياً استهدف صباح اليوم الأحد أطراف بلدة معرة حرمة، ما أدى إلى مقتل ثلاثة مدنيين";
    const roundup = `${WIRE_STORY}\n${SAME_TOPIC_OTHER_STORY}\n${SAME_TOPIC_OTHER_STORY.replace(/قصف/g, "هجوم")}`;
    expect(isNearDuplicate(signatureOf(brief), signatureOf(roundup))).toBe(false);
  });

  it("asks more of two pages from the same source, which share the site's template", () => {
    const templated = (story: string) => signatureOf(SITE_TEMPLATE.before + story + SITE_TEMPLATE.after);
    const first = templated(WIRE_STORY);
    const second = templated(SAME_TOPIC_OTHER_STORY);
    const similarity = estimateSimilarity(first, second);
    expect(similarity).toBeGreaterThanOrEqual(0.5);
    expect(similarity).toBeLessThan(0.8);
    expect(isNearDuplicate(first, second, true)).toBe(false);
    expect(isNearDuplicate(first, templated(`${WIRE_STORY} (تحديث)`), true)).toBe(true);
  });

  it("is symmetric", () => {
    expect(estimateSimilarity(postedA, story)).toBe(estimateSimilarity(story, postedA));
    expect(isNearDuplicate(other, postedA)).toBe(isNearDuplicate(postedA, other));
  });
});

describe("fingerprintArticle", () => {
  it("adds what the store needs and keeps the article as it was", () => {
    const article = { id: "x1", text: ` ${WIRE_STORY}\n`, source: null, url: null, published_at: null };
    const input = fingerprintArticle(article);
    expect(input.text).toBe(article.text);
    expect(input.contentHash).toBe(contentHash(article.text));
    expect(input.bands).toHaveLength(32);
    expect(input.bands[0]).toMatch(/^b0:[0-9a-f]{16}$/);
    expect(input.signature).toBeInstanceOf(Uint32Array);
  });
});
