import type { CueRow } from "./cue-lexicon.js";
import { BACK_STOPS, COMPLEMENTIZERS, CONNECTIVE_PAIRS, CONNECTIVES } from "./grammar.js";
import type { Reader } from "./reader.js";
import { isComma } from "./zone.js";

/** Where a content starts: a token, and for a quote the token of its closing mark. */
export interface ContentStart {
  readonly tok: number;
  /** Raw offset (after a «ب» clitic when the content opens with one: «تفيد بنية …»). */
  readonly offset: number;
  /** Closing quote token when the content is a quotation; -1 otherwise. */
  readonly close: number;
}

const QUOTE = '"';
const COLON = new Set([":", "："]);
const QUOTE_REACH = 400;

function closingQuote(r: Reader, open: number): number {
  const limit = Math.min(r.view.norms.length, open + QUOTE_REACH);
  for (let k = open + 1; k < limit; k++) if (r.view.norms[k] === QUOTE) return k;
  return -1;
}

const CLAUSE_END = new Set([".", "!", "?", "؟", "…", "،", ",", "؛", ";", ")"]);

function clauseEndsAt(r: Reader, k: number): boolean {
  const norm = r.view.norms[k];
  return (
    norm === undefined || CLAUSE_END.has(norm) || r.view.tokens[k - 1]!.end + 2 < r.view.tokens[k]!.start
  );
}

function at(r: Reader, tok: number, close = -1): ContentStart {
  return { tok, offset: r.view.tokens[tok]!.start, close };
}

/** A quotation at `j` (after an optional colon); null when there is none or it is empty. */
function quotationAt(r: Reader, j: number, limit: number): ContentStart | null {
  let k = j;
  if (COLON.has(r.view.norms[k] ?? "")) k++;
  if (k >= limit || r.view.norms[k] !== QUOTE) return null;
  const close = closingQuote(r, k);
  // A quotation is the whole content only when the clause ends with it; «إن "عصابات …" قد تكون …» goes on.
  if (close < 0 || !clauseEndsAt(r, close + 1)) return null;
  // «قال المرصد: "إن 4 أطفال …"»: a complementizer opening the quotation is not what was said.
  const first = COMPLEMENTIZERS.has(r.view.words[k + 1] ?? "") && k + 2 < close ? k + 2 : k + 1;
  return close > first ? at(r, first, close) : null;
}

/**
 * The start of the content at token `j`: after a complementizer («أن», «بأن», «فإن»), a cue's own
 * introducer («عن», «إلى أن», «بـ»), a colon, or a quotation. `direct` lets the content start at `j` itself
 * (an object: «رصد المرصد خروج دفعة»).
 */
export function introAt(r: Reader, row: CueRow | null, j: number, limit: number, direct: boolean) {
  const { view } = r;
  if (j >= limit) return null;
  const word = view.words[j];
  const quote = quotationAt(r, j, limit);
  if (quote) return quote;
  if (COLON.has(view.norms[j] ?? "")) {
    const k = COMPLEMENTIZERS.has(view.words[j + 1] ?? "") ? j + 2 : j + 1;
    return k < limit ? at(r, k) : null;
  }
  // «قال مراسلنا " إن الفصائل …» with the closing mark lost in scraping: the words start after «إن».
  if (view.norms[j] === QUOTE && COMPLEMENTIZERS.has(view.words[j + 1] ?? ""))
    return j + 2 < limit ? at(r, j + 2) : null;
  if (word == null) return null;
  if (COMPLEMENTIZERS.has(word)) return j + 1 < limit ? (quotationAt(r, j + 1, limit) ?? at(r, j + 1)) : null;
  if (row?.intro.has(word)) {
    const next = view.words[j + 1];
    if (next != null && COMPLEMENTIZERS.has(next)) return j + 2 < limit ? at(r, j + 2) : null;
    return j + 1 < limit ? at(r, j + 1) : null;
  }
  if (row?.intro.has("ب") && word.length > 3 && word[0] === "ب") {
    return { tok: j, offset: afterFirstLetter(r, j), close: -1 };
  }
  if (direct) return at(r, j);
  return null;
}

function afterFirstLetter(r: Reader, j: number): number {
  const token = r.view.tokens[j]!;
  const stem = token.prefixes?.[token.prefixes.length - 1];
  return stem ? stem.end : token.start + 1;
}

/** After a comma, does a new clause start here («، حيث …», «، على غرار …»)? */
export function connectiveAt(r: Reader, j: number): boolean {
  const word = r.view.words[j];
  if (word == null) return false;
  if (CONNECTIVES.has(word)) return true;
  const second = CONNECTIVE_PAIRS.get(word);
  return second?.has(r.view.words[j + 1] ?? "") === true;
}

const DASHES = new Set(["-", "–", "—", "(", ")"]);

/**
 * One past the last token of a forward content from `start`: the sentence end, a comma before a new clause,
 * `cut` (where the next independent claim's clause starts), and for a claim in a relative clause («والتي
 * يعتقد أنها …-») a dash, bracket or comma.
 */
export function forwardEnd(r: Reader, start: number, limit: number, cut: number, relative: boolean): number {
  const { view } = r;
  const end = Math.min(limit, cut);
  for (let k = start; k < end; k++) {
    const norm = view.norms[k];
    if (isComma(norm) && connectiveAt(r, k + 1)) return k;
    if (relative && (isComma(norm) || (DASHES.has(norm ?? "") && !view.inDate[k]))) return k;
  }
  return end;
}

/**
 * Start of a backward content ending at the cue (`end`): the clause before it, from the previous comma or
 * the sentence start. An inline cue («… إلى الرقة كما يشاع») scopes over less: it also stops after a
 * preposition that opens a phrase («مع وصول حافلات …»).
 */
export function backwardStart(r: Reader, end: number, sentStart: number, inline: boolean): number {
  const { view } = r;
  let k = end - 1;
  // «…، " على حد قوله»: step back over the commas and quote marks right before the cue.
  while (k > sentStart && view.words[k] == null) k--;
  for (; k > sentStart; k--) {
    if (isComma(view.norms[k - 1])) return k;
    if (inline && BACK_STOPS.has(view.words[k - 1] ?? "")) return k;
  }
  return sentStart;
}

/** The last comma in `[from, to)`, or -1. */
export function lastComma(r: Reader, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isComma(r.view.norms[k])) return k;
  return -1;
}

/** Drops trailing punctuation (and an unpaired quote mark) from `[start, end)`; returns the new end. */
export function trimEnd(r: Reader, start: number, end: number): number {
  const { view } = r;
  let e = end;
  while (e > start && view.words[e - 1] == null) {
    const norm = view.norms[e - 1]!;
    if (norm === QUOTE && quotesIn(r, start, e) % 2 === 0) break;
    if (norm === ")" && view.norms.slice(start, e).includes("(")) break;
    e--;
  }
  return e;
}

function quotesIn(r: Reader, start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) if (r.view.norms[k] === QUOTE) n++;
  return n;
}
