import {
  FRACTIONS,
  NUMBER_WORDS,
  type NumberWord,
  TEEN_WORDS,
  VAGUE_SCALES,
  VAGUE_WORDS,
  type VagueWord,
} from "./number-lexicon.js";
import { parseDigits } from "./parse-digits.js";
import { PhraseTable } from "./phrase-table.js";
import type { Word } from "./words.js";

/** A quantity read at a word index: digits, number words, a vague plural or a fraction. */
export interface Quantity {
  readonly value: number;
  /** Word indices `[first, end)`. */
  readonly first: number;
  readonly end: number;
  /** Normalised offsets of the quantity alone, after any stripped clitic. */
  readonly start: number;
  readonly stop: number;
  readonly vague: boolean;
  readonly fraction: boolean;
  /** Only a number when a counted noun follows (بضعة، عدة، ست، سبع). */
  readonly needsNoun: boolean;
}

const numberWords = new PhraseTable<NumberWord>(NUMBER_WORDS, { withArticle: true });
const vagueWords = new PhraseTable<VagueWord>(VAGUE_WORDS);
const vagueScales = new PhraseTable<number>(VAGUE_SCALES, { clitics: false });
const fractions = new PhraseTable<number>(FRACTIONS);
const scales = new PhraseTable<NumberWord>(
  NUMBER_WORDS.filter(([, w]) => w.type === "scale"),
  { clitics: false },
);

/** First words of every number word, vague quantity and fraction. */
export function quantityHeads(): string[] {
  return [...numberWords.heads(), ...vagueWords.heads(), ...fractions.heads()];
}

export function isNumberWordAt(words: readonly Word[], i: number): boolean {
  return numberWords.match(words, i) !== null || vagueWords.match(words, i) !== null;
}

function make(
  words: readonly Word[],
  first: number,
  end: number,
  start: number,
  value: number,
  extra: Partial<Quantity> = {},
): Quantity {
  return {
    value,
    first,
    end,
    start,
    stop: words[end - 1]!.e,
    vague: false,
    fraction: false,
    needsNoun: false,
    ...extra,
  };
}

function digitQuantity(words: readonly Word[], i: number): Quantity | null {
  const word = words[i]!;
  const scale = scales.match(words, i + 1);
  const value = parseDigits(word.t, scale !== null);
  if (value === null) return null;
  if (scale !== null) return make(words, i, scale.end, word.s, value * scale.value.value);
  return make(words, i, i + 1, word.s, value);
}

/** Running state of a compound number: «ثلاثة آلاف وخمسمائة» = 3 × 1000 + 500. */
interface Compound {
  total: number;
  current: number;
  last: number;
}

/** Adds the next number word to the compound; false when it cannot continue it. */
function extend(state: Compound, word: NumberWord, joined: boolean): boolean {
  // The last part was a unit 1–9: a ten may follow it (خمسة وعشرون) and so may عشر.
  const afterUnit = state.last > 0 && state.last < 10;
  if (word.type === "scale" && !joined) {
    state.total += (state.current || 1) * word.value;
    state.current = 0;
    state.last = word.value;
    return true;
  }
  if (word.type === "hundred" && !joined && state.current > 0 && state.current < 10) {
    state.current *= 100;
    state.last = state.current;
    return true;
  }
  if (!joined) return false;
  if (word.type === "ten" ? !(afterUnit || word.value < state.last) : word.value >= state.last) return false;
  state.current += word.value;
  state.last = word.value;
  return true;
}

function wordQuantity(words: readonly Word[], i: number): Quantity | null {
  const head = numberWords.match(words, i);
  if (head === null) return null;
  const state: Compound = { total: 0, current: 0, last: Number.POSITIVE_INFINITY };
  if (head.value.type === "scale") {
    state.total = head.value.value;
    state.last = head.value.value;
  } else if (head.value.type === "hundred") {
    state.current = 100;
    state.last = 100;
  } else {
    state.current = head.value.value;
    state.last = head.value.value;
  }
  let end = head.end;
  let weak = head.value.weak === true;
  for (;;) {
    const next = words[end];
    if (next === undefined || next.k !== "ar") break;
    if (state.last > 0 && state.last < 10 && TEEN_WORDS.has(next.t)) {
      state.current += 10;
      state.last = 10;
      end++;
      weak = false;
      continue;
    }
    const joinedWord = next.t === "و" ? end + 1 : end;
    const joined = next.t === "و" || next.t.startsWith("و");
    const match = numberWords.match(words, joinedWord);
    if (match === null || !extend(state, match.value, joined)) break;
    end = match.end;
    weak = false;
  }
  return make(words, i, end, head.start, state.total + state.current, { needsNoun: weak });
}

function vagueQuantity(words: readonly Word[], i: number): Quantity | null {
  const head = vagueWords.match(words, i);
  if (head === null) return null;
  const scale = vagueScales.match(words, head.end);
  const value = head.value.value * (scale?.value ?? 1);
  const end = scale?.end ?? head.end;
  return make(words, i, end, head.start, value, { vague: true, needsNoun: head.value.needsNoun === true });
}

/** Reads the quantity that starts at word `i`, or null. */
export function parseQuantity(words: readonly Word[], i: number): Quantity | null {
  const word = words[i];
  if (word === undefined) return null;
  if (word.k === "num") return digitQuantity(words, i);
  if (word.k !== "ar") return null;
  const vague = vagueQuantity(words, i);
  if (vague !== null) return vague;
  const compound = wordQuantity(words, i);
  if (compound !== null) return compound;
  const fraction = fractions.match(words, i);
  if (fraction !== null)
    return make(words, i, fraction.end, fraction.start, fraction.value, { fraction: true });
  return null;
}
