import { describe, expect, it } from "vitest";
import { assessEvent } from "./assess.js";
import { Linker } from "./linker.js";
import { makeDoc } from "./test-helpers.js";
import type { LinkDocInput } from "./types.js";

/** Links the documents and returns the one canonical event they must form. */
function oneEvent(docs: readonly LinkDocInput[]) {
  const linker = new Linker();
  for (const doc of docs) linker.link(doc);
  const events = [...linker.events.events.values()];
  expect(events).toHaveLength(1);
  return assessEvent(events[0]!);
}

const STRIKE = {
  trigger: "غارات",
  place: "تل الورد",
  actor1: "الطيران الحكومي",
} as const;

function strike(
  id: string,
  outlet: string | null,
  text: string,
  extra: Partial<Parameters<typeof makeDoc>[0]> = {},
) {
  return makeDoc({ id, outlet, text, events: [STRIKE], ...extra });
}

describe("independent sources", () => {
  it("counts the same outlet twice as one source", () => {
    const event = oneEvent([
      strike("a1", "شبكة النهر الإخبارية", "شن الطيران الحكومي غارات على تل الورد صباحاً."),
      strike("a2", "شبكة النهر الإخبارية", "تجددت غارات الطيران الحكومي على أحياء تل الورد ظهراً."),
    ]);
    expect(event.sources.independent).toBe(1);
    expect(event.corroboration).toBe("single-source");
  });

  it("counts a stored near-duplicate copy under another outlet as one source", () => {
    const text = "شن الطيران الحكومي غارات على تل الورد صباحاً وأفاد ناشطون بدمار واسع.";
    const event = oneEvent([
      strike("orig", "شبكة النهر الإخبارية", text),
      strike("copy", "موقع الشام اليوم", `الرئيسية | أخبار ${text} جميع الحقوق محفوظة`, { copyOf: "orig" }),
    ]);
    expect(event.sources.independent).toBe(1);
    expect(event.corroboration).toBe("single-source");
  });

  it("counts one wire sentence inside two outlets' longer articles as one source", () => {
    const wire =
      "شن الطيران الحكومي غارات عنيفة على الأحياء السكنية في بلدة تل الورد صباح اليوم وسط تحليق مكثف.";
    const event = oneEvent([
      strike("w1", "صحيفة الأولى", `${wire} وفي سياق آخر ارتفعت أسعار الخبز في المدينة.`),
      strike("w2", "إذاعة الثانية", `نقلاً عن الوكالات: ${wire} وتواصل فرق الإنقاذ عملها.`),
    ]);
    expect(event.sources.independent).toBe(1);
  });

  it("counts two outlets quoting one monitor as one source", () => {
    const claims = [{ source: "مرصد الوادي لحقوق الإنسان", kind: "monitor", cue: "وثق" }] as const;
    const event = oneEvent([
      strike("m1", "صحيفة الأولى", "وثق مرصد الوادي لحقوق الإنسان غارات للطيران الحكومي على تل الورد.", {
        claims,
        events: [{ trigger: "غارات للطيران", place: "تل الورد", claims: [0] }],
      }),
      strike("m2", "إذاعة الثانية", "وثق مرصد الوادي لحقوق الإنسان قصفاً نفذه الطيران الحكومي على تل الورد.", {
        claims,
        events: [{ ...STRIKE, trigger: "قصفاً", claims: [0] }],
      }),
    ]);
    expect(event.sources.independent).toBe(1);
    expect(event.sources.reports.map((r) => r.credit.name)).toEqual([
      "مرصد الوادي لحقوق الإنسان",
      "مرصد الوادي لحقوق الإنسان",
    ]);
  });

  it("credits informed sources relayed by a page to the page, not to an independent source", () => {
    const relay = makeDoc({
      id: "relay",
      outlet: "موقع المتابعة",
      text: "ونقلت صفحة أخبار الوادي عن مصادر مطلعة قولها إن غارات الطيران الحكومي استهدفت تل الورد.",
      claims: [
        { source: "صفحة أخبار الوادي", kind: "social_media", cue: "ونقلت" },
        { source: "مصادر مطلعة", kind: "anonymous", cue: "قولها", via: 0 },
      ],
      events: [{ ...STRIKE, claims: [1] }],
    });
    const page = makeDoc({
      id: "page",
      outlet: "صفحة أخبار الوادي",
      text: "غارات من الطيران الحكومي على تل الورد قبل قليل.",
      events: [STRIKE],
    });
    const event = oneEvent([relay, page]);
    expect(event.sources.reports[0]!.credit).toMatchObject({ name: "صفحة أخبار الوادي", via: "quoted" });
    expect(event.sources.independent).toBe(1);
  });

  it("confirms an event reported as happened by two independent outlets", () => {
    const event = oneEvent([
      strike("c1", "صحيفة الأولى", "شن الطيران الحكومي غارات على تل الورد."),
      strike("c2", "إذاعة الثانية", "أغار الطيران الحكومي على بلدة تل الورد مستخدماً غارات متتالية."),
    ]);
    expect(event.sources.independent).toBe(2);
    expect(event.corroboration).toBe("confirmed");
  });
});

describe("denied versus confirmed", () => {
  const confirmed = [
    strike("d1", "صحيفة الأولى", "شن الطيران الحكومي غارات على تل الورد."),
    strike("d2", "إذاعة الثانية", "أغار الطيران الحكومي على بلدة تل الورد مستخدماً غارات متتالية."),
  ];

  it("labels an event denied when a source denies it, and records happened against denied", () => {
    const denial = makeDoc({
      id: "deny",
      outlet: "الوكالة الرسمية",
      text: "نفى مصدر عسكري ما تناقلته الصفحات عن غارات على تل الورد.",
      claims: [{ source: "مصدر عسكري", kind: "military", cue: "نفى", certainty: "denied" }],
      events: [{ trigger: "غارات", place: "تل الورد", status: "denied", claims: [0] }],
    });
    const event = oneEvent([...confirmed, denial]);
    expect(event.sources.independent).toBe(3);
    expect(event.sources.happened).toBe(2);
    expect(event.sources.denied).toBe(1);
    expect(event.corroboration).toBe("denied");
    expect(event.fields.status).toBe("happened");
    const status = event.contradictions.find((c) => c.field === "status");
    expect(status?.values.map((v) => [v.value, v.doc, v.source, v.text])).toEqual([
      ["happened", "d1", "صحيفة الأولى", "غارات"],
      ["happened", "d2", "إذاعة الثانية", "غارات"],
      ["denied", "deny", "مصدر عسكري", "غارات"],
    ]);
  });

  it("treats a denial quoted inside a report as a second source, not the reporting outlet", () => {
    const both = makeDoc({
      id: "both",
      outlet: "صحيفة الأولى",
      text: "شن الطيران الحكومي غارات على تل الورد، فيما نفت وزارة الدفاع ذلك.",
      claims: [{ source: "وزارة الدفاع", kind: "official", cue: "نفت", certainty: "denied" }],
      events: [{ ...STRIKE, claims: [0] }],
    });
    const event = oneEvent([both]);
    expect(event.sources.reports.map((r) => [r.stance, r.credit.name])).toEqual([
      ["happened", "صحيفة الأولى"],
      ["denied", "وزارة الدفاع"],
    ]);
    expect(event.corroboration).toBe("denied");
    expect(event.contradictions.find((c) => c.field === "status")?.values.at(-1)).toMatchObject({
      value: "denied",
      text: "نفت",
    });
  });
});
