import type {
  ActorMention,
  Claim,
  DateMention,
  NumberMention,
  PlaceMention,
  Sentence,
  Token,
} from "../core/layers.js";
import type { Span } from "../core/span.js";
import type { ActorDictionary } from "../extract/actors/dictionary.js";
import { splitClauses } from "./clauses.js";
import { type CueHit, findCues, type TokenInfos } from "./find-triggers.js";
import type { CueLabel, EventLexicon } from "./trigger-lexicon.js";

/** A mention of another layer placed on the token list: tokens `[start, end)`. */
export interface Located<T> {
  readonly item: T;
  readonly start: number;
  readonly end: number;
}

/** A clause: tokens `[start, end)` of one sentence, cut at commas and clause openers («حيث», «إذ»). */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** What the event rules read about one document, every layer indexed by token. */
export interface DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The lexicon's readings of each token. */
  readonly infos: TokenInfos;
  /** Sentences as token ranges, in order. */
  readonly sentences: readonly Span[];
  readonly sentenceSpans: readonly Span[];
  readonly clauses: readonly Clause[];
  /** Clause index of each token. */
  readonly clauseOf: Int32Array;
  /** Per token, IN_DATE | IN_PLACE | IN_ACTOR bits. */
  readonly named: Uint8Array;
  readonly cues: readonly CueHit[];
  /** The cues of each label, in text order. */
  readonly cueIndex: ReadonlyMap<CueLabel, readonly CueHit[]>;
  readonly places: readonly Located<PlaceMention>[];
  readonly actors: readonly Located<ActorMention>[];
  readonly dates: readonly Located<DateMention>[];
  readonly numbers: readonly Located<NumberMention>[];
  readonly claims: readonly Claim[];
  readonly publishedAt: string | null;
  readonly dict: ActorDictionary | undefined;
}

export interface DocLayers {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly places: readonly PlaceMention[];
  readonly actors: readonly ActorMention[];
  readonly dates: readonly DateMention[];
  readonly numbers: readonly NumberMention[];
  readonly claims: readonly Claim[];
  readonly publishedAt: string | null;
}

/**
 * For each offset of the text, the index of the first token that ends after it: one pass over the tokens,
 * after which every mention is placed on the token list in constant time.
 */
export function tokenIndex(tokens: readonly Token[], length: number): Int32Array {
  const firstEndingAfter = new Int32Array(length + 1);
  let t = 0;
  for (let offset = 0; offset <= length; offset++) {
    while (t < tokens.length && tokens[t]!.end <= offset) t++;
    firstEndingAfter[offset] = t;
  }
  return firstEndingAfter;
}

/** The tokens a raw-text span covers, as `[start, end)`; empty (start === end) when it covers none. */
export function tokenRange(tokens: readonly Token[], index: Int32Array, span: Span): Span {
  const start = index[span.start] ?? tokens.length;
  let end = start;
  while (end < tokens.length && tokens[end]!.start < span.end) end++;
  return { start, end };
}

function locate<T extends Span>(
  tokens: readonly Token[],
  index: Int32Array,
  items: readonly T[],
): Located<T>[] {
  const out: Located<T>[] = [];
  for (const item of items) {
    const range = tokenRange(tokens, index, item);
    if (range.end > range.start) out.push({ item, start: range.start, end: range.end });
  }
  return out;
}

/** Cue labels that mean nothing inside an actor's or a place's name (weapon and target words still do). */
const NAME_BLIND = new Set<CueLabel>([
  "ongoing",
  "expected",
  "rumoured",
  "denial",
  "negation",
  "without",
  "intent",
  "attempt",
  "aim",
  "condition",
  "demand",
  "threat",
  "talk",
  "generic",
  "stop",
  "anaphor",
  "relative",
  "since",
  "rhetoric",
]);

/** Bits of `DocView.named`: the token lies inside a date, a place or an actor mention. */
export const IN_DATE = 1;
export const IN_PLACE = 2;
export const IN_ACTOR = 4;

function namedTokens(
  count: number,
  dates: readonly Span[],
  places: readonly Span[],
  actors: readonly Span[],
): Uint8Array {
  const named = new Uint8Array(count);
  const mark = (list: readonly Span[], bit: number) => {
    for (const m of list) for (let i = m.start; i < m.end; i++) named[i]! |= bit;
  };
  mark(dates, IN_DATE);
  mark(places, IN_PLACE);
  mark(actors, IN_ACTOR);
  return named;
}

/** Whether any token of `[start, end)` has one of the `bits` in `named`. */
export function touches(named: Uint8Array, start: number, end: number, bits: number): boolean {
  for (let i = start; i < end; i++) if ((named[i]! & bits) !== 0) return true;
  return false;
}

/** Whether every token of `[start, end)` has one of the `bits`. */
function within(named: Uint8Array, start: number, end: number, bits: number): boolean {
  for (let i = start; i < end; i++) if ((named[i]! & bits) === 0) return false;
  return end > start;
}

/** The mentions of a start-ordered list that lie inside tokens `[from, to)`, found by binary search. */
export function inRange<T extends Span>(list: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < list.length && list[k]!.start < to; k++) if (list[k]!.end <= to) out.push(list[k]!);
  return out;
}

export function buildDocView(layers: DocLayers, lexicon: EventLexicon, dict?: ActorDictionary): DocView {
  const { tokens } = layers;
  const index = tokenIndex(tokens, layers.text.length);
  const sentences = layers.sentences.map((s) => tokenRange(tokens, index, s));
  const dates = locate(tokens, index, layers.dates);
  const places = locate(tokens, index, layers.places);
  const actors = locate(tokens, index, layers.actors);
  const numbers = locate(tokens, index, layers.numbers);
  const infos = lexicon.words.forTokens(tokens);
  const named = namedTokens(tokens.length, dates, places, actors);
  // Cues inside a date expression («أيار الجاري», «حتى الآن») say nothing about an event (but «يوميا» says it
  // recurs), nor do modality
  // and framing words inside a name («وكالة الأنباء السورية», «ميليشيا الدفاع الوطني»).
  const cues = findCues(tokens, infos).filter(
    (c) =>
      (c.label === "daily" || !within(named, c.start, c.end, IN_DATE)) &&
      !(NAME_BLIND.has(c.label) && within(named, c.start, c.end, IN_ACTOR | IN_PLACE)),
  );
  const protectedRanges = [...dates, ...places, ...actors, ...numbers];
  const { clauses, clauseOf } = splitClauses(tokens, sentences, cues, protectedRanges);
  return {
    text: layers.text,
    tokens,
    infos,
    sentences,
    sentenceSpans: layers.sentences,
    clauses,
    clauseOf,
    named,
    cues,
    cueIndex: indexCues(cues),
    places,
    actors,
    dates,
    numbers,
    claims: layers.claims,
    publishedAt: layers.publishedAt,
    dict,
  };
}

function indexCues(cues: readonly CueHit[]): Map<CueLabel, CueHit[]> {
  const index = new Map<CueLabel, CueHit[]>();
  for (const cue of cues) {
    const list = index.get(cue.label);
    if (list) list.push(cue);
    else index.set(cue.label, [cue]);
  }
  return index;
}

/** The cues with `label` lying inside tokens `[from, to)`, in text order. */
export function cuesIn(view: DocView, label: CueLabel, from: number, to: number): CueHit[] {
  const list = view.cueIndex.get(label);
  return list ? inRange(list, from, to) : [];
}

export function hasCue(view: DocView, label: CueLabel, from: number, to: number): boolean {
  return cuesIn(view, label, from, to).length > 0;
}

/** The clause that holds token `i`. */
export function clauseAt(view: DocView, i: number): Clause {
  return view.clauses[view.clauseOf[i] ?? 0]!;
}

/** Number of word tokens strictly between tokens `a` (exclusive) and `b` (exclusive); 0 when adjacent. */
export function wordsBetween(view: DocView, a: number, b: number): number {
  let n = 0;
  for (let i = a + 1; i < b; i++) if (view.tokens[i]!.kind !== "punct") n++;
  return n;
}
