import { describe, expect, it } from "vitest";
import { hashString } from "../../extract/ner/hash.js";
import { pairFeatures } from "./features.js";
import { countDocFreq } from "./idf.js";
import { articleLines, lineWords } from "./text.js";

const BITS = 12;
const bucket = (key: string) => hashString(key) & ((1 << BITS) - 1);

describe("pairFeatures word keys", () => {
  const claim = lineWords("انفجار سيارة مفخخة في سوق مدينة الباب");
  const freq = countDocFreq([claim.content]);

  it("marks the claim's words that the article never uses", () => {
    const onTopic = articleLines("اشتباكات عنيفة قرب سوق مدينة الباب\nوقال سكان إن الوضع متوتر");
    const { sparse } = pairFeatures(claim, onTopic, freq, BITS);
    const absent = claim.content.filter((s) => !onTopic.some((l) => l.content.includes(s)));
    const present = claim.content.filter((s) => onTopic.some((l) => l.content.includes(s)));
    expect(absent.length).toBeGreaterThan(0);
    expect(present.length).toBeGreaterThan(0);
    for (const stem of absent) expect(sparse).toContain(bucket(`missing:${stem}`));
    const restating = articleLines("انفجار سيارة مفخخة في سوق مدينة الباب صباح اليوم");
    const full = pairFeatures(claim, restating, freq, BITS).sparse;
    for (const stem of claim.content) expect(full).not.toContain(bucket(`missing:${stem}`));
  });

  it("keys the stems of the best-matching line", () => {
    const lines = articleLines("خبر عن الطقس\nنفت مصادر محلية انفجار سيارة في سوق الباب");
    const { sparse } = pairFeatures(claim, lines, freq, BITS);
    for (const stem of lines[1]!.stems) expect(sparse).toContain(bucket(`near:${stem}`));
  });
});
