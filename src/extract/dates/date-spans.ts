import type { NormalizedText } from "../../core/layers.js";
import type { Span } from "../../core/span.js";
import { scanWords, type Word } from "../numbers/words.js";
import { type DateHit, findDates } from "./extract-dates.js";

/**
 * The scanned words and date spans of one normalised text, remembered per (immutable) normalised
 * layer so the numbers stage does not scan and match dates a second time. Spans do not depend on
 * the publication date, only values do.
 */
const memo = new WeakMap<NormalizedText, { words: readonly Word[]; dates: readonly Span[] }>();

export function rememberDates(norm: NormalizedText, words: readonly Word[], hits: readonly DateHit[]): void {
  memo.set(norm, { words, dates: hits.map((h) => ({ start: h.start, end: h.end })) });
}

export function wordsAndDates(norm: NormalizedText): { words: readonly Word[]; dates: readonly Span[] } {
  let found = memo.get(norm);
  if (found === undefined) {
    const words = scanWords(norm.text);
    found = { words, dates: findDates(norm.text, { anchor: null }, words) };
    memo.set(norm, found);
  }
  return found;
}
