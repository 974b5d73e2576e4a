import { normalizeArabic } from "../../text/normalize.js";
import { PhraseTable } from "../numbers/phrase-table.js";
import {
  ANCHORS,
  type Anchor,
  type Calendar,
  CUES,
  type Cue,
  ERAS,
  FUTURE_CUES,
  type MonthWord,
  monthEntries,
  PARTS_AFTER,
  PARTS_BEFORE,
  PERIODS,
  type PeriodUnit,
  RELATIVE_DAYS,
  SETS,
  type TimeOfDay,
  UNITS,
  type UnitWord,
  WEEKDAYS,
  YEAR_WORDS,
} from "./date-lexicon.js";
import {
  dayOrdinalEntries,
  HOUR_FRACTIONS,
  HOUR_WORDS,
  MONTH_PARTS,
  type MonthPart,
} from "./ordinal-lexicon.js";

/** The date lexicons loaded once into phrase tables (normalised on load). */
export const months = new PhraseTable<MonthWord>(monthEntries());
export const weekdays = new PhraseTable<number>(WEEKDAYS);
export const relativeDays = new PhraseTable<number>(RELATIVE_DAYS);
export const partsBefore = new PhraseTable<TimeOfDay>(PARTS_BEFORE);
export const partsAfter = new PhraseTable<TimeOfDay>(PARTS_AFTER);
export const anchors = new PhraseTable<Anchor>(ANCHORS, { clitics: false });
export const periods = new PhraseTable<PeriodUnit>(PERIODS);
export const units = new PhraseTable<UnitWord>(UNITS, { withArticle: true });
export const cues = new PhraseTable<Cue>(CUES);
export const yearWords = new PhraseTable<true>(YEAR_WORDS);
export const eras = new PhraseTable<Calendar>(ERAS, { clitics: false });
export const sets = new PhraseTable<PeriodUnit>(SETS);
export const dayOrdinals = new PhraseTable<number>(dayOrdinalEntries());
export const hourWords = new PhraseTable<number>(HOUR_WORDS);
export const hourFractions = new PhraseTable<number>(HOUR_FRACTIONS, { clitics: false });
export const monthParts = new PhraseTable<MonthPart>(MONTH_PARTS);
export const hourCue = new PhraseTable<true>([
  ["الساعة", true],
  ["ساعة", true],
]);
export const futureCues: ReadonlySet<string> = new Set([...FUTURE_CUES].map(normalizeArabic));

/** Normalised function words the grammar reads literally. */
export const W = {
  day: normalizeArabic("يوم"),
  month: normalizeArabic("شهر"),
  theMonth: normalizeArabic("الشهر"),
  the: "ال",
  of: "من",
  date: new Set(["بتاريخ", "تاريخ", "وبتاريخ"]),
  equals: new Set([normalizeArabic("الموافق"), normalizeArabic("الموافقة")]),
  whole: new Set([
    normalizeArabic("كامل"),
    normalizeArabic("كاملة"),
    normalizeArabic("كاملا"),
    normalizeArabic("بأكمله"),
    normalizeArabic("بكامله"),
  ]),
  last: new Set([
    normalizeArabic("الأخيرة"),
    normalizeArabic("الأخير"),
    normalizeArabic("الماضية"),
    normalizeArabic("الماضي"),
    normalizeArabic("الفائتة"),
    normalizeArabic("المنصرمة"),
  ]),
  rangeOpen: new Set(["من", "بين", "منذ"]),
  rangeJoin: new Set(["الي", "حتي", "و", "-", "ولغايه", "لغايه", "وحتي"]),
  notToday: new Set([normalizeArabic("التالي"), normalizeArabic("السابق")]),
  comma: new Set(["،", ",", "-"]),
} as const;

/** How many months an anchor word moves from the publication month: «الماضي» -1, «الجاري» 0, «المقبل» +1. */
export function anchorShift(anchor: Anchor): number {
  return anchor === "past" ? -1 : anchor === "next" ? 1 : 0;
}
