import type { NormalizedText, Token, TokenKind } from "../core/layers.js";
import type { Span } from "../core/span.js";
import { CHAR_CLASS, CharClass } from "./char-class.js";
import type { Analysis } from "./clitics.js";
import { segmentWord } from "./segment.js";
import { defaultStemLexicon, type StemLexicon } from "./stem-lexicon.js";
import { WordCache } from "./word-cache.js";

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
const caches = new WeakMap<StemLexicon, WordCache<Analysis | null>>();

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

/** Scans one token starting at normalised unit `i`; returns its end and kind. */
function scanToken(text: string, i: number, cls: number): { end: number; kind: TokenKind } {
  switch (cls) {
    case CharClass.arabic:
      return { end: scanWhile(text, i + 1, CharClass.arabic, CharClass.arabic), kind: "arabic" };
    case CharClass.latin:
    case CharClass.otherLetter:
      return { end: scanLatin(text, i + 1), kind: "latin" };
    case CharClass.digit:
      return { end: scanNumber(text, i), kind: "number" };
    case CharClass.final:
      return { end: scanWhile(text, i + 1, CharClass.final, CharClass.final), kind: "punct" };
    case CharClass.punct:
      return { end: i + 1, kind: "punct" };
    case CharClass.highSurrogate:
      return { end: classAt(text, i + 1) === CharClass.lowSurrogate ? i + 2 : i + 1, kind: "symbol" };
    default:
      return { end: i + 1, kind: "symbol" };
  }
}

export function tokenize(
  raw: string,
  norm: NormalizedText,
  lexicon: StemLexicon = defaultStemLexicon(),
): Token[] {
  const text = norm.text;
  const cache = cacheFor(lexicon);
  const tokens: Token[] = [];
  let lastStart = -1; // normalised start of the last token, for merging
  let i = 0;
  while (i < text.length) {
    const cls = CHAR_CLASS[text.charCodeAt(i)]!;
    if (cls === CharClass.space) {
      i++;
      continue;
    }
    const { end, kind } = scanToken(text, i, cls);
    const start = norm.starts[i]!;
    const previous = tokens[tokens.length - 1];
    // One raw character can expand to several tokens (ﷺ → «صلى الله عليه وسلم»): keep them one token.
    if (previous && start < previous.end) {
      tokens[tokens.length - 1] = plainToken(
        previous.kind,
        previous.start,
        norm.ends[end - 1]!,
        text,
        lastStart,
        end,
      );
    } else {
      tokens.push(
        kind === "arabic"
          ? arabicToken(raw, norm, i, end, cache, lexicon)
          : plainToken(kind, start, norm.ends[end - 1]!, text, i, end),
      );
      lastStart = i;
    }
    i = end;
  }
  return tokens;
}

function plainToken(
  kind: TokenKind,
  start: number,
  end: number,
  text: string,
  ns: number,
  ne: number,
): Token {
  const normText = text.slice(ns, ne);
  return { start, end, kind, norm: normText, stemNorm: normText };
}

type AnalysisCache = WordCache<Analysis | null>;

function cacheFor(lexicon: StemLexicon): AnalysisCache {
  let cache = caches.get(lexicon);
  if (!cache) {
    cache = new WordCache();
    caches.set(lexicon, cache);
  }
  return cache;
}

const ALEF = 0x0627;
const HEH = 0x0647;
const YEH = 0x064a;

/**
 * The part of the cache key beyond the normalised word: one bit per letter the analysis checks on the raw
 * text (alef near the start, ه or ي near the end) that was not written plainly there, so «مدينة» and
 * «مدينه» never share an entry.
 */
function rawTag(raw: string, norm: NormalizedText, ns: number, ne: number): number {
  const text = norm.text;
  let tag = 0;
  for (let k = 0; k < 8 && k < ne - ns; k++) {
    const unit = k < 4 ? ns + k : ne - 1 - (k - 4);
    if (k >= 4 && unit < ns + 4) break;
    const code = text.charCodeAt(unit);
    if ((code === ALEF || code === HEH || code === YEH) && raw.charCodeAt(norm.starts[unit]!) !== code) {
      tag |= 1 << k;
    }
  }
  return tag;
}

function cachedAnalysis(
  raw: string,
  norm: NormalizedText,
  ns: number,
  ne: number,
  cache: AnalysisCache,
  lexicon: StemLexicon,
): Analysis | null {
  const tag = rawTag(raw, norm, ns, ne);
  const hash = WordCache.hash(norm.text, ns, ne, tag);
  let analysis = cache.get(norm.text, ns, ne, tag, hash);
  if (analysis === undefined) {
    const word = norm.text.slice(ns, ne);
    analysis = segmentWord(word, (k) => rawCode(raw, norm, ns + k, word), lexicon);
    cache.set(norm.text, ns, ne, tag, hash, analysis);
  }
  return analysis;
}

/** The raw letter behind normalised unit `unit`; a presentation form stands for its letter (NFKC). */
function rawCode(raw: string, norm: NormalizedText, unit: number, word: string): number {
  const code = raw.charCodeAt(norm.starts[unit]!);
  if (code < 0xfb50) return code;
  return code <= 0xfeff ? raw[norm.starts[unit]!]!.normalize("NFKC").charCodeAt(0) : word.charCodeAt(0);
}

function arabicToken(
  raw: string,
  norm: NormalizedText,
  ns: number,
  ne: number,
  cache: AnalysisCache,
  lexicon: StemLexicon,
): Token {
  const start = norm.starts[ns]!;
  const end = norm.ends[ne - 1]!;
  const normText = norm.text.slice(ns, ne);
  const analysis = cachedAnalysis(raw, norm, ns, ne, cache, lexicon);
  if (!analysis) return { start, end, kind: "arabic", norm: normText, stemNorm: normText };
  // Object literals in one piece (no properties added later) keep token shapes few and allocation cheap.
  const lengths = analysis.prefixes;
  let prefixes: Span[] | undefined;
  let at = ns;
  if (lengths.length > 0) {
    prefixes = new Array<Span>(lengths.length);
    for (let p = 0; p < lengths.length; p++) {
      const length = lengths[p]!;
      if (!cleanCut(norm, at + length))
        return { start, end, kind: "arabic", norm: normText, stemNorm: normText };
      prefixes[p] = unitSpan(norm, at, at + length);
      at += length;
    }
  }
  const stemEnd = ne - analysis.suffix;
  if (analysis.suffix > 0 && !cleanCut(norm, stemEnd)) {
    return { start, end, kind: "arabic", norm: normText, stemNorm: normText };
  }
  const stem = unitSpan(norm, at, stemEnd);
  const stemNorm = analysis.stem;
  if (analysis.suffix === 0)
    return { start, end, kind: "arabic", norm: normText, stem, stemNorm, prefixes: prefixes! };
  const suffixes = [unitSpan(norm, stemEnd, ne)];
  if (!prefixes) return { start, end, kind: "arabic", norm: normText, stem, stemNorm, suffixes };
  return { start, end, kind: "arabic", norm: normText, stem, stemNorm, prefixes, suffixes };
}

function unitSpan(norm: NormalizedText, ns: number, ne: number): Span {
  return { start: norm.starts[ns]!, end: norm.ends[ne - 1]! };
}

/** A clitic boundary must fall between raw characters, not inside one that expanded to several units. */
function cleanCut(norm: NormalizedText, unit: number): boolean {
  return norm.starts[unit] !== norm.starts[unit - 1];
}
