import type { Sentence, Token } from "../core/layers.js";
import { CHAR_CLASS, CharClass, isWhitespace } from "./char-class.js";
import { type GapBreaks, lineBreaks, NO_BREAK } from "./line-breaks.js";
import { QuoteMatcher } from "./quotes.js";

/**
 * Sentence boundaries over tokens. A sentence ends at . ! ? ؟ … (and runs such as «..»), after any closing
 * quotes or brackets, unless the period belongs to an abbreviation or initial («د.», «U.S.») or the mark
 * sits inside a quotation that goes on. Paragraph breaks (a blank line) always end a sentence. A single line
 * break does not: scraped news breaks lines mid-sentence («قوات\nالنظام»), except before a list marker.
 * Sentences are cut from a partition of the text and trimmed, so every character that is not whitespace
 * belongs to exactly one sentence.
 */

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

/** A punctuation token that starts with a sentence-final mark (. ! ? ؟ … ۔ ‼ ⁇ ⁈ ⁉, the tokeniser's class). */
function isFinalPunct(token: Token): boolean {
  return CHAR_CLASS[token.norm.charCodeAt(0)] === CharClass.final;
}

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

/**
 * One pass over the tokens matches quotation marks and notes the few tokens where a sentence may end (a
 * final mark, a line break after it); only those are then looked at, once every quotation is known.
 */
export function splitSentences(raw: string, tokens: readonly Token[]): Sentence[] {
  const quotes = new QuoteMatcher(tokens.length);
  // Candidate token indexes, each with the line breaks of the gap after it.
  const candidates: number[] = [];
  const gaps: GapBreaks[] = [];
  const count = tokens.length;
  for (let k = 0; k < count; k++) {
    const token = tokens[k]!;
    let candidate = false;
    let gap = NO_BREAK;
    if (token.kind === "punct") {
      if (token.end - token.start === 1) quotes.mark(tokens, k, raw.charCodeAt(token.start));
      candidate = isFinalPunct(token);
    }
    if (k + 1 < count) {
      // Most gaps are one space: lineBreaks returns NO_BREAK for them without allocating.
      gap = lineBreaks(raw, token.end, tokens[k + 1]!.start);
      if (gap !== NO_BREAK) {
        candidate = true;
        // A paragraph break: no quotation stays open across it.
        if (gap.count >= 2) quotes.closeAll();
      }
    }
    if (candidate) {
      candidates.push(k);
      gaps.push(gap);
    }
  }
  const cuts: number[] = [];
  let skipTo = -1;
  for (let c = 0; c < candidates.length; c++) {
    const k = candidates[c]!;
    if (k <= skipTo) continue;
    const token = tokens[k]!;
    const next = tokens[k + 1];
    const gap = gaps[c]!;
    if (gap.count >= 2) {
      cuts.push(gap.first);
      continue;
    }
    if (gap.count === 1 && next && LIST_MARKERS.has(next.norm)) {
      cuts.push(gap.first);
      continue;
    }
    if (token.kind !== "punct" || !isFinalPunct(token)) continue;
    if (gap.count === 0 && (isAbbreviation(tokens, k) || continuesAfter(raw, token, next))) continue;
    const last = sentenceEnd(tokens, k, quotes);
    if (last < 0) continue;
    skipTo = last;
    cuts.push(tokens[last]!.end);
  }
  return segments(raw, cuts);
}

/**
 * The last token of a sentence whose final mark is token `k`, or -1 when the mark sits inside a quotation
 * or brackets that go on. A quotation that closes right after the mark («."» «!»)») ends with it, and
 * closing marks that follow without a space stay with the sentence.
 */
function sentenceEnd(tokens: readonly Token[], k: number, quotes: QuoteMatcher): number {
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
