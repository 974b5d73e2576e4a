/**
 * Number words, scales, vague quantities, fractions and qualifiers, as data. Written in ordinary Arabic
 * spelling; PhraseTable normalises every entry on load (so أ/إ/آ, ة and ى variants match).
 */

export type NumberWordType = "unit" | "ten" | "teen" | "hundred" | "scale";

export interface NumberWord {
  readonly type: NumberWordType;
  readonly value: number;
  /** A word that is only a number when more number words or a counted noun follow (ست "lady", سبع "lion"). */
  readonly weak?: boolean;
}

const UNITS: ReadonlyArray<readonly [string, number]> = [
  ["واحد", 1],
  ["واحدة", 1],
  ["اثنان", 2],
  ["اثنين", 2],
  ["اثنتان", 2],
  ["اثنتين", 2],
  ["ثلاث", 3],
  ["ثلاثة", 3],
  ["أربع", 4],
  ["أربعة", 4],
  ["خمس", 5],
  ["خمسة", 5],
  ["ستة", 6],
  ["سبعة", 7],
  ["ثمان", 8],
  ["ثماني", 8],
  ["ثمانية", 8],
  ["تسع", 9],
  ["تسعة", 9],
  ["عشرة", 10],
];

const TENS: ReadonlyArray<readonly [string, number]> = [
  ["عشرون", 20],
  ["عشرين", 20],
  ["ثلاثون", 30],
  ["ثلاثين", 30],
  ["أربعون", 40],
  ["أربعين", 40],
  ["خمسون", 50],
  ["خمسين", 50],
  ["ستون", 60],
  ["ستين", 60],
  ["سبعون", 70],
  ["سبعين", 70],
  ["ثمانون", 80],
  ["ثمانين", 80],
  ["تسعون", 90],
  ["تسعين", 90],
];

const HUNDRED_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ["ثلاث", 3],
  ["أربع", 4],
  ["خمس", 5],
  ["ست", 6],
  ["سبع", 7],
  ["ثمان", 8],
  ["ثماني", 8],
  ["تسع", 9],
];

function hundreds(): Array<readonly [string, NumberWord]> {
  const out: Array<readonly [string, NumberWord]> = [];
  for (const hundred of ["مئة", "مائة"]) {
    out.push([hundred, { type: "hundred", value: 100 }]);
    for (const [prefix, n] of HUNDRED_PREFIXES)
      out.push([`${prefix}${hundred}`, { type: "unit", value: n * 100 }]);
  }
  for (const dual of ["مئتان", "مئتين", "مئتي", "مائتان", "مائتين", "مائتي", "مئتا", "مائتا"]) {
    out.push([dual, { type: "unit", value: 200 }]);
  }
  return out;
}

/** Every number word; compounds are built by the parser (خمسة وعشرون، ثلاثة آلاف وخمسمائة). */
export const NUMBER_WORDS: ReadonlyArray<readonly [string, NumberWord]> = [
  ...UNITS.map(([w, v]) => [w, { type: "unit", value: v }] as const),
  ["ست", { type: "unit", value: 6, weak: true }],
  ["سبع", { type: "unit", value: 7, weak: true }],
  // «عشر» alone is mostly the tail of an ordinal (الثامن عشر); before a noun it is ten (عشر سنوات).
  ["عشر", { type: "unit", value: 10, weak: true }],
  ["أحد عشر", { type: "unit", value: 11 }],
  ["إحدى عشرة", { type: "unit", value: 11 }],
  ["اثنا عشر", { type: "unit", value: 12 }],
  ["اثني عشر", { type: "unit", value: 12 }],
  ["اثنتا عشرة", { type: "unit", value: 12 }],
  ["اثنتي عشرة", { type: "unit", value: 12 }],
  ...TENS.map(([w, v]) => [w, { type: "ten", value: v }] as const),
  ...hundreds(),
  ["ألف", { type: "scale", value: 1e3 }],
  ["ألفا", { type: "scale", value: 1e3 }],
  ["آلاف", { type: "scale", value: 1e3 }],
  ["ألفان", { type: "unit", value: 2e3 }],
  ["ألفين", { type: "unit", value: 2e3 }],
  ["ألفي", { type: "unit", value: 2e3 }],
  ["مليون", { type: "scale", value: 1e6 }],
  ["مليونا", { type: "scale", value: 1e6 }],
  ["ملايين", { type: "scale", value: 1e6 }],
  ["مليونان", { type: "unit", value: 2e6 }],
  ["مليونين", { type: "unit", value: 2e6 }],
  ["مليار", { type: "scale", value: 1e9 }],
  ["مليارا", { type: "scale", value: 1e9 }],
  ["مليارات", { type: "scale", value: 1e9 }],
  ["بليون", { type: "scale", value: 1e9 }],
];

/** The word that turns a unit into a teen (خمسة عشر). */
export const TEEN_WORDS: ReadonlySet<string> = new Set(["عشر", "عشره"]);

/**
 * Vague quantities, valued by ACLED's convention: tens 10, dozens 12, hundreds 100, thousands 1000;
 * "several"/"a few" (بضعة، عدة) 10, as ACLED codes "several" fatalities. `needsNoun`: only a number when a
 * counted noun follows.
 */
export interface VagueWord {
  readonly value: number;
  readonly needsNoun?: boolean;
}

export const VAGUE_WORDS: ReadonlyArray<readonly [string, VagueWord]> = [
  ["عشرات", { value: 10 }],
  ["العشرات", { value: 10 }],
  ["دزينة", { value: 12 }],
  ["دزينات", { value: 12 }],
  ["مئات", { value: 100 }],
  ["المئات", { value: 100 }],
  ["مئات", { value: 100 }],
  ["آلاف", { value: 1e3 }],
  ["الآلاف", { value: 1e3 }],
  ["ألوف", { value: 1e3 }],
  ["الألوف", { value: 1e3 }],
  ["ملايين", { value: 1e6 }],
  ["الملايين", { value: 1e6 }],
  ["بضعة", { value: 10, needsNoun: true }],
  ["بضع", { value: 10, needsNoun: true }],
  ["عدة", { value: 10, needsNoun: true }],
];

/** Scales that multiply a vague quantity (عشرات الآلاف 10,000; مئات الآلاف 100,000). */
export const VAGUE_SCALES: ReadonlyArray<readonly [string, number]> = [
  ["الآلاف", 1e3],
  ["آلاف", 1e3],
  ["الألوف", 1e3],
  ["الملايين", 1e6],
  ["ملايين", 1e6],
];

export const FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ["نصف", 0.5],
  ["ثلث", 1 / 3],
  ["ثلثي", 2 / 3],
  ["ثلثا", 2 / 3],
  ["ربع", 0.25],
  ["ثلاثة أرباع", 0.75],
];

export type Qualifier = "about" | "more_than" | "less_than" | "at_least" | "at_most" | "range";

/** Approximators and bounds before a number. `range` words open «بين 10 و15». */
export const QUALIFIERS_BEFORE: ReadonlyArray<readonly [string, Qualifier]> = [
  ["قرابة", "about"],
  ["نحو", "about"],
  ["حوالي", "about"],
  ["حوالى", "about"],
  ["ما يقارب", "about"],
  ["بما يقارب", "about"],
  ["ما يقرب من", "about"],
  ["يقارب", "about"],
  ["زهاء", "about"],
  ["تقريبا", "about"],
  ["ما يناهز", "about"],
  ["يناهز", "about"],
  ["أكثر من", "more_than"],
  ["أزيد من", "more_than"],
  ["ما يزيد عن", "more_than"],
  ["ما يزيد على", "more_than"],
  ["يزيد عن", "more_than"],
  ["يزيد على", "more_than"],
  ["ما يربو على", "more_than"],
  ["يربو على", "more_than"],
  ["ما يفوق", "more_than"],
  ["أقل من", "less_than"],
  ["ما لا يقل عن", "at_least"],
  ["لا يقل عن", "at_least"],
  ["ما لا يزيد عن", "at_most"],
  ["ما لا يزيد على", "at_most"],
  ["لا يزيد عن", "at_most"],
  ["لا يتجاوز", "at_most"],
  ["ما لا يتجاوز", "at_most"],
  ["بين", "range"],
  ["ما بين", "range"],
];

/** Qualifiers after the number or its noun («100 قتيل على الأقل»). */
export const QUALIFIERS_AFTER: ReadonlyArray<readonly [string, Qualifier]> = [
  ["على الأقل", "at_least"],
  ["تقريبا", "about"],
  ["أو أكثر", "at_least"],
];

/** Words that join the two ends of a numeric range. */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(["و", "الي", "حتي", "-", "او"]);

/** «70 في المئة», «70 بالمئة»: the number is a percentage, not a count. */
export const PERCENT_WORDS: ReadonlyArray<readonly [string, true]> = [
  ["بالمئة", true],
  ["بالمائة", true],
  ["في المئة", true],
  ["في المائة", true],
  ["بالمية", true],
];

/** Currency words: a number before one is money, not a count. */
export const CURRENCIES: ReadonlyArray<readonly [string, true]> = [
  ...[
    "دولار",
    "دولارا",
    "دولارات",
    "يورو",
    "جنيه",
    "جنيها",
    "ليرة",
    "ليرات",
    "دينار",
    "دينارا",
    "دنانير",
    "ريال",
    "ريالا",
    "درهم",
    "دراهم",
    "شيكل",
    "شيقل",
  ].map((w) => [w, true] as const),
];
