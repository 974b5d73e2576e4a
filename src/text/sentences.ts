import type { Sentence, Token } from "../core/layers.js";
import { isWhitespace } from "./char-class.js";
import { type QuoteInfo, quotedRanges } from "./quotes.js";

/**
 * Sentence boundaries over tokens. A sentence ends at . ! ? ؟ … (and runs such as «..»), after any closing
 * quotes or brackets, unless the period belongs to an abbreviation or initial («د.», «U.S.») or the mark
 * sits inside a quotation that goes on. Paragraph breaks (a blank line) always end a sentence. A single line
 * break does not: scraped news breaks lines mid-sentence («قوات\nالنظام»), except before a list marker.
 * Sentences are cut from a partition of the text and trimmed, so every character that is not whitespace
 * belongs to exactly one sentence.
 */

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const FORM_FEED = 0x0c;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;

/** Latin abbreviations that take a period mid-sentence (lower case, without the period). */
const LATIN_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "vs",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "maj",
  "brig",
  "no",
  "approx",
  "e.g",
  "i.e",
]);

/** Line-start markers of list items, each its own sentence. */
const LIST_MARKERS = new Set(["-", "*", "•", "●", "▪", "■", "◦", "‣", "⁃", "►"]);

/** Closing punctuation that stays with the sentence it follows. */
const CLOSERS = new Set([")", "]", "}", '"', "'"]);

/** Line breaks in the gap `[from, to)`: a blank line or paragraph separator counts as two. */
function lineBreaks(raw: string, from: number, to: number): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = from; i < to; i++) {
    const code = raw.charCodeAt(i);
    let add = 0;
    if (code === LINE_FEED || code === LINE_SEPARATOR) add = 1;
    else if (code === CARRIAGE_RETURN) add = raw.charCodeAt(i + 1) === LINE_FEED ? 0 : 1;
    else if (code === PARAGRAPH_SEPARATOR || code === FORM_FEED) add = 2;
    if (add > 0 && first < 0)
      first = code === LINE_FEED && raw.charCodeAt(i - 1) === CARRIAGE_RETURN ? i - 1 : i;
    count += add;
  }
  return { count, first };
}

/** First units of sentence-final marks: . ! ? ؟ … ۔ ‼ ⁇ ⁈ ⁉ */
const FINAL_MARKS = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026, 0x06d4, 0x203c, 0x2047, 0x2048, 0x2049]);

function isFinal(token: Token): boolean {
  return token.kind === "punct" && FINAL_MARKS.has(token.norm.charCodeAt(0));
}

/** Whether the gap `[from, to)` holds any line or paragraph break: most gaps are one space and hold none. */
function hasBreak(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = raw.charCodeAt(i);
    if (code <= 0x0d ? code >= 0x0a : code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR) return true;
  }
  return false;
}

const NO_BREAK = { count: 0, first: -1 };

/** A period that closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(tokens: readonly Token[], k: number): boolean {
  const period = tokens[k]!;
  const before = tokens[k - 1];
  if (period.norm !== "." || !before || before.end !== period.start) return false;
  if (before.kind === "arabic" && before.norm.length === 1) return true;
  if (before.kind !== "latin") return false;
  if (before.norm.length === 1) return true;
  const joined = tokens[k - 2]?.norm === "." ? `${tokens[k - 3]?.norm ?? ""}.${before.norm}` : before.norm;
  return LATIN_ABBREVIATIONS.has(before.norm) || LATIN_ABBREVIATIONS.has(joined);
}

/** Whether the text goes on as the same sentence right after a sentence-final mark (domains, «3.x»). */
function continuesAfter(raw: string, mark: Token, next: Token | undefined): boolean {
  if (!next) return false;
  if (next.start === mark.end) return next.kind === "latin" || next.kind === "number";
  // A lower-case Latin word after «.» continues the sentence («e.g. the …»).
  const first = raw.charCodeAt(next.start);
  return next.kind === "latin" && first >= 0x61 && first <= 0x7a && mark.norm === ".";
}

export function splitSentences(raw: string, tokens: readonly Token[]): Sentence[] {
  const quotes = quotedRanges(raw, tokens);
  const cuts: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const next = tokens[k + 1];
    const gap =
      next && hasBreak(raw, token.end, next.start) ? lineBreaks(raw, token.end, next.start) : NO_BREAK;
    if (gap.count >= 2) {
      cuts.push(gap.first);
      continue;
    }
    if (gap.count === 1 && next && LIST_MARKERS.has(next.norm)) {
      cuts.push(gap.first);
      continue;
    }
    if (!isFinal(token)) continue;
    if (gap.count === 0 && (isAbbreviation(tokens, k) || continuesAfter(raw, token, next))) continue;
    const last = sentenceEnd(tokens, k, quotes);
    if (last < 0) continue;
    k = last;
    cuts.push(tokens[last]!.end);
  }
  return segments(raw, cuts);
}

/**
 * The last token of a sentence whose final mark is token `k`, or -1 when the mark sits inside a quotation
 * or brackets that go on. A quotation that closes right after the mark («."» «!»)») ends with it, and
 * closing marks that follow without a space stay with the sentence.
 */
function sentenceEnd(tokens: readonly Token[], k: number, quotes: QuoteInfo): number {
  let last = k;
  let close = quotes.inside[k]!;
  while (close >= 0) {
    let j = last + 1;
    while (j < close && tokens[j]!.kind === "punct") j++;
    if (j !== close) return -1;
    last = close;
    close = quotes.inside[close]!;
  }
  for (;;) {
    const next = tokens[last + 1];
    if (!next || next.start !== tokens[last]!.end || !CLOSERS.has(next.norm) || quotes.opens[last + 1]) break;
    last++;
  }
  return last;
}

/** Cuts the text at `cuts` (ascending) and trims whitespace from each piece; empty pieces are dropped. */
function segments(raw: string, cuts: readonly number[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const cut of [...cuts, raw.length]) {
    let start = from;
    let end = cut;
    while (start < end && isWhitespace(raw.charCodeAt(start))) start++;
    while (end > start && isWhitespace(raw.charCodeAt(end - 1))) end--;
    if (end > start) sentences.push({ start, end });
    from = Math.max(from, cut);
  }
  return sentences;
}
