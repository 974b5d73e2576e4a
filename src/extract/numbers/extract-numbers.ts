import type { Span } from "../../core/span.js";
import { COUNTED_NOUNS, type CountLabel, countedNounEntries, DUAL_NOUNS } from "./counted-nouns.js";
import { isLabelledAt, isListMarkerAt, labelEnd } from "./labels.js";
import {
  CURRENCIES,
  PERCENT_WORDS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  type Qualifier,
  RANGE_JOINERS,
} from "./number-lexicon.js";
import { parseQuantity, type Quantity, quantityHeads } from "./parse-quantity.js";
import { PhraseTable, TriggerSet } from "./phrase-table.js";
import { scanWords, type Word } from "./words.js";

/** A number found in normalised text; offsets are normalised units. */
export interface NumberHit {
  readonly start: number;
  readonly end: number;
  /** The quantity alone, without qualifier or counted noun (what NER corpora tag as CARDINAL). */
  readonly core: Span;
  readonly value: number;
  readonly approx: boolean;
  readonly qualifier: Qualifier | "vague" | null;
  readonly counts: CountLabel | null;
  readonly max?: number;
  /** The upper quantity of a range alone. */
  readonly maxCore?: Span;
  readonly percent: boolean;
  /** An amount of money («500 دولار»). */
  readonly money: boolean;
  /** A label, not an amount: «رقم 95», «اللواء 47», «شارع 10». */
  readonly identifier: boolean;
}

const before = new PhraseTable<Qualifier>(QUALIFIERS_BEFORE);
const after = new PhraseTable<Qualifier>(QUALIFIERS_AFTER, { clitics: false });
const nouns = new PhraseTable<CountLabel>(countedNounEntries(COUNTED_NOUNS), {
  withArticle: true,
  withTanween: true,
});
const duals = new PhraseTable<CountLabel>(countedNounEntries(DUAL_NOUNS), { withArticle: true });
const percents = new PhraseTable<true>(PERCENT_WORDS, { clitics: false });
const currencies = new PhraseTable<true>(CURRENCIES, { withArticle: true });
const triggers = new TriggerSet([...quantityHeads(), ...before.heads(), ...duals.heads()]);

export interface NumberOptions {
  /** Normalised spans already taken by dates: numbers inside them are not numbers. */
  readonly exclude?: readonly Span[];
}

interface Tail {
  end: number;
  stop: number;
  counts: CountLabel | null;
  percent: boolean;
  money: boolean;
  after: Qualifier | null;
}

/** The range's upper end after «و», «إلى», «-» or «حتى». */
function rangeEnd(words: readonly Word[], q: Quantity, opened: boolean): Quantity | null {
  const joiner = words[q.end];
  if (joiner === undefined || !RANGE_JOINERS.has(joiner.t)) return null;
  if (joiner.t === "و" && !opened) return null;
  const second = parseQuantity(words, q.end + 1);
  return second !== null && second.value > q.value ? second : null;
}

/** What follows a quantity: a percent sign, a counted noun (optionally after من), a trailing qualifier. */
function readTail(words: readonly Word[], end: number, stop: number, countable: boolean): Tail {
  const tail: Tail = { end, stop, counts: null, percent: false, money: false, after: null };
  const next = words[end];
  if (next?.t === "%") return { ...tail, end: end + 1, stop: next.e, percent: true };
  const percent = percents.match(words, end);
  if (percent !== null) return { ...tail, end: percent.end, stop: words[percent.end - 1]!.e, percent: true };
  const currency = currencies.match(words, end);
  if (currency !== null) return { ...tail, end: currency.end, stop: words[currency.end - 1]!.e, money: true };
  if (countable) {
    const at = next?.t === "من" ? end + 1 : end;
    const noun = nouns.match(words, at);
    if (noun !== null) {
      tail.counts = noun.value;
      tail.end = noun.end;
      tail.stop = words[noun.end - 1]!.e;
    }
  }
  const qualifier = after.match(words, tail.end);
  if (qualifier !== null) {
    tail.after = qualifier.value;
    tail.end = qualifier.end;
    tail.stop = words[qualifier.end - 1]!.e;
  }
  return tail;
}

function numberAt(words: readonly Word[], i: number): { hit: NumberHit; next: number } | null {
  const qualifier = before.match(words, i);
  const at = qualifier?.end ?? i;
  const q = parseQuantity(words, at);
  if (q === null) return null;
  const opened = qualifier?.value === "range" || words[at - 1]?.t === "من";
  const upper = rangeEnd(words, q, opened);
  if (qualifier?.value === "range" && upper === null) return null;
  const last = upper ?? q;
  const identifier = isLabelledAt(words, at) || isListMarkerAt(words, at, last.end);
  const countable = !identifier && !q.fraction;
  const labelled = identifier ? labelEnd(words, last.end) : last.end;
  const tail = readTail(words, labelled, words[labelled - 1]!.e, countable);
  if (q.needsNoun && tail.counts === null) return null;
  const kind = upper !== null ? "range" : (qualifier?.value ?? tail.after ?? (q.vague ? "vague" : null));
  const hit: NumberHit = {
    start: qualifier?.start ?? q.start,
    end: tail.stop,
    core: { start: q.start, end: q.stop },
    value: q.value,
    approx: kind !== null,
    qualifier: kind,
    counts: tail.percent ? null : tail.counts,
    percent: tail.percent,
    money: tail.money,
    identifier,
    ...(upper !== null ? { max: upper.value, maxCore: { start: upper.start, end: upper.stop } } : {}),
  };
  return { hit, next: tail.end };
}

function dualAt(words: readonly Word[], i: number): { hit: NumberHit; next: number } | null {
  const dual = duals.match(words, i);
  if (dual === null) return null;
  const stop = words[dual.end - 1]!.e;
  const span = { start: dual.start, end: stop };
  const hit: NumberHit = {
    ...span,
    core: span,
    value: 2,
    approx: false,
    qualifier: null,
    counts: dual.value,
    percent: false,
    money: false,
    identifier: false,
  };
  return { hit, next: dual.end };
}

/** True when the word reaches into the next excluded span. */
function blocked(word: Word | undefined, next: Span | undefined): boolean {
  return word !== undefined && next !== undefined && word.e > next.start;
}

/** Finds the numbers in normalised text, skipping the words inside `exclude`. */
export function findNumbers(
  norm: string,
  options: NumberOptions = {},
  words: readonly Word[] = scanWords(norm),
): NumberHit[] {
  const exclude = [...(options.exclude ?? [])].sort((a, b) => a.start - b.start);
  const hits: NumberHit[] = [];
  let x = 0;
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    if (word.k !== "num" && (word.k !== "ar" || !triggers.has(word.t))) {
      i++;
      continue;
    }
    while (x < exclude.length && exclude[x]!.end <= word.s) x++;
    if (blocked(word, exclude[x])) {
      i++;
      continue;
    }
    const found = numberAt(words, i) ?? dualAt(words, i);
    if (found === null || blocked(words[found.next - 1], exclude[x])) {
      i++;
      continue;
    }
    hits.push(found.hit);
    i = found.next;
  }
  return hits;
}

/** True when a counted noun (fighters, buses …) starts at word `i`: a number before it is a count, not a year. */
export function isCountedNounAt(words: readonly Word[], i: number): boolean {
  return nouns.match(words, i) !== null;
}
