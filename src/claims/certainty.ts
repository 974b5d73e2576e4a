import type { Certainty } from "../core/layers.js";
import { normalizeArabic } from "../text/normalize.js";
import { AUXILIARIES, FUTURE_WORD, NEGATIONS } from "./grammar.js";
import type { Reader } from "./reader.js";
import { isComma } from "./zone.js";

/** What a negated cue means: «لم يؤكد» leaves a rumour, «لم ينفِ» a report, «لا يتوقع» a denial. */
const NEGATED: Record<Certainty, Certainty> = {
  confirmed: "rumoured",
  reported: "rumoured",
  rumoured: "rumoured",
  expected: "denied",
  denied: "reported",
};

/** «دون أن يؤكد», «من غير أن» */
const WITHOUT = new Set(["دون", "بدون"].map(normalizeArabic));
const THAT = normalizeArabic("أن");

/** Is the cue at token `cue` negated («لم يؤكد», «ولم تنف», «لم يكن قد أكد», «دون أن يؤكد»)? */
export function isNegated(r: Reader, cue: number, sentStart: number): boolean {
  const { words } = r.view;
  let k = cue - 1;
  for (let n = 0; n < 2 && k >= sentStart && AUXILIARIES.has(words[k] ?? ""); n++) k--;
  if (k < sentStart) return false;
  if (NEGATIONS.has(words[k] ?? "")) return true;
  return words[k] === THAT && k - 1 >= sentStart && WITHOUT.has(words[k - 1] ?? "");
}

export function negate(certainty: Certainty): Certainty {
  return NEGATED[certainty];
}

/** Phrases at the head of a content that deny it («إنه لا صحة للأنباء»). */
const DENIALS = [
  ["لا", "صحة"],
  ["غير", "صحيح"],
  ["غير", "صحيحة"],
  ["عار", "عن"],
  ["عارية", "عن"],
  ["لا", "أساس"],
].map((pair) => pair.map(normalizeArabic));

/** Phrases that make a content an expectation («من المتوقع أن», «من المقرر أن»). */
const EXPECTATIONS = [
  ["من", "المتوقع"],
  ["من", "المقرر"],
  ["من", "المنتظر"],
].map((pair) => pair.map(normalizeArabic));

/** How many words of a content's first clause are read for its modality. */
const HEAD_WORDS = 4;
/** Nouns that open a content about what is yet to come («نية إيران إقامة قاعدة», «احتمال إعدامهم»). */
const INTENTIONS = new Set(["نية", "احتمال", "اعتزام", "عزم", "خطة", "خطط"].map(normalizeArabic));
const FUTURE_PREFIX = "س";
const IMPERFECT = "يتن";

/**
 * «سيتم», «ستبدأ»: future «سـ» on an imperfect verb. The word must read as س + a word the stem lexicon
 * knows better than the whole (so «سيارة», «سيطرة», «ستة» stay nouns).
 */
export function isFutureVerb(r: Reader, word: string): boolean {
  if (word.length < 4 || word[0] !== FUTURE_PREFIX || !IMPERFECT.includes(word[1]!)) return false;
  const rest = word.slice(1);
  const restWeight = r.stems.stems.get(rest) ?? 0;
  const wholeWeight = r.stems.stems.get(word) ?? 0;
  // A verb the lexicon has not seen («سيسهم») still reads as one when the whole word is unknown too.
  return restWeight > wholeWeight || (wholeWeight === 0 && rest.length >= 4);
}

function pairAt(words: readonly (string | null)[], k: number, pairs: string[][]): boolean {
  return pairs.some(([a, b]) => words[k] === a && words[k + 1] === b);
}

/** Denial or expectation in the first words of a content `[start, end)`; null when neither. */
export function contentModality(r: Reader, start: number, end: number): Certainty | null {
  const { words, norms } = r.view;
  let seen = 0;
  let expected = false;
  for (let k = start; k < end && seen < HEAD_WORDS; k++) {
    if (isComma(norms[k])) break;
    const word = words[k];
    if (word == null) continue;
    seen++;
    if (pairAt(words, k, DENIALS)) return "denied";
    if (seen === 1 && INTENTIONS.has(word)) expected = true;
    // A future after «و» belongs to a clause of its own («… ليس بالأمر السهل وسيأخذ وقتاً»).
    const future = !r.view.inName[k] && isFutureVerb(r, word);
    if (word === FUTURE_WORD || pairAt(words, k, EXPECTATIONS) || future) expected = true;
  }
  return expected ? "expected" : null;
}

/** The certainty a claim ends with: the cue's, negated if the cue is, then what its content says. */
export function finalCertainty(base: Certainty, negated: boolean, modality: Certainty | null): Certainty {
  const own = negated ? negate(base) : base;
  if (modality === "denied") return own === "denied" ? "reported" : "denied";
  if (modality === "expected" && (own === "reported" || own === "confirmed")) return "expected";
  return own;
}
