import type {
  ActorMention,
  DateMention,
  EntityMention,
  NormalizedText,
  Sentence,
  Token,
} from "../core/layers.js";
import type { Span } from "../core/span.js";

/** A mention placed on the token stream: the tokens `[start, end)` it covers. */
export interface Placed<M> {
  readonly mention: M;
  readonly start: number;
  readonly end: number;
}

/**
 * A document as the claims stage reads it: tokens with their norms, sentences as token ranges, and the
 * earlier layers (actors, entities, dates) indexed by the token they start in.
 */
export interface DocView {
  readonly raw: string;
  readonly norm: NormalizedText;
  readonly tokens: readonly Token[];
  /** Token norms; punctuation and symbols too («،», «"»). */
  readonly norms: readonly string[];
  /** Word norms for phrase matching: null for punctuation and symbols, which break a phrase. */
  readonly words: readonly (string | null)[];
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  readonly actorAt: ReadonlyMap<number, Placed<ActorMention>>;
  readonly entityAt: ReadonlyMap<number, Placed<EntityMention>>;
  /** 1 for tokens inside a date or time expression. */
  readonly inDate: Uint8Array;
  /** 1 for tokens inside a named entity or actor («سنجار» is a place, not «سـ» + a verb). */
  readonly inName: Uint8Array;
}

/** Index of the first token that ends after `offset`. */
export function tokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens `[start, end)` a span covers, or null when it covers none. */
export function tokenRange(tokens: readonly Token[], span: Span): { start: number; end: number } | null {
  const start = tokenAfter(tokens, span.start);
  let end = start;
  while (end < tokens.length && tokens[end]!.start < span.end) end++;
  return end > start ? { start, end } : null;
}

function place<M extends Span>(tokens: readonly Token[], mentions: readonly M[]): Map<number, Placed<M>> {
  const out = new Map<number, Placed<M>>();
  for (const mention of mentions) {
    const range = tokenRange(tokens, mention);
    if (range && !out.has(range.start)) out.set(range.start, { mention, ...range });
  }
  return out;
}

/** Sentences as token ranges, in one walk over the tokens (both lists are in text order). */
function sentenceIndex(tokens: readonly Token[], sentences: readonly Sentence[]) {
  const sentStart = new Int32Array(sentences.length);
  const sentEnd = new Int32Array(sentences.length);
  let t = 0;
  sentences.forEach((sentence, s) => {
    while (t < tokens.length && tokens[t]!.end <= sentence.start) t++;
    sentStart[s] = t;
    while (t < tokens.length && tokens[t]!.start < sentence.end) t++;
    sentEnd[s] = t;
  });
  return { sentStart, sentEnd };
}

export function buildDocView(
  raw: string,
  norm: NormalizedText,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  actors: readonly ActorMention[],
  entities: readonly EntityMention[],
  dates: readonly DateMention[],
): DocView {
  const norms: string[] = new Array(tokens.length);
  const words: (string | null)[] = new Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const { norm, kind } = tokens[t]!;
    norms[t] = norm;
    words[t] = kind === "punct" || kind === "symbol" ? null : norm;
  }
  const inDate = new Uint8Array(tokens.length);
  for (const date of dates) {
    const range = tokenRange(tokens, date);
    if (range) inDate.fill(1, range.start, range.end);
  }
  const inName = new Uint8Array(tokens.length);
  for (const name of [...entities, ...actors]) {
    const range = tokenRange(tokens, name);
    if (range) inName.fill(1, range.start, range.end);
  }
  return {
    raw,
    norm,
    tokens,
    norms,
    words,
    ...sentenceIndex(tokens, sentences),
    actorAt: place(tokens, actors),
    entityAt: place(tokens, entities),
    inDate,
    inName,
  };
}

/** Raw offset of token `t` after its first `prefix` normalised units (the clitics before a name). */
export function rawAfterPrefix(view: DocView, t: number, prefix: number): number {
  const token = view.tokens[t]!;
  if (prefix === 0) return token.start;
  const starts = view.norm.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < token.start) lo = mid + 1;
    else hi = mid;
  }
  const at = lo + prefix;
  return at < starts.length && starts[at]! < token.end ? starts[at]! : token.start;
}

/** Raw start of a phrase matched at token `t`: after its clitics, or at the «ل» of a fused «لل». */
export function phraseStart(view: DocView, t: number, match: { prefix: number; fused: boolean }): number {
  return rawAfterPrefix(view, t, match.fused ? match.prefix - 1 : match.prefix);
}
