import type { NormalizedText, Token, TokenKind } from "../core/layers.js";
import type { Span } from "../core/span.js";
import { CHAR_CLASS, CharClass } from "./char-class.js";
import { segmentWord } from "./segment.js";
import { defaultStemLexicon, type StemLexicon } from "./stem-lexicon.js";
import { WordCache } from "./word-cache.js";
import { rememberWordForms } from "./word-forms.js";
import { type WordInfo, wordInfo } from "./word-info.js";

/**
 * Splits a text into tokens by scanning its normalised form with a class table, so marks, tatweel and bidi
 * controls never start or split a token, and maps every token back to a raw span. Arabic words get clitic
 * sub-spans (src/text/clitics.ts) chosen with a stem lexicon; the text itself is never re-spaced.
 */

const COMMA = 0x2c;
const PERIOD = 0x2e;
const PERCENT = 0x25;
const APOSTROPHE = 0x27;

/** Cached analyses per word form, per lexicon: news vocabulary is Zipfian, so most words hit. */
const caches = new WeakMap<StemLexicon, WordCache<WordInfo>>();

function classAt(text: string, i: number): number {
  return i < text.length ? CHAR_CLASS[text.charCodeAt(i)]! : CharClass.space;
}

function isDigitAt(text: string, i: number): boolean {
  return classAt(text, i) === CharClass.digit;
}

/** End of a number starting at `i`: digits, «1,000» groups, «3.5» decimals, an optional «%». */
function scanNumber(text: string, i: number): number {
  let j = i;
  while (isDigitAt(text, j)) j++;
  for (;;) {
    const code = text.charCodeAt(j);
    if (code === PERIOD && isDigitAt(text, j + 1)) {
      j += 2;
      while (isDigitAt(text, j)) j++;
    } else if (code === COMMA && isDigitAt(text, j + 1) && isDigitAt(text, j + 2) && isDigitAt(text, j + 3)) {
      if (isDigitAt(text, j + 4)) break;
      j += 4;
    } else break;
  }
  return text.charCodeAt(j) === PERCENT ? j + 1 : j;
}

function scanWhile(text: string, i: number, a: number, b: number): number {
  let j = i;
  for (;;) {
    const c = classAt(text, j);
    if (c !== a && c !== b && c !== CharClass.mark) return j;
    j++;
  }
}

/** A Latin (or other non-Arabic) word: letters, digits, marks, and an apostrophe between letters. */
function scanLatin(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = classAt(text, j);
    if (
      c === CharClass.latin ||
      c === CharClass.otherLetter ||
      c === CharClass.digit ||
      c === CharClass.mark
    ) {
      j++;
    } else if (text.charCodeAt(j) === APOSTROPHE && classAt(text, j + 1) === CharClass.latin && j > i) {
      j++;
    } else return j;
  }
}

/** End of the non-Arabic token starting at normalised unit `i` of class `cls`. */
function scanEnd(text: string, i: number, cls: number): number {
  switch (cls) {
    case CharClass.latin:
    case CharClass.otherLetter:
      return scanLatin(text, i + 1);
    case CharClass.digit:
      return scanNumber(text, i);
    case CharClass.final:
      return scanWhile(text, i + 1, CharClass.final, CharClass.final);
    case CharClass.highSurrogate:
      return classAt(text, i + 1) === CharClass.lowSurrogate ? i + 2 : i + 1;
    default:
      return i + 1;
  }
}

function kindOf(cls: number): TokenKind {
  switch (cls) {
    case CharClass.arabic:
      return "arabic";
    case CharClass.latin:
    case CharClass.otherLetter:
      return "latin";
    case CharClass.digit:
      return "number";
    case CharClass.final:
    case CharClass.punct:
      return "punct";
    default:
      return "symbol";
  }
}

/** End of the Arabic word starting at normalised unit `i`: letters and the marks among them. */
function scanArabic(text: string, i: number): number {
  const length = text.length;
  let j = i + 1;
  while (j < length) {
    const c = CHAR_CLASS[text.charCodeAt(j)]!;
    if (c !== CharClass.arabic && c !== CharClass.mark) break;
    j++;
  }
  return j;
}

/**
 * Form ids of the document being tokenised, one per token, reused across documents: a growing JS array
 * per document was a large share of what the tokeniser left for the young-generation GC to copy.
 */
let formScratch = new Int32Array(4096);

function growForms(forms: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  formScratch = new Int32Array(forms.length * 2);
  formScratch.set(forms);
  return formScratch;
}

export function tokenize(
  raw: string,
  norm: NormalizedText,
  lexicon: StemLexicon = defaultStemLexicon(),
): Token[] {
  const text = norm.text;
  const cache = cacheFor(lexicon);
  const tokens: Token[] = [];
  let forms = formScratch;
  const scan: Scan = { raw, norm, cache, lexicon, cached: true };
  const generation = cache.generation;
  let lastStart = -1; // normalised start of the last token, for merging
  let lastEnd = -1; // raw end of the last token
  let i = 0;
  while (i < text.length) {
    const cls = CHAR_CLASS[text.charCodeAt(i)]!;
    if (cls === CharClass.space) {
      i++;
      continue;
    }
    const end = cls === CharClass.arabic ? scanArabic(text, i) : scanEnd(text, i, cls);
    const start = norm.starts[i]!;
    // One raw character can expand to several tokens (ﷺ → «صلى الله عليه وسلم»): keep them one token.
    if (start < lastEnd) {
      const previous = tokens[tokens.length - 1]!;
      const merged = plainToken(previous.kind, previous.start, norm.ends[end - 1]!, text, lastStart, end);
      tokens[tokens.length - 1] = merged;
      forms[tokens.length - 1] = -1;
      lastEnd = merged.end;
    } else {
      const token =
        cls === CharClass.arabic
          ? arabicToken(scan, i, end)
          : plainToken(kindOf(cls), start, norm.ends[end - 1]!, text, i, end);
      tokens.push(token);
      if (tokens.length > forms.length) forms = growForms(forms);
      forms[tokens.length - 1] = cls === CharClass.arabic && scan.cached ? cache.lastEntry : -1;
      lastStart = i;
      lastEnd = token.end;
    }
    i = end;
  }
  // A cache that turned over mid-document gave ids of two generations: then the document has none.
  if (cache.generation === generation) {
    const { capacity } = cache;
    rememberWordForms(tokens, { space: cache, generation, capacity, ids: forms.slice(0, tokens.length) });
  }
  return tokens;
}

/**
 * One-unit token strings, interned: punctuation is a large share of tokens. Sized up front: an empty array
 * written at scattered code points turns into a slow dictionary.
 */
const SINGLE_UNITS = new Array<string | undefined>(0x10000).fill(undefined);

function unitString(text: string, at: number): string {
  const code = text.charCodeAt(at);
  let value = SINGLE_UNITS[code];
  if (value === undefined) {
    value = String.fromCharCode(code);
    SINGLE_UNITS[code] = value;
  }
  return value;
}

function plainToken(
  kind: TokenKind,
  start: number,
  end: number,
  text: string,
  ns: number,
  ne: number,
): Token {
  const normText = ne === ns + 1 ? unitString(text, ns) : text.slice(ns, ne);
  return { start, end, kind, norm: normText, stemNorm: normText };
}

type InfoCache = WordCache<WordInfo>;

/**
 * Forgets every word analysed with `lexicon`, so the next words are analysed afresh: for benchmarks that must
 * not let one round's analyses serve the next, and for callers that want the memory back.
 */
export function forgetAnalysedWords(lexicon: StemLexicon = defaultStemLexicon()): void {
  caches.delete(lexicon);
}

function cacheFor(lexicon: StemLexicon): InfoCache {
  let cache = caches.get(lexicon);
  if (!cache) {
    cache = new WordCache();
    caches.set(lexicon, cache);
  }
  return cache;
}

/** What the analysis of every Arabic word of one document needs, passed as one object. */
interface Scan {
  readonly raw: string;
  readonly norm: NormalizedText;
  readonly cache: InfoCache;
  readonly lexicon: StemLexicon;
  /** Whether the last word's info came from (or went into) the cache, so `cache.lastEntry` names it. */
  cached: boolean;
}

/**
 * The analysis of the word at normalised units `[ns, ne)` (raw `[rawStart, rawEnd)`), cached by the word's raw spelling: normalisation
 * maps each raw character on its own, so the raw units fix the normalised word and every raw letter the
 * analysis consults (a plain alef before «ل», a real «ه» before a pronoun), and «مدينة» and «مدينه» never
 * share an entry. A word that shares a raw character with its neighbour (a presentation form that expands
 * into several words, «ﷺ») is analysed without the cache.
 */
function cachedInfo(scan: Scan, ns: number, ne: number, rawStart: number, rawEnd: number): WordInfo {
  const { raw, norm, cache } = scan;
  const starts = norm.starts;
  if ((ns > 0 && starts[ns - 1] === rawStart) || (ne < starts.length && starts[ne] === starts[ne - 1])) {
    scan.cached = false;
    return analyse(scan, ns, ne);
  }
  scan.cached = true;
  const hash = WordCache.hash(raw, rawStart, rawEnd);
  let info = cache.get(raw, rawStart, rawEnd, hash);
  if (info === undefined) {
    info = analyse(scan, ns, ne);
    // Most words are written as they normalise: then the normalised string serves as the key too.
    const plain = rawEnd - rawStart === info.norm.length && raw.startsWith(info.norm, rawStart);
    cache.set(raw, rawStart, rawEnd, hash, info, plain ? info.norm : undefined);
  }
  return info;
}

function analyse(scan: Scan, ns: number, ne: number): WordInfo {
  const { raw, norm } = scan;
  const word = norm.text.slice(ns, ne);
  return wordInfo(
    word,
    segmentWord(word, (k) => rawCode(raw, norm, ns + k, word), scan.lexicon),
  );
}

/** The raw letter behind normalised unit `unit`; a presentation form stands for its letter (NFKC). */
function rawCode(raw: string, norm: NormalizedText, unit: number, word: string): number {
  const code = raw.charCodeAt(norm.starts[unit]!);
  if (code < 0xfb50) return code;
  return code <= 0xfeff ? raw[norm.starts[unit]!]!.normalize("NFKC").charCodeAt(0) : word.charCodeAt(0);
}

function arabicToken(scan: Scan, ns: number, ne: number): Token {
  const { starts, ends } = scan.norm;
  const start = starts[ns]!;
  const end = ends[ne - 1]!;
  const info = cachedInfo(scan, ns, ne, start, end);
  const normText = info.norm;
  if (!info.split) return { start, end, kind: "arabic", norm: normText, stemNorm: normText };
  // Object literals in one piece (no properties added later) keep token shapes few and allocation cheap.
  const lengths = info.prefixes;
  let prefixes: Span[] | undefined;
  let at = ns;
  if (lengths.length > 0) {
    prefixes = new Array<Span>(lengths.length);
    for (let p = 0; p < lengths.length; p++) {
      const cut = at + lengths[p]!;
      // A clitic boundary must fall between raw characters, not inside one that expanded to several units.
      if (starts[cut] === starts[cut - 1])
        return { start, end, kind: "arabic", norm: normText, stemNorm: normText };
      prefixes[p] = { start: starts[at]!, end: ends[cut - 1]! };
      at = cut;
    }
  }
  const stemEnd = ne - info.suffix;
  if (info.suffix > 0 && starts[stemEnd] === starts[stemEnd - 1]) {
    return { start, end, kind: "arabic", norm: normText, stemNorm: normText };
  }
  const stem: Span = { start: starts[at]!, end: ends[stemEnd - 1]! };
  const stemNorm = info.stemNorm;
  if (info.suffix === 0)
    return { start, end, kind: "arabic", norm: normText, stem, stemNorm, prefixes: prefixes! };
  const suffixes: Span[] = [{ start: starts[stemEnd]!, end }];
  if (!prefixes) return { start, end, kind: "arabic", norm: normText, stem, stemNorm, suffixes };
  return { start, end, kind: "arabic", norm: normText, stem, stemNorm, prefixes, suffixes };
}
