import { describe, expect, it } from "vitest";
import {
  addMatching,
  agreement,
  type Counts,
  countsByLabel,
  matchClaims,
  matchEvents,
  prf,
  type ScoredEvent,
  type Span,
  spanDistance,
  withoutIgnored,
} from "../scripts/lib/event-scoring.js";

// A made-up report: two sentences, places and numbers invented for the test.
const TEXT =
  "قصفت طائرات حربية بلدة الزيتونة صباح الأحد وقتلت ثلاثة مدنيين. " +
  "واندلعت اشتباكات عنيفة قرب تل النخيل بين فصيلين مسلحين، وقال المرصد إن القصف استمر ساعات.";

function at(phrase: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`test phrase «${phrase}» not in the text`);
  return { start, end: start + phrase.length };
}

const SENTENCES: Span[] = [
  { start: 0, end: TEXT.indexOf("واندلعت") },
  { start: TEXT.indexOf("واندلعت"), end: TEXT.length },
];

const airStrike = (trigger: Span, extra: Partial<ScoredEvent> = {}): ScoredEvent => ({
  sub_event_type: "Air/drone strike",
  event_type: "Explosions/Remote violence",
  trigger,
  status: "happened",
  ...extra,
});
const clash = (trigger: Span): ScoredEvent => ({
  sub_event_type: "Armed clash",
  event_type: "Battles",
  trigger,
  status: "happened",
});

describe("spanDistance", () => {
  it("is 0 for overlapping spans and the gap for close spans in one sentence", () => {
    expect(spanDistance(at("قصفت طائرات"), at("طائرات حربية"), SENTENCES)).toBe(0);
    const gap = spanDistance(at("قصفت"), at("الزيتونة"), SENTENCES);
    expect(gap).toBe(at("الزيتونة").start - at("قصفت").end);
  });
  it("refuses spans in different sentences or further than 40 characters apart", () => {
    expect(spanDistance(at("مدنيين"), at("واندلعت"), SENTENCES)).toBeNull();
    expect(spanDistance(at("قصفت"), at("مدنيين"), SENTENCES)).toBeNull();
  });
});

describe("matchEvents", () => {
  it("matches an overlapping trigger of the same sub-type", () => {
    const m = matchEvents([airStrike(at("قصفت"))], [airStrike(at("قصفت طائرات"))], SENTENCES);
    expect(m.pairs).toHaveLength(1);
    expect(m.missed).toHaveLength(0);
    expect(m.falseAlarms).toHaveLength(0);
  });
  it("matches a nearby trigger in the same sentence but not one in the next sentence", () => {
    const near = matchEvents([airStrike(at("قصفت"))], [airStrike(at("طائرات حربية"))], SENTENCES);
    expect(near.pairs).toHaveLength(1);
    const far = matchEvents([airStrike(at("قصفت"))], [airStrike(at("القصف"))], SENTENCES);
    expect(far.pairs).toHaveLength(0);
    expect(far.missed).toHaveLength(1);
    expect(far.falseAlarms).toHaveLength(1);
  });
  it("needs the same sub-type, but only the same type at the event-type level", () => {
    const shelling: ScoredEvent = {
      ...airStrike(at("قصفت")),
      sub_event_type: "Shelling/artillery/missile attack",
    };
    expect(matchEvents([airStrike(at("قصفت"))], [shelling], SENTENCES).pairs).toHaveLength(0);
    expect(matchEvents([airStrike(at("قصفت"))], [shelling], SENTENCES, "event_type").pairs).toHaveLength(1);
    expect(
      matchEvents([airStrike(at("قصفت"))], [clash(at("قصفت"))], SENTENCES, "event_type").pairs,
    ).toHaveLength(0);
  });
  it("uses the system's mention triggers, in either shape, and the gold event's mentions", () => {
    const gold = airStrike(at("قصفت"));
    const viaObject = airStrike(at("القصف"), { mentions: [{ trigger: at("طائرات") }] });
    const viaSpan = airStrike(at("القصف"), { mentions: [at("قصفت")] });
    expect(matchEvents([gold], [viaObject], SENTENCES).pairs).toHaveLength(1);
    expect(matchEvents([gold], [viaSpan], SENTENCES).pairs).toHaveLength(1);
    const goldWithMention = airStrike(at("قصفت"), { mentions: [at("القصف")] });
    expect(matchEvents([goldWithMention], [airStrike(at("القصف"))], SENTENCES).pairs).toHaveLength(1);
  });
  it("pairs one to one, closest first, and counts a second system copy as a false alarm", () => {
    const gold = [clash(at("اشتباكات"))];
    const close = clash(at("اشتباكات عنيفة"));
    const further = clash(at("تل النخيل"));
    const m = matchEvents(gold, [further, close], SENTENCES);
    expect(m.pairs).toEqual([{ gold: gold[0], system: close }]);
    expect(m.falseAlarms).toEqual([further]);
  });
  it("lets two gold events each take their own system event", () => {
    const gold = [airStrike(at("قصفت")), clash(at("اشتباكات"))];
    const system = [clash(at("اشتباكات")), airStrike(at("طائرات"))];
    const m = matchEvents(gold, system, SENTENCES);
    expect(m.pairs).toHaveLength(2);
    expect(
      agreement(
        m,
        (g) => g.status,
        (s) => s.status,
      ),
    ).toEqual({ agree: 2, total: 2 });
  });
});

describe("matchClaims", () => {
  const gold = [{ cue: at("وقال"), certainty: "reported" }];
  it("matches overlapping cues and compares certainty", () => {
    const m = matchClaims(gold, [{ cue: at("قال"), certainty: "confirmed" }]);
    expect(m.pairs).toHaveLength(1);
    expect(
      agreement(
        m,
        (g) => g.certainty,
        (s) => s.certainty,
      ),
    ).toEqual({ agree: 0, total: 1 });
  });
  it("does not match a cue that only sits nearby", () => {
    const m = matchClaims(gold, [{ cue: at("المرصد"), certainty: "reported" }]);
    expect(m.pairs).toHaveLength(0);
    expect(m.missed).toHaveLength(1);
  });
});

describe("counting", () => {
  it("drops system items inside ignored ranges only", () => {
    const ignore = [SENTENCES[1]!];
    const kept = withoutIgnored([airStrike(at("قصفت")), clash(at("اشتباكات"))], (e) => [e.trigger], ignore);
    expect(kept.map((e) => e.sub_event_type)).toEqual(["Air/drone strike"]);
  });
  it("gives zeros rather than NaN when nothing was predicted or expected", () => {
    expect(prf({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 2, fp: 2, fn: 0 })).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });
  it("adds matchings up and splits them by label", () => {
    const m = matchEvents(
      [airStrike(at("قصفت")), clash(at("اشتباكات"))],
      [airStrike(at("قصفت")), airStrike(at("القصف"))],
      SENTENCES,
    );
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    addMatching(total, m);
    expect(total).toEqual({ tp: 1, fp: 1, fn: 1 });
    const byType = countsByLabel(
      m,
      (g) => g.sub_event_type,
      (s) => s.sub_event_type,
    );
    expect(byType.get("Air/drone strike")).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(byType.get("Armed clash")).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});
