import type { Certainty, EventType, SourceKind } from "../../src/core/layers.js";

/**
 * The invented reports of the API and web tests (written for them; the incidents never happened), at real
 * Syrian places. t-001 and t-002 report one shelling with different tolls; t-003 and t-007 one air strike
 * from two independent sources; t-006 quotes markup and SQL.
 */

export interface ClaimSpec {
  readonly source: string;
  readonly kind: SourceKind;
  readonly cue: string;
  readonly certainty: Certainty;
}

export interface EventSpec {
  readonly trigger: string;
  readonly type: EventType;
  readonly sub: string;
  readonly date: string;
  readonly dateText?: string;
  readonly place: string;
  readonly actor1?: string;
  readonly actor2?: string;
  readonly fatalities?: string;
  readonly claim?: ClaimSpec;
}

export interface FixtureArticle {
  readonly id: string;
  readonly source: string;
  readonly published_at: string;
  readonly title: string;
  readonly text: string;
  readonly events: readonly EventSpec[];
}

export const MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";
export const SQL = "'); DROP TABLE articles;--";

export const ARTICLES: readonly FixtureArticle[] = [
  {
    id: "t-001",
    source: "شبكة أخبار الشمال",
    published_at: "2023-04-12",
    title: "قصف على كفرنبل",
    text: "قصفت قوات النظام بلدة كفرنبل صباح الثلاثاء، ما أدى إلى مقتل 4 مدنيين. وتضررت مدرسة البلدة.",
    events: [
      {
        trigger: "قصفت",
        type: "Explosions/Remote violence",
        sub: "Shelling/artillery/missile attack",
        date: "2023-04-11",
        dateText: "صباح الثلاثاء",
        place: "كفرنبل",
        actor1: "قوات النظام",
        fatalities: "مقتل 4 مدنيين",
      },
    ],
  },
  {
    id: "t-002",
    source: "وكالة أنباء الساحل",
    published_at: "2023-04-12",
    title: "مرصد: سبعة قتلى في كفرنبل",
    text: "أفاد مرصد الشمال لحقوق الإنسان بمقتل 7 مدنيين جراء قصف مدفعي لقوات النظام على كفرنبل يوم الثلاثاء.",
    events: [
      {
        trigger: "قصف مدفعي",
        type: "Explosions/Remote violence",
        sub: "Shelling/artillery/missile attack",
        date: "2023-04-11",
        dateText: "يوم الثلاثاء",
        place: "كفرنبل",
        actor1: "قوات النظام",
        fatalities: "مقتل 7 مدنيين",
        claim: { source: "مرصد الشمال لحقوق الإنسان", kind: "monitor", cue: "أفاد", certainty: "reported" },
      },
    ],
  },
  {
    id: "t-003",
    source: "صحيفة الفرات",
    published_at: "2023-04-14",
    title: "غارة على الميادين",
    text: "شن الطيران الروسي غارة جوية على أطراف الميادين مساء الخميس، وقتل شخصان.",
    events: [
      {
        trigger: "غارة جوية",
        type: "Explosions/Remote violence",
        sub: "Air/drone strike",
        date: "2023-04-13",
        dateText: "مساء الخميس",
        place: "الميادين",
        actor1: "الطيران الروسي",
        fatalities: "قتل شخصان",
      },
    ],
  },
  {
    id: "t-007",
    source: "راديو الشرق",
    published_at: "2023-04-14",
    title: "قتيلان بغارة على الميادين",
    text: "قال ناشطون محليون إن غارة جوية روسية استهدفت الميادين مساء الخميس وقتل شخصان.",
    events: [
      {
        trigger: "غارة جوية روسية",
        type: "Explosions/Remote violence",
        sub: "Air/drone strike",
        date: "2023-04-13",
        dateText: "مساء الخميس",
        place: "الميادين",
        fatalities: "قتل شخصان",
        claim: { source: "ناشطون محليون", kind: "witness", cue: "قال", certainty: "reported" },
      },
    ],
  },
  {
    id: "t-004",
    source: "موقع الجبل",
    published_at: "2023-04-15",
    title: "وقفة احتجاجية في السويداء",
    text: "نظم محتجون وقفة احتجاجية سلمية في ساحة السويداء يوم الجمعة للمطالبة بالإفراج عن المعتقلين.",
    events: [
      {
        trigger: "وقفة احتجاجية",
        type: "Protests",
        sub: "Peaceful protest",
        date: "2023-04-14",
        dateText: "يوم الجمعة",
        place: "السويداء",
        actor1: "محتجون",
      },
    ],
  },
  {
    id: "t-005",
    source: "شبكة حوران",
    published_at: "2023-04-16",
    title: "اشتباكات في إزرع",
    text: "اندلعت اشتباكات عنيفة بين لواء السهل وكتائب الوادي في مدينة إزرع، وأسفرت عن مقتل 3 مقاتلين.",
    events: [
      {
        trigger: "اشتباكات",
        type: "Battles",
        sub: "Armed clash",
        date: "2023-04-16",
        place: "إزرع",
        actor1: "لواء السهل",
        actor2: "كتائب الوادي",
        fatalities: "مقتل 3 مقاتلين",
      },
    ],
  },
  {
    id: "t-006",
    source: "مدونة الباب",
    published_at: "2023-04-17",
    title: `تفجير في الباب ${MARKUP}`,
    text: `انفجرت عبوة ناسفة في سوق الباب ${MARKUP} وقتل 2 من المارة. وكتب أحدهم ${SQL} على جدار السوق.`,
    events: [
      {
        trigger: "انفجرت عبوة ناسفة",
        type: "Explosions/Remote violence",
        sub: "Remote explosive/landmine/IED",
        date: "2023-04-17",
        place: "الباب",
        fatalities: "قتل 2 من المارة",
      },
    ],
  },
];
