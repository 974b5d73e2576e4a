import type { Token } from "../core/layers.js";
import { WordCache } from "../text/word-cache.js";
import { type WordForms, wordFormsOf } from "../text/word-forms.js";
import { wordVariants } from "./word-variants.js";

/** A lexicon phrase found in the token list: tokens `[start, end)` and the entry's value. */
export interface PhraseHit<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
  /** The first word was read with the future prefix «سـ» stripped («سيبدأ», «ستقصف»). */
  readonly future: boolean;
}

export interface Phrase<T> {
  readonly rest: readonly string[];
  readonly value: T;
}

/** The phrases a word can start, with whether that reading stripped the future prefix. */
export interface Start<T> {
  readonly phrases: readonly Phrase<T>[];
  readonly future: boolean;
}

/** Quote marks that reporters put inside a name or a phrase; a phrase may run across them. */
const SKIPPABLE = new Set(['"', "'", "“", "”", "«", "»", "„"]);

/**
 * Lexicon phrases keyed by their first (bare, normalised) word, longest first. A word's readings are
 * looked up once per distinct word (see WordTable); matching then only walks the phrases it can start.
 */
export class TokenPhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  size = 0;

  /** Adds a phrase given as normalised bare words; `merge` combines values when the phrase is there already. */
  add(words: readonly string[], value: T, merge?: (old: T, added: T) => T): void {
    const [first, ...rest] = words;
    if (first === undefined) return;
    let list = this.byFirst.get(first);
    if (!list) {
      list = [];
      this.byFirst.set(first, list);
    }
    const key = rest.join(" ");
    const at = merge ? list.findIndex((p) => p.rest.join(" ") === key) : -1;
    if (at >= 0) {
      list[at] = { rest, value: merge!(list[at]!.value, value) };
      return;
    }
    list.push({ rest, value });
    list.sort((a, b) => b.rest.length - a.rest.length);
    this.size++;
  }

  /** The phrases each reading of a word starts. */
  starts(forms: readonly string[], futureMask: number): Start<T>[] {
    const out: Start<T>[] = [];
    forms.forEach((form, k) => {
      const phrases = this.byFirst.get(form);
      if (phrases) out.push({ phrases, future: (futureMask & (1 << k)) !== 0 });
    });
    return out;
  }
}

/**
 * What the matcher knows about one distinct word: the phrases its readings can start, and the readings
 * themselves (null for the many words that start nothing: they are recomputed in the rare case a phrase
 * needs them as a later word, so the cache holds almost nothing for them).
 */
export interface WordInfo<A, B> {
  readonly forms: readonly string[] | null;
  readonly a: readonly Start<A>[];
  readonly b: readonly Start<B>[];
}

const HEH = "ه".charCodeAt(0);

/**
 * Distinct words kept by string. Most lookups go by the tokeniser's word-form id (forTokens), so this cache
 * only has to span about what the tokeniser's own does (2^16); at 2^18 it held ~80 MB more at peak.
 */
const CACHE_WORDS = 1 << 16;
/** Rows of its front table: with most lookups going by form id, the tokeniser's 64k rows (4 MB) sat idle. */
const CACHE_FRONT_ROWS = 1 << 12;

/**
 * Word infos for two indexes (triggers and cues), computed once per distinct word and process. The text
 * layer's WordCache holds them: a Map keyed by each document's fresh word strings cost more than the rest
 * of the stage together.
 */
export class WordTable<A, B> {
  private readonly cache = new WordCache<WordInfo<A, B>>(CACHE_WORDS, CACHE_FRONT_ROWS);
  private readonly none: WordInfo<A, B> = { forms: null, a: [], b: [] };
  constructor(
    readonly first: TokenPhraseIndex<A>,
    readonly second: TokenPhraseIndex<B>,
  ) {}

  get(word: string): WordInfo<A, B> {
    const hash = WordCache.hash(word, 0, word.length);
    let info = this.cache.get(word, 0, word.length, hash);
    if (info === undefined) {
      const { forms, futureMask } = wordVariants(word);
      const a = this.first.starts(forms, futureMask);
      const b = this.second.starts(forms, futureMask);
      info = a.length === 0 && b.length === 0 ? this.none : { forms, a, b };
      this.cache.set(word, 0, word.length, hash, info, word);
    }
    return info;
  }

  /** Infos by the tokeniser's word-form id (text/word-forms.ts), for the forms' space and generation below. */
  private byForm: (WordInfo<A, B> | undefined)[] = [];
  private formSpace: object | null = null;
  private formGeneration = -1;

  /** The form ids of a token layer, or undefined; empties byForm when they come from another cache state. */
  private formIds(tokens: readonly Token[]): Int32Array | undefined {
    const forms: WordForms | undefined = wordFormsOf(tokens);
    if (forms === undefined || forms.ids.length !== tokens.length) return undefined;
    if (forms.space !== this.formSpace || forms.generation !== this.formGeneration) {
      this.byForm = new Array<WordInfo<A, B> | undefined>(forms.capacity);
      this.formSpace = forms.space;
      this.formGeneration = forms.generation;
    }
    return forms.ids;
  }

  /**
   * The info of every token of a document (punctuation and numbers get an empty one). A token's form id
   * names its normalised word (one id, one `norm`), so the string hash and probe of get() run once per
   * distinct word and cache generation instead of once per token.
   */
  forTokens(tokens: readonly Token[]): WordInfo<A, B>[] {
    const ids = this.formIds(tokens);
    const byForm = this.byForm;
    return tokens.map((t, i) => {
      if (t.kind !== "arabic") return this.none;
      const form = ids === undefined ? -1 : ids[i]!;
      let info = form >= 0 ? byForm[form] : undefined;
      if (info === undefined) {
        info = this.get(t.norm);
        if (form >= 0) byForm[form] = info;
      }
      const { norm, stemNorm } = t;
      // Compared in place: a template string here cost a string per token.
      const pronoun =
        norm.length > stemNorm.length &&
        norm.charCodeAt(norm.length - 1) === HEH &&
        norm.endsWith(stemNorm, norm.length - 1);
      return pronoun ? this.withPronoun(info, norm, stemNorm) : info;
    });
  }

  private readonly pronounInfos = new Map<string, WordInfo<A, B>>();

  /**
   * «اعتقاله», «طائراته»: the lone pronoun «ـه» is never stripped from a word (after normalisation it is also
   * a ta marbuta), but when the tokeniser has split it off as a suffix the stem's readings count too.
   */
  private withPronoun(info: WordInfo<A, B>, word: string, stem: string): WordInfo<A, B> {
    const bare = this.get(stem);
    if (bare === this.none) return info;
    let merged = this.pronounInfos.get(word);
    if (!merged) {
      const forms = [...(info.forms ?? wordVariants(word).forms), ...(bare.forms ?? [])];
      merged = { forms, a: [...info.a, ...bare.a], b: [...info.b, ...bare.b] };
      if (this.pronounInfos.size > CACHE_WORDS) this.pronounInfos.clear();
      this.pronounInfos.set(word, merged);
    }
    return merged;
  }
}

/**
 * Whether `word` can be a reading of `norm` at all: every reading is a piece of the word, except that «لل»
 * may give back an «ال» and a «ت» before a suffix a «ه» (see wordVariants), so the core without those is.
 */
function mayRead(norm: string, word: string): boolean {
  const core = word.startsWith("ال") ? word.slice(2) : word.endsWith("ه") ? word.slice(0, -1) : word;
  return norm.includes(core);
}

/** Index one past the last token of `rest` matched from token `from`, or -1. */
function matchRest(
  tokens: readonly Token[],
  infos: readonly WordInfo<unknown, unknown>[],
  from: number,
  rest: readonly string[],
): number {
  let j = from;
  for (const word of rest) {
    while (j < tokens.length && tokens[j]!.kind === "punct" && SKIPPABLE.has(tokens[j]!.norm)) j++;
    const token = tokens[j];
    if (token === undefined || token.kind !== "arabic") return -1;
    if (token.stemNorm === word || token.norm === word) {
      j++;
      continue;
    }
    const forms = infos[j]!.forms ?? (mayRead(token.norm, word) ? wordVariants(token.norm).forms : null);
    if (!forms?.includes(word)) return -1;
    j++;
  }
  return j;
}

/** The longest phrase starting at token `i` among the starts given, or null. */
export function longestAt<T>(
  tokens: readonly Token[],
  infos: readonly WordInfo<unknown, unknown>[],
  i: number,
  starts: readonly Start<T>[],
): PhraseHit<T> | null {
  let best: PhraseHit<T> | null = null;
  for (const start of starts) {
    for (const phrase of start.phrases) {
      const end = matchRest(tokens, infos, i + 1, phrase.rest);
      if (end < 0 || (best && end <= best.end)) continue;
      best = { value: phrase.value, start: i, end, future: start.future };
      break;
    }
  }
  return best;
}

/**
 * Every phrase of the longest length starting at token `i`: two readings of one word can start phrases of
 * the same length under different keys («المقاتلين» as written and as «مقاتلين»), and cues need them all.
 */
export function allLongestAt<T>(
  tokens: readonly Token[],
  infos: readonly WordInfo<unknown, unknown>[],
  i: number,
  starts: readonly Start<T>[],
): { values: T[]; end: number } | null {
  let end = -1;
  let values: T[] = [];
  for (const start of starts) {
    for (const phrase of start.phrases) {
      const e = matchRest(tokens, infos, i + 1, phrase.rest);
      if (e < 0 || e < end) continue;
      if (e > end) values = [];
      end = e;
      values.push(phrase.value);
      break;
    }
  }
  return end < 0 ? null : { values, end };
}

/** Splits a normalised lexicon form into its words. */
export function formWords(form: string): string[] {
  return form.split(/\s+/).filter((w) => w.length > 0);
}
