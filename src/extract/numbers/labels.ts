import type { Word } from "./words.js";

/**
 * Numbers that name or order something rather than count it: «اللواء 47», «المادة (90)», «رقم 95/73»,
 * «ص. 3», and list markers at the start of a line («2 - يحق للمرشح …»). NER corpora tag these as
 * ORDINAL, and they are never head counts.
 */

/** Words before a number that make it a name, an address or a reference. Normalised forms. */
const LABEL_WORDS: ReadonlySet<string> = new Set([
  "رقمه",
  "رقمها",
  "برقم",
  "الرقم",
  "رقم",
  "نمره",
  "نمرتها",
  "اللواء",
  "لواء",
  "الفرقه",
  "فرقه",
  "الفوج",
  "فوج",
  "الكتيبه",
  "كتيبه",
  "شارع",
  "الشارع",
  "القرار",
  "قرار",
  "الماده",
  "ماده",
  "المواد",
  "الفقره",
  "فقره",
  "البند",
  "بند",
  "الطريق",
  "طريق",
  "الساعه",
  "الصفحه",
  "صفحه",
  "المشهد",
  "مشهد",
  "الحلقه",
  "حلقه",
  "الرتبه",
  "المرتبه",
  "منزل",
  "بناء",
  "المبني",
  "مبني",
  "الدائره",
  "الحي",
  "المحور",
  "الاوتوستراد",
  "نقطه",
  "حاجز",
  "الحاجز",
  "الكيلو",
  "كيلو",
]);

/** Brackets and quotes that may stand between a label word and its number: «المادة (90)», «رقم "182"». */
const OPENERS: ReadonlySet<string> = new Set(["(", "[", '"', "«", "'"]);

/** Marks that end a line-start list number: «1 -», «3 .», «2)». */
const LIST_MARKS: ReadonlySet<string> = new Set(["-", "–", ".", ")"]);

/** True when the number starting at word `i` is a label: a label word, possibly bracketed, or «ص.» before it. */
export function isLabelledAt(words: readonly Word[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j > i - 3 && OPENERS.has(words[j]!.t)) j--;
  const prev = words[j];
  if (prev === undefined) return false;
  if (LABEL_WORDS.has(prev.t)) return true;
  // «ص. 3», «ص 140»: the page abbreviation.
  const page = prev.t === "." ? words[j - 1] : prev;
  return page !== undefined && page.t === "ص" && (page === prev || page.e === prev.s);
}

/** True when the number at word `i` (ending before word `end`) opens a line as a list marker. */
export function isListMarkerAt(words: readonly Word[], i: number, end: number): boolean {
  const prev = words[i - 1];
  if (prev !== undefined && prev.t !== "\n") return false;
  const mark = words[end];
  return mark !== undefined && LIST_MARKS.has(mark.t) && words[i]!.k === "num";
}

/** The word index after a label's «/73» continuation («رقم 95/73»), or `end` when there is none. */
export function labelEnd(words: readonly Word[], end: number): number {
  return words[end]?.t === "/" && words[end + 1]?.k === "num" ? end + 2 : end;
}
